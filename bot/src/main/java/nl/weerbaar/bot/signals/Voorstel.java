package nl.weerbaar.bot.signals;

/**
 * What the "Signaal doorgeven" button under an answer carries: the id of a sealed proposal and
 * its key. Neither is the teacher's text; the key is stored nowhere else (see {@link Voorstellen}).
 *
 * @param id the proposal's id; becomes the draft's id (and so the signal's idempotency key) on press
 * @param sleutel the AES key, base64url
 */
public record Voorstel(String id, String sleutel) {
    @Override
    public String toString() {
        return "Voorstel[" + id + "]"; // never the key in a log line
    }
}

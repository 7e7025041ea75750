package nl.weerbaar.bot.slack;

/** A correctly signed request whose content does not make sense: answered with 400. */
final class MalformedPayload extends RuntimeException {
    MalformedPayload(String message) {
        super(message, null, false, false);
    }
}

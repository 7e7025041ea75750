package nl.weerbaar.bot.signals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.weerbaar.catalog.Kanaal;
import org.springframework.stereotype.Component;

/**
 * What "Signaal doorgeven" under an answer would prefill, kept until the teacher presses it — or
 * not at all. The teacher's words, knelpunt, urgency and locatie are sealed with AES-256-GCM under
 * a fresh random key per message; the key goes on the button only ({@link Voorstel#sleutel()}),
 * the ciphertext into {@code signaal_voorstel} (V60). The channel and user id are the additional
 * authenticated data, so only the teacher's own press opens it. The server alone cannot read a
 * proposal, and after {@code concept-geldigheid} the row is gone, so an old button opens nothing.
 */
@Component
class Voorstellen {
    private static final String ALGORITME = "AES/GCM/NoPadding";
    private static final int SLEUTEL_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_ID = 100;
    private static final Base64.Encoder KNOP = Base64.getUrlEncoder().withoutPadding();

    /** What a proposal holds once opened. */
    record Inhoud(String tekst, String knelpuntId, boolean urgent, String locatieId) {}

    private final SignaalOpslag opslag;
    private final SecureRandom random = new SecureRandom();

    Voorstellen(SignaalOpslag opslag) {
        this.opslag = opslag;
    }

    /** Seals and stores a proposal; the returned key is stored nowhere but on the button. */
    Voorstel bewaar(Kanaal kanaal, String userId, Inhoud inhoud, Instant nu) {
        String id = UUID.randomUUID().toString();
        byte[] sleutel = new byte[SLEUTEL_BYTES];
        random.nextBytes(sleutel);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] versleuteld;
        try {
            versleuteld = cipher(Cipher.ENCRYPT_MODE, sleutel, nonce, id, kanaal, userId)
                    .doFinal(bytes(inhoud));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
        String knop = KNOP.encodeToString(sleutel);
        Arrays.fill(sleutel, (byte) 0);
        byte[] rij = ByteBuffer.allocate(NONCE_BYTES + versleuteld.length)
                .put(nonce)
                .put(versleuteld)
                .array();
        opslag.nieuwVoorstel(id, Base64.getEncoder().encodeToString(rij), nu);
        return new Voorstel(id, knop);
    }

    /**
     * The proposal, if {@code sleutel} is its key, it was made for this channel and user, and it
     * is not older than {@code geldigVanaf}. Anything else (another user's press, a forged or old
     * button) opens nothing and leaves the row as it is.
     */
    Optional<Inhoud> open(String id, String sleutel, Kanaal kanaal, String userId, Instant geldigVanaf) {
        if (id == null || id.length() > 36 || sleutel == null || sleutel.length() > 64) {
            return Optional.empty();
        }
        byte[] key;
        try {
            key = Base64.getUrlDecoder().decode(sleutel);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (key.length != SLEUTEL_BYTES) {
            return Optional.empty();
        }
        Optional<String> rij = opslag.voorstel(id, geldigVanaf);
        if (rij.isEmpty()) {
            return Optional.empty();
        }
        byte[] opgeslagen = Base64.getDecoder().decode(rij.get());
        byte[] nonce = Arrays.copyOfRange(opgeslagen, 0, NONCE_BYTES);
        byte[] versleuteld = Arrays.copyOfRange(opgeslagen, NONCE_BYTES, opgeslagen.length);
        try {
            return Optional.of(inhoud(
                    cipher(Cipher.DECRYPT_MODE, key, nonce, id, kanaal, userId).doFinal(versleuteld)));
        } catch (AEADBadTagException e) {
            return Optional.empty(); // not this user's, or not this key
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** AES-GCM with the proposal's id and the teacher's channel and user id as authenticated data. */
    private static Cipher cipher(int modus, byte[] sleutel, byte[] nonce, String id, Kanaal kanaal, String userId)
            throws GeneralSecurityException {
        Cipher c = Cipher.getInstance(ALGORITME);
        c.init(modus, new SecretKeySpec(sleutel, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(
                ("weerbaar-voorstel\0" + id + "\0" + kanaal.name() + "\0" + userId).getBytes(StandardCharsets.UTF_8));
        return c;
    }

    private static byte[] bytes(Inhoud inhoud) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            data.writeUTF(inhoud.tekst());
            schrijf(data, inhoud.knelpuntId());
            data.writeBoolean(inhoud.urgent());
            schrijf(data, inhoud.locatieId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Inhoud inhoud(byte[] bytes) {
        try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes))) {
            String tekst = data.readUTF();
            String knelpunt = lees(data);
            boolean urgent = data.readBoolean();
            return new Inhoud(tekst, knelpunt, urgent, lees(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void schrijf(DataOutputStream data, String waarde) throws IOException {
        boolean aanwezig = waarde != null && waarde.length() <= MAX_ID;
        data.writeBoolean(aanwezig);
        if (aanwezig) {
            data.writeUTF(waarde);
        }
    }

    private static String lees(DataInputStream data) throws IOException {
        return data.readBoolean() ? data.readUTF() : null;
    }
}

package nl.weerbaar.bot.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.weerbaar.bot.signals.SignalenProperties;
import org.springframework.stereotype.Component;

/**
 * The anonymous web chat's sessions: the server issues each browser a random id in a cookie, signed
 * (HMAC-SHA256) so that only ids the server issued are accepted; a client cannot choose its
 * identity. The key is derived from {@code weerbaar.signalen.secret} when it is set (sessions
 * survive a restart and hold on every instance), otherwise it is random per start. The sender's id
 * is a hash of the session id, so the cookie's value is stored nowhere.
 */
@Component
class WebChatSessies {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final int MAX_LENGTE = 200;

    private final SecureRandom random = new SecureRandom();
    private final byte[] sleutel;

    WebChatSessies(SignalenProperties signalen) {
        if (signalen.secret() != null) {
            sleutel = ("weerbaar-webchat-v1:" + signalen.secret()).getBytes(StandardCharsets.UTF_8);
        } else {
            sleutel = new byte[32];
            random.nextBytes(sleutel);
        }
    }

    /** A new session: the cookie's value. */
    String nieuw() {
        byte[] id = new byte[32];
        random.nextBytes(id);
        String waarde = B64.encodeToString(id);
        return waarde + "." + B64.encodeToString(mac(waarde));
    }

    /** The sender id of a session the server issued; empty for anything else. */
    Optional<String> gebruiker(String cookie) {
        if (cookie == null || cookie.length() > MAX_LENGTE) {
            return Optional.empty();
        }
        int punt = cookie.indexOf('.');
        if (punt < 1) {
            return Optional.empty();
        }
        String waarde = cookie.substring(0, punt);
        byte[] handtekening;
        try {
            handtekening = Base64.getUrlDecoder().decode(cookie.substring(punt + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(waarde), handtekening)) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(sha256(waarde), 0, 16));
    }

    private byte[] mac(String waarde) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            return mac.doFinal(waarde.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String waarde) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(waarde.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

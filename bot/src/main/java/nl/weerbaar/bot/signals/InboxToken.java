package nl.weerbaar.bot.signals;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The web inbox's per-person sign-in token: {@code base64url(email "\n" expiry) "." base64url(HMAC-
 * SHA256(secret, that))}, derived from the server secret {@code weerbaar.signalen.secret}. It names
 * the person only; whether they may see anything is decided by the directory on every request,
 * so taking someone out of the directory revokes their link. Changing the secret revokes all links.
 */
public final class InboxToken {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder D64 = Base64.getUrlDecoder();

    private InboxToken() {}

    public static String maak(String secret, String email, Instant verloopt) {
        String inhoud = email.strip().toLowerCase(Locale.ROOT) + "\n" + verloopt.getEpochSecond();
        byte[] bytes = inhoud.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(secret, bytes));
    }

    /** The e-mail the token was made for, when it is genuine and not expired. */
    public static Optional<String> email(String secret, String token, Instant nu) {
        if (secret == null || token == null || token.length() > 600) {
            return Optional.empty();
        }
        int punt = token.indexOf('.');
        if (punt < 1) {
            return Optional.empty();
        }
        try {
            byte[] inhoud = D64.decode(token.substring(0, punt));
            byte[] handtekening = D64.decode(token.substring(punt + 1));
            if (!MessageDigest.isEqual(mac(secret, inhoud), handtekening)) {
                return Optional.empty();
            }
            String[] delen = new String(inhoud, StandardCharsets.UTF_8).split("\n");
            if (delen.length != 2
                    || Instant.ofEpochSecond(Long.parseLong(delen[1])).isBefore(nu)) {
                return Optional.empty();
            }
            return Optional.of(delen[0]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(String secret, byte[] inhoud) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("weerbaar-inbox-v1:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(inhoud);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package nl.weerbaar.bot.signals;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The web inbox's personal sign-in link: {@code base64url(email "\n" issued "\n" expiry "\n" nonce) "."
 * base64url(HMAC-SHA256(secret, that))}, derived from the server secret {@code
 * weerbaar.signalen.secret}. It names the person only; whether they may see anything is decided by
 * the directory on every request, so taking someone out of the directory revokes their link.
 * Changing the secret revokes all links. The link is exchanged once for a session ({@link
 * InboxSessies}); links of the first format (no issue time, reusable for 90 days) are no longer
 * genuine.
 */
public final class InboxToken {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder D64 = Base64.getUrlDecoder();
    private static final int MAX_LENGTE = 600;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A genuine link: for whom, when it was made, until when it may be used. */
    public record Link(String email, Instant uitgegeven, Instant verloopt) {}

    private InboxToken() {}

    /** A link made now. */
    public static String maak(String secret, String email, Instant verloopt) {
        return maak(secret, email, Instant.now(), verloopt);
    }

    /** A link; a random nonce makes every link distinct, also two for one person in the same second. */
    public static String maak(String secret, String email, Instant uitgegeven, Instant verloopt) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        String inhoud = email.strip().toLowerCase(Locale.ROOT) + "\n" + uitgegeven.getEpochSecond() + "\n"
                + verloopt.getEpochSecond() + "\n" + B64.encodeToString(nonce);
        byte[] bytes = inhoud.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(secret, bytes));
    }

    /** The e-mail the token was made for, when it is genuine and not past its own expiry. */
    public static Optional<String> email(String secret, String token, Instant nu) {
        return lees(secret, token).filter(l -> l.verloopt().isAfter(nu)).map(Link::email);
    }

    /** The link, when the token is genuine (signed with this secret); its times are not checked. */
    public static Optional<Link> lees(String secret, String token) {
        if (secret == null || token == null || token.length() > MAX_LENGTE) {
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
            if (delen.length != 4) {
                return Optional.empty();
            }
            return Optional.of(new Link(
                    delen[0],
                    Instant.ofEpochSecond(Long.parseLong(delen[1])),
                    Instant.ofEpochSecond(Long.parseLong(delen[2]))));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(String secret, byte[] inhoud) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("weerbaar-inbox-v2:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(inhoud);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

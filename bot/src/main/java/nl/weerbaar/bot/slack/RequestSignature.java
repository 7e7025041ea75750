package nl.weerbaar.bot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature (v0, HMAC-SHA256 over {@code v0:<timestamp>:<body>}), checked over
 * the exact bytes Slack sent, so the platform charset plays no part; compared in constant time.
 * A request older (or newer) than five minutes is refused, so a captured request cannot be
 * replayed later.
 */
final class RequestSignature {
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Clock clock;

    RequestSignature(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
    }

    boolean isValid(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(sent, clock.instant()).abs().compareTo(MAX_AGE) > 0) {
            return false;
        }
        byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

package nl.weerbaar.bot.admin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The admin token and how failed attempts with it are throttled ({@code weerbaar.admin.*}).
 *
 * @param token the bearer token of the admin API, the health details and the metrics; unset or
 *     blank = the admin API is off (404). When set it must have at least {@link #MIN_TOKEN}
 *     characters, or the application does not start: a short token can be guessed.
 * @param maxMislukt how many failed attempts one remote address gets per {@code venster} (default
 *     5); the next ones are answered 429 with {@code Retry-After} until the window has passed
 * @param venster the window failed attempts are counted in (default 1 minute)
 */
@ConfigurationProperties("weerbaar.admin")
record AdminProperties(String token, Integer maxMislukt, Duration venster) {
    /** The shortest admin token accepted: 32 characters, e.g. {@code openssl rand -hex 32} gives 64. */
    static final int MIN_TOKEN = 32;

    AdminProperties {
        token = token == null || token.isBlank() ? null : token.strip();
        if (token != null && token.length() < MIN_TOKEN) {
            // the message names the length, never the token
            throw new IllegalArgumentException("weerbaar.admin.token has " + token.length()
                    + " characters; it needs at least " + MIN_TOKEN
                    + " (generate one with: openssl rand -hex 32)");
        }
        maxMislukt = maxMislukt == null ? 5 : maxMislukt;
        venster = venster == null ? Duration.ofMinutes(1) : venster;
        if (maxMislukt < 1 || venster.isNegative() || venster.isZero()) {
            throw new IllegalArgumentException(
                    "weerbaar.admin.max-mislukt must be at least 1 and weerbaar.admin.venster positive");
        }
    }

    boolean aan() {
        return token != null;
    }

    @Override
    public String toString() {
        return "AdminProperties[token=" + (token == null ? "unset" : "***") + ", maxMislukt=" + maxMislukt
                + ", venster=" + venster + "]";
    }
}

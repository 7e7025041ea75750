package nl.weerbaar.bot.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Decides whether a request carries the admin token ({@code Authorization: Bearer …}, compared in
 * constant time) and throttles guessing: a remote address that sent {@code max-mislukt} wrong
 * tokens within {@code venster} gets 429 with {@code Retry-After} — even with the right token —
 * until that window has passed. A request without an {@code Authorization} header is no attempt.
 * Used by the admin API ({@link AdminToken}) and the actuator ({@link ActuatorToegang}).
 */
@Component
class AdminToegang {
    private static final Logger log = LoggerFactory.getLogger(AdminToegang.class);
    /** Past this many addresses in the table, windows that have passed are dropped. */
    private static final int OPRUIMEN_BOVEN = 1_000;

    enum Uitkomst {
        /** The right token. */
        GELDIG,
        /** No {@code Authorization} header: not an attempt. */
        GEEN,
        /** A wrong token (or no admin token configured): counted as a failed attempt. */
        ONGELDIG,
        /** Too many failed attempts from this address: 429 until {@code wacht} has passed. */
        GEBLOKKEERD
    }

    record Oordeel(Uitkomst uitkomst, Duration wacht) {}

    private record Venster(Instant begin, int mislukt) {}

    private final byte[] expected;
    private final AdminProperties properties;
    private final Clock clock;
    private final Map<String, Venster> pogingen = new ConcurrentHashMap<>();

    AdminToegang(AdminProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.expected = properties.aan() ? sha256(properties.token()) : null;
    }

    /** True when an admin token is configured. */
    boolean aan() {
        return expected != null;
    }

    Oordeel beoordeel(HttpServletRequest request) {
        return beoordeel(request.getRemoteAddr(), request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    Oordeel beoordeel(String adres, String authorization) {
        if (authorization == null) {
            // no token is no attempt, and never blocked: anonymous health probes keep working from an
            // address (a proxy, a load balancer) where someone guessed tokens
            return new Oordeel(Uitkomst.GEEN, Duration.ZERO);
        }
        Instant nu = clock.instant();
        Duration wacht = geblokkeerd(adres, nu);
        if (!wacht.isZero()) {
            return new Oordeel(Uitkomst.GEBLOKKEERD, wacht);
        }
        if (geldig(authorization)) {
            return new Oordeel(Uitkomst.GELDIG, Duration.ZERO);
        }
        mislukt(adres, nu);
        return new Oordeel(Uitkomst.ONGELDIG, Duration.ZERO);
    }

    private boolean geldig(String authorization) {
        if (expected == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        // Comparing digests of equal length: the time taken says nothing about the token.
        return MessageDigest.isEqual(expected, sha256(authorization.substring(7).strip()));
    }

    private Duration geblokkeerd(String adres, Instant nu) {
        Venster v = pogingen.get(adres);
        if (v == null || v.mislukt() < properties.maxMislukt()) {
            return Duration.ZERO;
        }
        Duration over = Duration.between(nu, v.begin().plus(properties.venster()));
        return over.isNegative() || over.isZero() ? Duration.ZERO : over;
    }

    private void mislukt(String adres, Instant nu) {
        Venster v = pogingen.compute(
                adres,
                (a, oud) -> oud == null || !nu.isBefore(oud.begin().plus(properties.venster()))
                        ? new Venster(nu, 1)
                        : new Venster(oud.begin(), oud.mislukt() + 1));
        if (v.mislukt() == properties.maxMislukt()) {
            log.warn(
                    "Admin token: {} failed attempts from {} within {}; refusing that address for the rest of it",
                    v.mislukt(),
                    adres,
                    properties.venster());
        }
        if (pogingen.size() > OPRUIMEN_BOVEN) {
            pogingen.values().removeIf(oud -> !nu.isBefore(oud.begin().plus(properties.venster())));
        }
    }

    /** 429 with {@code Retry-After} in whole seconds (rounded up). */
    static void teVeel(HttpServletResponse response, Duration wacht) throws IOException {
        long seconden = Math.max(1, (wacht.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconden));
        fout(response, HttpStatus.TOO_MANY_REQUESTS, AdminTeksten.teVeelPogingen(seconden));
    }

    /** 401 with the bearer challenge. */
    static void geenToken(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"weerbaar-admin\"");
        fout(response, HttpStatus.UNAUTHORIZED, AdminTeksten.GEEN_TOKEN);
    }

    static void fout(HttpServletResponse response, HttpStatus status, String tekst) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // the texts are fixed sentences without quotes or backslashes
        response.getWriter().write("{\"error\": \"" + tekst + "\"}");
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

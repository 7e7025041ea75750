package nl.weerbaar.bot.teams;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the bearer token the Bot Framework Service (Teams) puts on every request to {@code
 * /api/messages}.
 *
 * <p>Why not the SDK's {@code JwtTokenValidation}: in 4.14.3 its OpenID metadata URL is a static
 * mutable field ({@code ChannelValidation.setOpenIdMetaDataUrl}) and its key cache a static map,
 * so two configurations (or two test contexts) in one JVM would overwrite each other; it also
 * throws synchronously on a malformed header and dereferences {@code recipient.role} without a
 * null check on the emulator path. This class therefore validates with Nimbus JOSE+JWT and mirrors
 * the SDK's rules for Bot Framework channel tokens:
 *
 * <ul>
 *   <li>header {@code Authorization: Bearer <jwt>}, signed with RS256 by a key from the {@code
 *       jwks_uri} of the configured OpenID metadata ({@code weerbaar.teams.openid-metadata-url});
 *       keys are cached (1 hour) and re-fetched when a token names an unknown {@code kid};
 *   <li>issuer {@code https://api.botframework.com}, audience = {@code MicrosoftAppId};
 *   <li>{@code exp} required, {@code exp}/{@code nbf} checked with 5 minutes of clock skew;
 *   <li>the {@code serviceurl} claim equals the activity's {@code serviceUrl} (checked by {@link
 *       #checkServiceUrl} once the body is parsed).
 * </ul>
 *
 * A token that passed is remembered (by its SHA-256, in a Caffeine cache of at most {@value
 * #MAX_REMEMBERED} tokens, the least used leaving first, each at most as long as the key cache: 1
 * hour by the application's clock): the Bot Framework Service sends the same token on
 * every request for up to an hour, and verifying its RSA signature and parsing it again was a
 * tenth of a Teams turn's CPU time under load. Expiry and not-before are still checked on every
 * request against the clock.
 *
 * <p>Not mirrored: the SDK's check of the key's {@code endorsements} against the channel id (Nimbus
 * does not keep that non-standard JWK member) and emulator/skill tokens, which this bot does not
 * accept.
 */
final class ChannelTokenValidator {
    static final String BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";
    static final String SERVICE_URL_CLAIM = "serviceurl";
    private static final int CLOCK_SKEW_SECONDS = 5 * 60;
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_REMEMBERED = 4096;
    private static final Duration REMEMBER_AT_MOST = Duration.ofHours(1);

    /** The request carries no acceptable token. */
    static final class RefusedToken extends Exception {
        RefusedToken(String message) {
            super(message, null, false, false);
        }
    }

    /** The signing keys could not be fetched: the fault is ours or Microsoft's, not the caller's. */
    static final class KeysUnavailable extends RuntimeException {
        KeysUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final String appId;
    private final URI openidMetadataUrl;
    private final Clock clock;
    private final JsonMapper json;
    private final HttpClient http;
    private final DefaultJWTProcessor<SecurityContext> processor;
    private volatile JWKSource<SecurityContext> keys;
    /** Tokens that passed, by SHA-256: their claims and validity window. */
    private final Cache<ByteBuffer, Passed> passed;

    private record Passed(Map<String, String> claims, Instant notBefore, Instant expires) {}

    ChannelTokenValidator(String appId, URI openidMetadataUrl, Clock clock, JsonMapper json) {
        this.appId = appId;
        this.openidMetadataUrl = openidMetadataUrl;
        this.clock = clock;
        this.json = json;
        this.passed = Caffeine.newBuilder()
                .maximumSize(MAX_REMEMBERED)
                .expireAfterWrite(REMEMBER_AT_MOST)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
        this.http = HttpClient.newBuilder()
                .connectTimeout(HTTP_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                JWSAlgorithm.RS256, (selector, context) -> keys().get(selector, context)));
        DefaultJWTClaimsVerifier<SecurityContext> claims =
                new DefaultJWTClaimsVerifier<>(
                        // mutable sets: Nimbus asks them whether they contain null, which Set.of() refuses
                        new HashSet<>(Set.of(appId)),
                        new JWTClaimsSet.Builder().issuer(BOT_FRAMEWORK_ISSUER).build(),
                        new HashSet<>(Set.of("exp")),
                        new HashSet<>()) {
                    @Override
                    protected Date currentTime() {
                        return Date.from(ChannelTokenValidator.this.clock.instant());
                    }
                };
        claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(claims);
    }

    /**
     * Validates the {@code Authorization} header; returns the token's claims as the SDK's claims
     * identity expects them (string values).
     */
    Map<String, String> validate(String authorization) throws RefusedToken {
        if (authorization == null || authorization.isBlank()) {
            throw new RefusedToken("no Authorization header");
        }
        String[] parts = authorization.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")) {
            throw new RefusedToken("not a bearer token");
        }
        ByteBuffer digest = sha256(parts[1]);
        Instant now = clock.instant();
        Passed earlier = passed.getIfPresent(digest);
        if (earlier != null) {
            Duration skew = Duration.ofSeconds(CLOCK_SKEW_SECONDS);
            if (now.isAfter(earlier.expires().plus(skew))) {
                passed.invalidate(digest);
                throw new RefusedToken("invalid token: Expired JWT");
            }
            if (earlier.notBefore() != null && now.isBefore(earlier.notBefore().minus(skew))) {
                throw new RefusedToken("invalid token: JWT before use time");
            }
            return new HashMap<>(earlier.claims());
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(SignedJWT.parse(parts[1]), null);
        } catch (KeysUnavailable e) {
            throw e;
        } catch (Exception e) {
            // ParseException, BadJOSEException, JOSEException, or anything else a bad token causes
            throw new RefusedToken("invalid token: " + e.getMessage());
        }
        Map<String, String> result = new HashMap<>();
        claims.getClaims().forEach((name, value) -> {
            if (value instanceof String s) {
                result.put(name, s);
            }
        });
        result.put("aud", appId);
        remember(digest, result, claims);
        return new HashMap<>(result);
    }

    private void remember(ByteBuffer digest, Map<String, String> claims, JWTClaimsSet token) {
        if (token.getExpirationTime() == null) {
            return; // cannot happen: exp is required
        }
        passed.put(
                digest,
                new Passed(
                        Map.copyOf(claims),
                        token.getNotBeforeTime() == null
                                ? null
                                : token.getNotBeforeTime().toInstant(),
                        token.getExpirationTime().toInstant()));
    }

    private static ByteBuffer sha256(String token) {
        try {
            return ByteBuffer.wrap(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The token must have been issued for the service URL the activity asks us to answer on. */
    static void checkServiceUrl(Map<String, String> claims, String serviceUrl) throws RefusedToken {
        String claimed = claims.get(SERVICE_URL_CLAIM);
        if (claimed == null || serviceUrl == null || !claimed.equals(serviceUrl)) {
            throw new RefusedToken("serviceurl claim does not match the activity");
        }
    }

    private JWKSource<SecurityContext> keys() {
        JWKSource<SecurityContext> current = keys;
        if (current == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = JWKSourceBuilder.<SecurityContext>create(jwksUri())
                            .cache(TimeUnit.HOURS.toMillis(1), TimeUnit.SECONDS.toMillis(15))
                            .build();
                }
                current = keys;
            }
        }
        return current;
    }

    private URL jwksUri() {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(openidMetadataUrl)
                            .timeout(HTTP_TIMEOUT)
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            JsonNode metadata = json.readTree(response.body());
            String jwksUri = metadata.path("jwks_uri").asString("");
            if (jwksUri.isBlank()) {
                throw new IOException("no jwks_uri in the metadata");
            }
            return URI.create(jwksUri).toURL();
        } catch (IOException | RuntimeException e) {
            throw new KeysUnavailable("OpenID metadata at " + openidMetadataUrl + " unavailable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeysUnavailable("interrupted while fetching " + openidMetadataUrl, e);
        }
    }
}

package nl.weerbaar.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import nl.weerbaar.bot.teams.ChannelTokenValidator.RefusedToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validator remembers tokens that passed (the Bot Framework sends one token for up to an
 * hour); remembering must never make it accept what it would refuse when verifying afresh.
 */
class ChannelTokenValidatorTest {
    private static final String APP_ID = TeamsHttpTest.APP_ID;
    private static final String SERVICE_URL = "https://smba.trafficmanager.net/emea/";
    private static final WireMockServer WIREMOCK = new WireMockServer(options().dynamicPort());
    private static RSAKey key;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private ChannelTokenValidator validator;

    @BeforeAll
    static void microsoft() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        WIREMOCK.start();
        WIREMOCK.stubFor(get(urlEqualTo("/v1/.well-known/openidconfiguration"))
                .willReturn(okJson("{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\"" + WIREMOCK.baseUrl()
                        + "/v1/.well-known/keys\"}")));
        WIREMOCK.stubFor(
                get(urlEqualTo("/v1/.well-known/keys")).willReturn(okJson(new JWKSet(key.toPublicJWK()).toString())));
    }

    @AfterAll
    static void stop() {
        WIREMOCK.stop();
    }

    @BeforeEach
    void newValidator() {
        WIREMOCK.resetRequests();
        validator = new ChannelTokenValidator(
                APP_ID,
                URI.create(WIREMOCK.baseUrl() + "/v1/.well-known/openidconfiguration"),
                clock,
                JsonMapper.builder().build());
    }

    private String token(Instant issued, Duration valid) throws Exception {
        return TeamsHttpTest.token(
                key,
                new JWTClaimsSet.Builder()
                        .issuer("https://api.botframework.com")
                        .audience(APP_ID)
                        .claim("serviceurl", SERVICE_URL)
                        .notBeforeTime(Date.from(issued))
                        .expirationTime(Date.from(issued.plus(valid)))
                        .build());
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() throws Exception {
        String token = token(clock.instant(), Duration.ofMinutes(60));
        assertThat(validator.validate("Bearer " + token)).containsEntry("serviceurl", SERVICE_URL);

        clock.move(Duration.ofMinutes(59));
        assertThat(validator.validate("Bearer " + token)).containsEntry("aud", APP_ID);

        clock.move(Duration.ofMinutes(7)); // past exp plus the 5 minutes of clock skew
        assertThatThrownBy(() -> validator.validate("Bearer " + token))
                .isInstanceOf(RefusedToken.class)
                .hasMessageContaining("Expired");
    }

    @Test
    void aTokenChangedInItsSignatureIsVerifiedAfreshAndRefused() throws Exception {
        String token = token(clock.instant(), Duration.ofMinutes(60));
        validator.validate("Bearer " + token);

        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThatThrownBy(() -> validator.validate("Bearer " + tampered)).isInstanceOf(RefusedToken.class);
        assertThat(validator.validate("Bearer " + token)).containsEntry("serviceurl", SERVICE_URL);
    }

    @Test
    void callersCannotChangeTheRememberedClaims() throws Exception {
        String token = token(clock.instant(), Duration.ofMinutes(60));
        validator.validate("Bearer " + token).put("serviceurl", "https://evil.example/");

        assertThat(validator.validate("Bearer " + token)).containsEntry("serviceurl", SERVICE_URL);
    }
}

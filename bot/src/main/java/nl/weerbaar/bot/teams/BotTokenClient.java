package nl.weerbaar.bot.teams;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * The bot's own access token for the Bot Connector service: an OAuth 2.0 client-credentials grant
 * (client id = {@code MicrosoftAppId}, secret = {@code MicrosoftAppPassword}, scope {@code
 * https://api.botframework.com/.default}) against the configured token endpoint, through Spring
 * Security's standard client. Unlike the SDK's MSAL path it accepts http endpoints (tests) as well
 * as https. The token is cached until five minutes before it expires.
 */
final class BotTokenClient {
    static final String BOT_FRAMEWORK_SCOPE = "https://api.botframework.com/.default";
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private final ClientRegistration registration;
    private final RestClientClientCredentialsTokenResponseClient client =
            new RestClientClientCredentialsTokenResponseClient();
    private final Clock clock;
    private OAuth2AccessToken cached;

    BotTokenClient(String appId, String appPassword, URI tokenEndpoint, Clock clock) {
        this.registration = ClientRegistration.withRegistrationId("botframework")
                .clientId(appId)
                .clientSecret(appPassword == null ? "" : appPassword)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(BOT_FRAMEWORK_SCOPE)
                .tokenUri(tokenEndpoint.toString())
                .build();
        this.clock = clock;
    }

    /** A valid access token, fetched when there is none or it is about to expire. */
    synchronized String token() {
        Instant now = clock.instant();
        if (cached == null
                || cached.getExpiresAt() == null
                || !now.plus(REFRESH_BEFORE_EXPIRY).isBefore(cached.getExpiresAt())) {
            cached = client.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration))
                    .getAccessToken();
        }
        return cached.getTokenValue();
    }
}

package nl.weerbaar.bot.teams;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Teams channel's endpoints, configurable for sovereign clouds and tests. The bot's identity
 * ({@code MicrosoftAppId}, {@code MicrosoftAppPassword}, {@code MicrosoftAppTenantId}) is read
 * under its conventional Bot Framework names; see {@link BotIdentity}.
 *
 * @param openidMetadataUrl where the Bot Framework publishes the OpenID metadata (its {@code
 *     jwks_uri} holds the keys that sign the tokens Teams sends us)
 * @param tokenEndpoint the OAuth 2.0 token endpoint for the bot's own tokens; unset = Microsoft's
 *     public cloud endpoint for the bot's tenant (or {@code botframework.com} for multi-tenant bots)
 * @param serviceUrl where proactive messages create a 1:1 conversation when the user has no stored
 *     conversation reference yet (the public cloud's Teams service URL unless set)
 * @param connectTimeout the Bot Connector's connect timeout (default 3 s)
 * @param readTimeout how long a reply may take the Bot Connector (default 20 s: a slow connector
 *     still gets the reply, and a timed-out reply is never sent twice)
 * @param maxAttempts attempts per connector call on 429, 500/502/503/504 or a refused connection
 * @param initialBackoff the wait before the second attempt; doubled each time up to {@code maxBackoff}
 * @param maxBackoff the longest wait between attempts, also the cap on a connector's Retry-After
 * @param maxConcurrentTurns activities processed at once; beyond that {@code /api/messages} answers
 *     503 with Retry-After, so a hanging connector cannot take every request thread
 * @param emulator the local trial with the Bot Framework Emulator: without {@code MicrosoftAppId},
 *     {@code /api/messages} accepts unauthenticated activities from this machine's loopback socket
 *     with a loopback service URL. Off by default (the endpoint is then 404 without an app id);
 *     refused at start-up together with Teams or Slack credentials (see {@link EndpointMode})
 */
@ConfigurationProperties("weerbaar.teams")
record TeamsProperties(
        URI openidMetadataUrl,
        URI tokenEndpoint,
        URI serviceUrl,
        Duration connectTimeout,
        Duration readTimeout,
        Integer maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Integer maxConcurrentTurns,
        Boolean emulator) {
    static final URI PUBLIC_CLOUD_OPENID_METADATA =
            URI.create("https://login.botframework.com/v1/.well-known/openidconfiguration");

    static final URI PUBLIC_CLOUD_SERVICE_URL = URI.create("https://smba.trafficmanager.net/teams/");

    TeamsProperties {
        serviceUrl = serviceUrl == null ? PUBLIC_CLOUD_SERVICE_URL : serviceUrl;
        openidMetadataUrl = openidMetadataUrl == null ? PUBLIC_CLOUD_OPENID_METADATA : openidMetadataUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(20) : readTimeout;
        maxAttempts = maxAttempts == null ? 4 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(5) : maxBackoff;
        maxConcurrentTurns = maxConcurrentTurns == null ? 64 : maxConcurrentTurns;
        emulator = emulator != null && emulator;
        if (maxAttempts < 1 || maxConcurrentTurns < 1) {
            throw new IllegalArgumentException(
                    "weerbaar.teams: max-attempts and max-concurrent-turns must be at least 1");
        }
    }

    /** The configured token endpoint, or Microsoft's public-cloud one for the given tenant. */
    URI tokenEndpointFor(String tenantId) {
        if (tokenEndpoint != null) {
            return tokenEndpoint;
        }
        String tenant = tenantId == null || tenantId.isBlank() ? "botframework.com" : tenantId;
        return URI.create("https://login.microsoftonline.com/" + tenant + "/oauth2/v2.0/token");
    }
}

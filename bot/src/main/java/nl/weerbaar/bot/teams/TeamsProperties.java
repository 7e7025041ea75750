package nl.weerbaar.bot.teams;

import java.net.URI;
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
 */
@ConfigurationProperties("weerbaar.teams")
record TeamsProperties(URI openidMetadataUrl, URI tokenEndpoint, URI serviceUrl) {
    static final URI PUBLIC_CLOUD_OPENID_METADATA =
            URI.create("https://login.botframework.com/v1/.well-known/openidconfiguration");

    static final URI PUBLIC_CLOUD_SERVICE_URL = URI.create("https://smba.trafficmanager.net/teams/");

    TeamsProperties {
        serviceUrl = serviceUrl == null ? PUBLIC_CLOUD_SERVICE_URL : serviceUrl;
        openidMetadataUrl = openidMetadataUrl == null ? PUBLIC_CLOUD_OPENID_METADATA : openidMetadataUrl;
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

package nl.weerbaar.bot.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's credentials for the connector client, with token acquisition replaced by {@link
 * BotTokenClient}; the SDK's interceptor puts the token on every connector call.
 */
final class ConnectorCredentials extends AppCredentials {
    private final BotTokenClient tokens;

    ConnectorCredentials(String appId, String scope, BotTokenClient tokens) {
        super(null, scope);
        setAppId(appId);
        this.tokens = tokens;
    }

    @Override
    public CompletableFuture<String> getToken() {
        try {
            return CompletableFuture.completedFuture(tokens.token());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    protected Authenticator buildAuthenticator() {
        throw new UnsupportedOperationException("tokens come from BotTokenClient, not MSAL");
    }
}

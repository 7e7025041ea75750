package nl.weerbaar.bot.teams;

import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's HTTP adapter with our credentials: requests are authenticated before they get here
 * (see {@link ChannelTokenValidator}), and the connector's bearer tokens come from {@link
 * BotTokenClient}. Without a token client (local trial) replies go out without a token.
 */
final class TeamsAdapter extends BotFrameworkHttpAdapter {
    private final BotTokenClient tokens;

    TeamsAdapter(BotIdentity identity, BotTokenClient tokens) {
        super(new SimpleCredentialProvider(identity.appId(), identity.appPassword()), null);
        this.tokens = tokens;
    }

    /** Runs an already authenticated activity through the SDK's pipeline and {@code bot}. */
    CompletableFuture<InvokeResponse> process(ClaimsIdentity identity, Activity activity, BotCallbackHandler bot) {
        return processActivity(identity, activity, bot);
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        if (tokens == null) {
            return CompletableFuture.completedFuture(MicrosoftAppCredentials.empty());
        }
        return CompletableFuture.completedFuture(new ConnectorCredentials(appId, scope, tokens));
    }
}

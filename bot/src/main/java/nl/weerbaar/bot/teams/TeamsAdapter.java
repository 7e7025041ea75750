package nl.weerbaar.bot.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.ConversationConstants;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ResourceResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import nl.weerbaar.bot.http.RetryPolicy;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The SDK's HTTP adapter with our credentials: requests are authenticated before they get here
 * (see {@link ChannelTokenValidator}), and the connector's bearer tokens come from {@link
 * BotTokenClient}. Without a token client (local trial) replies go out without a token.
 *
 * <p>The connector clients are ours too. The SDK builds one OkHttp client per service URL with a
 * 60 s connect and 120 s read timeout, OkHttp's default of five concurrent calls per host, and a
 * retry that repeats a 5xx at once but neither a 429 nor a refused connection. Here all clients
 * share one connection pool and dispatcher (256 concurrent calls), time out as configured, and
 * retry with {@link ConnectorRetry}.
 */
final class TeamsAdapter extends BotFrameworkHttpAdapter {
    /** The SDK's retry, switched off: {@link ConnectorRetry} decides. */
    private static final RetryStrategy NO_SDK_RETRY = new RetryStrategy("none", false) {
        @Override
        public boolean shouldRetry(int retryCount, okhttp3.Response response) {
            return false;
        }
    };

    /** The SDK's mapper without its flattening serializer: the same JSON for bot-schema types. */
    private static final ObjectMapper PAYLOAD = new PlainMapper().plain();

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final BotTokenClient tokens;
    private final TeamsProperties properties;
    private final ConnectorRetry retry;
    private final Dispatcher dispatcher = new Dispatcher();
    private final ConnectionPool pool = new ConnectionPool(64, 5, TimeUnit.MINUTES);
    private final Map<String, ConnectorClient> clients = new ConcurrentHashMap<>();

    TeamsAdapter(BotIdentity identity, BotTokenClient tokens, TeamsProperties properties, Clock clock) {
        super(new SimpleCredentialProvider(identity.appId(), identity.appPassword()), null);
        this.tokens = tokens;
        this.properties = properties;
        // the connector's Retry-After is capped at the longest backoff: the user is waiting for the reply
        this.retry = new ConnectorRetry(new RetryPolicy(
                "Bot Connector",
                properties.maxAttempts(),
                properties.initialBackoff(),
                properties.maxBackoff(),
                properties.maxBackoff(),
                clock));
        dispatcher.setMaxRequests(256);
        dispatcher.setMaxRequestsPerHost(256);
    }

    /**
     * The SDK's {@code sendActivities}, but on the calling thread: the SDK runs it on its shared
     * {@code ExecutorFactory} pool of 2 × cores threads (4 here), each blocked on the connector
     * call, which capped every Teams reply of the application at four in flight (the load test's
     * limit before this). The turn's caller waits for the reply anyway.
     */
    @Override
    public CompletableFuture<ResourceResponse[]> sendActivities(TurnContext context, List<Activity> activities) {
        if (context == null || activities == null || activities.isEmpty()) {
            return super.sendActivities(context, activities); // the SDK's own argument errors
        }
        try {
            ResourceResponse[] responses = new ResourceResponse[activities.size()];
            for (int i = 0; i < activities.size(); i++) {
                Activity activity = activities.get(i);
                activity.setId(null); // bots do not set ids of their own activities
                ResourceResponse response = null;
                if (activity.isType(ActivityTypes.INVOKE_RESPONSE)) {
                    context.getTurnState().add(INVOKE_RESPONSE_KEY, activity);
                } else if (activity.isType(ActivityTypes.DELAY) || activity.isType(ActivityTypes.TRACE)) {
                    // not sent to Teams (the SDK sleeps for a delay; Weerbaar never sends one)
                } else {
                    response = post(context.getTurnState().get(CONNECTOR_CLIENT_KEY), activity);
                }
                responses[i] = response != null
                        ? response
                        : new ResourceResponse(activity.getId() == null ? "" : activity.getId());
            }
            return CompletableFuture.completedFuture(responses);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(
                    e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
        }
    }

    /**
     * {@code replyToActivity} (or {@code sendToConversation} without a reply-to id) on the wire:
     * the same URL, client, token, headers and retries as the SDK's Retrofit call, but the body is
     * serialized by the SDK's plain mapper. The SDK's own path runs a regular expression per JSON
     * key of the payload (its flattening serializer) and a reflective validation pass over it:
     * under load that was a fifth of a Teams turn's CPU time, for a card of a few kilobytes.
     */
    private ResourceResponse post(ConnectorClient connector, Activity activity) throws IOException {
        if (activity.getConversation() == null || activity.getConversation().getId() == null) {
            throw new IllegalArgumentException("Parameter conversationId is required and cannot be null.");
        }
        RestClient rest = ((RestConnectorClient) connector).getRestClient();
        HttpUrl base = HttpUrl.parse(connector.baseUrl());
        if (base == null) {
            throw new IllegalArgumentException("Invalid Service URL: " + connector.baseUrl());
        }
        HttpUrl.Builder url = base.newBuilder()
                .addPathSegment("v3")
                .addPathSegment("conversations")
                .addPathSegment(activity.getConversation().getId())
                .addPathSegment("activities");
        Request.Builder request = new Request.Builder();
        String replyTo = activity.getReplyToId();
        if (replyTo != null && !replyTo.isEmpty()) {
            url.addPathSegment(replyTo);
            // as the SDK's replyToActivity sends it (ActivityJson only admits printable ASCII ids)
            request.header(
                    ConversationConstants.CONVERSATION_ID_HTTP_HEADERNAME,
                    activity.getConversation().getId());
        }
        request.url(url.build()).post(RequestBody.create(PAYLOAD.writeValueAsBytes(activity), JSON));
        try (Response response = rest.httpClient().newCall(request.build()).execute()) {
            if (!response.isSuccessful()) {
                throw new ConnectorRefused(response.code());
            }
            ResponseBody body = response.body();
            byte[] bytes = body == null ? new byte[0] : body.bytes();
            return bytes.length == 0 ? null : PAYLOAD.readValue(bytes, ResourceResponse.class);
        }
    }

    /** Reaches the SDK's configured mapper without the flattening modules (protected there). */
    private static final class PlainMapper extends JacksonAdapter {
        ObjectMapper plain() {
            return simpleMapper();
        }
    }

    /** The Bot Connector refused the reply for good (4xx; a 429 or 5xx ends in {@link ConnectorRetry}). */
    static final class ConnectorRefused extends IOException {
        ConnectorRefused(int status) {
            super("Bot Connector answered HTTP " + status);
        }
    }

    @Override
    protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(
            String serviceUrl, AppCredentials credentials) {
        AppCredentials using = credentials != null ? credentials : MicrosoftAppCredentials.empty();
        String key = keyForConnectorClient(serviceUrl, using.getAppId(), using.oAuthScope());
        try {
            return CompletableFuture.completedFuture(
                    clients.computeIfAbsent(key, k -> connectorClient(serviceUrl, using)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(
                    new IllegalArgumentException("Invalid Service URL: " + serviceUrl, e));
        }
    }

    private ConnectorClient connectorClient(String serviceUrl, AppCredentials credentials) {
        String baseUrl;
        try {
            baseUrl = new URI(serviceUrl).toURL().toString();
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        RestClient rest = RestConnectorClient.getDefaultRestClientBuilder(baseUrl, credentials)
                .withConnectionTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withReadTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withDispatcher(dispatcher)
                .withConnectionPool(pool)
                .withRetryStrategy(NO_SDK_RETRY)
                .withInterceptor(retry)
                .build();
        return new RestConnectorClient(rest);
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

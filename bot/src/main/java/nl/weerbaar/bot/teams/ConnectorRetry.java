package nl.weerbaar.bot.teams;

import java.io.IOException;
import nl.weerbaar.bot.http.RetryPolicy;
import nl.weerbaar.bot.http.TryAgainLater;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Bot Connector calls under the application's {@link RetryPolicy}: a refused connection and 429
 * or 5xx are tried again (429 after the connector's Retry-After, capped); a read timeout or a
 * reset after the request was sent is not, since the reply may have been delivered and must not
 * arrive twice. After the last attempt a 429 or 5xx is a {@link TryAgainLater}. Replaces the
 * SDK's own retry, which repeats 5xx at once and ignores 429 and refused connections.
 */
final class ConnectorRetry implements Interceptor {
    private final RetryPolicy policy;

    ConnectorRetry(RetryPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        return policy.call(request.method() + " " + request.url().encodedPath(), () -> {
            Response response = chain.proceed(request);
            if (RetryPolicy.isTemporary(response.code())) {
                String retryAfter = response.header("Retry-After");
                response.close();
                throw new TryAgainLater("Bot Connector", response.code(), retryAfter);
            }
            return response;
        });
    }
}

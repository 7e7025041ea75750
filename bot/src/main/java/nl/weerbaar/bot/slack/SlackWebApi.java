package nl.weerbaar.bot.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.User;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.bot.http.RetryPolicy;
import nl.weerbaar.bot.http.TryAgainLater;
import nl.weerbaar.bot.signals.BezorgFout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack Web API calls Weerbaar makes, each under the application's {@link RetryPolicy}: a 429
 * waits for Retry-After, a 5xx or refused connection backs off exponentially. A timeout or reset
 * after the request was sent is not retried: the message may have been posted, and must not be twice
 * (OkHttp's own silent retry is off for the same reason, see {@link SlackConfiguration}); that
 * includes an idle connection that died less than 10 s before it was used again. A call Slack refuses for good
 * ({@code ok: false}, 4xx) is logged with Slack's error code, never with message content.
 */
class SlackWebApi {
    private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);

    /** A Retry-After larger than this is not waited for: the reply would be too late to help. */
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    /** A Web API call failed after all attempts, or for a reason retrying cannot fix. */
    static final class CallFailed extends RuntimeException {
        CallFailed(String message) {
            super(message, null, false, false);
        }
    }

    private interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    private final Slack slack;
    private final MethodsClient client;
    private final RetryPolicy retry;

    SlackWebApi(Slack slack, String botToken, RetryPolicy retry) {
        this.slack = slack;
        this.client = slack.methods(botToken);
        this.retry = retry;
    }

    /** Posts to a channel or DM; in a thread when {@code threadTs} is given. */
    void postMessage(String channel, String threadTs, SlackMessage message) {
        check(
                "chat.postMessage",
                call(
                        "chat.postMessage",
                        () -> client.chatPostMessage(r -> r.channel(channel)
                                .threadTs(threadTs)
                                .text(message.text())
                                .blocks(message.blocks()))));
    }

    /**
     * One attempt at a message, for the signals outbox, which retries persistently itself: a 429,
     * 5xx or network error is a temporary {@link BezorgFout} (with Slack's Retry-After), anything
     * else a permanent one. A user id as {@code channel} posts in the DM with the bot.
     */
    void postMessageOnce(String channel, SlackMessage message) {
        ChatPostMessageResponse response;
        try {
            response = client.chatPostMessage(
                    r -> r.channel(channel).text(message.text()).blocks(message.blocks()));
        } catch (SlackApiException e) {
            int status = e.getResponse().code();
            if (RetryPolicy.isTemporary(status)) {
                throw BezorgFout.tijdelijk(
                        "chat.postMessage: HTTP " + status, e.getResponse().header("Retry-After"));
            }
            throw BezorgFout.definitief("chat.postMessage: HTTP " + status + " " + errorOf(e));
        } catch (IOException e) {
            if (!(e instanceof ConnectException)) {
                forgetIdleConnections();
            }
            throw BezorgFout.tijdelijk("chat.postMessage: " + e.getClass().getSimpleName(), null);
        }
        if (!response.isOk()) {
            if ("ratelimited".equals(response.getError())) {
                throw BezorgFout.tijdelijk("chat.postMessage: ratelimited", null);
            }
            throw BezorgFout.definitief("chat.postMessage not ok: " + response.getError());
        }
    }

    /** Opens a modal for the user who triggered {@code triggerId}. */
    void openView(String triggerId, View view) {
        check(
                "views.open",
                call(
                        "views.open",
                        () -> client.viewsOpen(r -> r.triggerId(triggerId).view(view))));
    }

    /** A message only {@code user} sees in {@code channel}. */
    void postEphemeral(String channel, String user, SlackMessage message) {
        check(
                "chat.postEphemeral",
                call(
                        "chat.postEphemeral",
                        () -> client.chatPostEphemeral(r -> r.channel(channel)
                                .user(user)
                                .text(message.text())
                                .blocks(message.blocks()))));
    }

    /** Answers through a slash command's or button's {@code response_url}, visible to the user only. */
    void respondEphemeral(String responseUrl, SlackMessage message) {
        String body = GsonFactory.createSnakeCase()
                .toJson(ActionResponse.builder()
                        .responseType("ephemeral")
                        .replaceOriginal(false)
                        .text(message.text())
                        .blocks(message.blocks())
                        .build());
        call("response_url", () -> {
            WebhookResponse response = slack.send(responseUrl, body);
            if (RetryPolicy.isTemporary(response.getCode())) {
                throw new TryAgainLater("response_url", response.getCode(), header(response, "retry-after"));
            }
            if (response.getCode() != 200) {
                throw new CallFailed("response_url refused: HTTP " + response.getCode());
            }
            return response;
        });
    }

    /** Publishes the user's Home tab. */
    void publishHome(String user, List<LayoutBlock> blocks) {
        View view = View.builder().type("home").blocks(blocks).build();
        check(
                "views.publish",
                call(
                        "views.publish",
                        () -> client.viewsPublish(r -> r.userId(user).view(view))));
    }

    /** The user's profile, one attempt only: an answer without the name is better than a late one. */
    Optional<User> user(String userId) {
        try {
            var response = client.usersInfo(r -> r.user(userId));
            if (response.isOk() && response.getUser() != null) {
                return Optional.of(response.getUser());
            }
            log.debug("users.info: {}", response.getError());
        } catch (IOException | SlackApiException e) {
            log.debug("users.info failed: {}", e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * The call under the retry policy. A refusal for good becomes a {@link CallFailed} at once; so
     * does a failure after the request was sent, which is never retried: Slack may have posted the
     * message (seen with a 10 s Web API and with a connection cut while Slack answered).
     */
    private <T> T call(String method, Call<T> call) {
        try {
            return retry.call(method, () -> {
                try {
                    return call.run();
                } catch (SlackApiException e) {
                    int status = e.getResponse().code();
                    if (!RetryPolicy.isTemporary(status)) {
                        throw new CallFailed(method + " refused: HTTP " + status + " " + errorOf(e));
                    }
                    throw new TryAgainLater(method, status, e.getResponse().header("Retry-After"));
                }
            });
        } catch (TryAgainLater | ConnectException e) {
            throw new CallFailed(
                    Thread.currentThread().isInterrupted()
                            ? method + " interrupted while waiting to retry (" + RetryPolicy.reason(e) + ")"
                            : method + " failed after " + retry.maxAttempts() + " attempts (" + RetryPolicy.reason(e)
                                    + ")");
        } catch (IOException e) {
            forgetIdleConnections();
            throw new CallFailed(method + " failed after the request was sent, not retried so it cannot arrive"
                    + " twice (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * After a connection failed: the other idle connections to Slack probably died with it, and
     * OkHttp only notices that by itself once they have been idle for 10 s. Closing them now makes
     * the next calls connect afresh, where a refusal is safe to retry.
     */
    private void forgetIdleConnections() {
        slack.getHttpClient().getOkHttpClient().connectionPool().evictAll();
    }

    private static void check(String method, SlackApiTextResponse response) {
        if (!response.isOk()) {
            throw new CallFailed(method + " not ok: " + response.getError());
        }
    }

    private static String errorOf(SlackApiException e) {
        return e.getError() == null ? "" : String.valueOf(e.getError().getError());
    }

    private static String header(WebhookResponse response, String name) {
        if (response.getHeaders() == null) {
            return null;
        }
        return response.getHeaders().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty())
                .map(h -> h.getValue().get(0))
                .findFirst()
                .orElse(null);
    }
}

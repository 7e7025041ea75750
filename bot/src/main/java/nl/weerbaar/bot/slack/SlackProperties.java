package nl.weerbaar.bot.slack;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the Slack channel. The credentials are not here: they come from the environment
 * variables {@code SLACK_BOT_TOKEN} and {@code SLACK_SIGNING_SECRET} (see {@link SlackEnabled}).
 *
 * @param apiUrl the Web API base, {@code https://slack.com/api/} unless a test points it elsewhere
 * @param workers threads that build and send answers off the request thread
 * @param queueCapacity answers that may wait for a worker; beyond that Slack is told to retry
 * @param maxAttempts attempts per Web API call on 429, 5xx or a network error
 * @param initialBackoff the wait before the second attempt after a 5xx; doubled each time
 * @param maxBackoff the longest wait between attempts
 * @param deduplicationRetention how long delivered event ids are remembered
 * @param maxBodyBytes the largest request body accepted at {@code /slack/events}
 */
@ConfigurationProperties("weerbaar.slack")
public record SlackProperties(
        String apiUrl,
        Integer workers,
        Integer queueCapacity,
        Integer maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration deduplicationRetention,
        Integer maxBodyBytes) {

    public SlackProperties {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://slack.com/api/" : withSlash(apiUrl.strip());
        // an answer mostly waits on Slack's Web API (users.info, chat.postMessage: 0.1-0.3 s each in
        // production), so the workers are many; the queue holds about two seconds of a rush
        workers = workers == null ? 16 : workers;
        queueCapacity = queueCapacity == null ? 1000 : queueCapacity;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
        deduplicationRetention = deduplicationRetention == null ? Duration.ofDays(1) : deduplicationRetention;
        maxBodyBytes = maxBodyBytes == null ? 512 * 1024 : maxBodyBytes;
        if (workers < 1 || queueCapacity < 1 || maxAttempts < 1 || maxBodyBytes < 1024) {
            throw new IllegalArgumentException(
                    "weerbaar.slack: workers, queue-capacity and max-attempts must be at least 1, max-body-bytes 1024");
        }
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}

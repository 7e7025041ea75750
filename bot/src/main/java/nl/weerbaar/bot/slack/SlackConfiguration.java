package nl.weerbaar.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.util.http.SlackHttpClient;
import java.time.Clock;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.conversation.SignaalFlow;
import nl.weerbaar.bot.http.RetryPolicy;
import nl.weerbaar.bot.signals.SignaalKanaal;
import nl.weerbaar.bot.store.Database;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Slack channel, on when {@code SLACK_BOT_TOKEN} and {@code SLACK_SIGNING_SECRET} are set
 * ({@link SlackEnabled}): a Bolt app for one workspace behind {@code POST /slack/events}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackEnabled.class)
public class SlackConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);
    static final String PATH = "/slack/events";

    @Bean(destroyMethod = "close")
    Slack slack(SlackProperties properties) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(properties.apiUrl());
        config.setStatsEnabled(false);
        // OkHttp's 10 s default read timeout turned a slow (10 s) Slack into a failed call that was then
        // posted again: wait longer, and never retry after a timeout (SlackWebApi)
        config.setHttpClientReadTimeoutMillis(30_000);
        config.setHttpClientWriteTimeoutMillis(10_000);
        // OkHttp by default sends a request again when its connection fails, also a POST that Slack
        // already received (a connection cut while waiting for the answer): the reply was posted twice.
        // SlackWebApi retries what is safe to retry itself (a refused connection sent nothing).
        OkHttpClient http = SlackHttpClient.buildOkHttpClient(config)
                .newBuilder()
                .retryOnConnectionFailure(false)
                .build();
        return Slack.getInstance(config, new SlackHttpClient(http));
    }

    @Bean
    App slackApp(Slack slack, Environment env, SlackListeners listeners) {
        App app = new App(appConfig(
                slack, env.getProperty(SlackEnabled.BOT_TOKEN), env.getProperty(SlackEnabled.SIGNING_SECRET)));
        listeners.register(app);
        return app;
    }

    /**
     * One workspace, its bot token and signing secret, set explicitly: Bolt's builder reads
     * SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and friends from the environment by itself and would
     * then switch to OAuth (multi-workspace) mode; here they are always cleared.
     */
    static AppConfig appConfig(Slack slack, String botToken, String signingSecret) {
        return AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(botToken)
                .signingSecret(signingSecret)
                .verificationToken(null)
                .clientId(null)
                .clientSecret(null)
                .redirectUri(null)
                .scope(null)
                .userScope(null)
                .oauthCancellationUrl(null)
                .oauthCompletionUrl(null)
                .oAuthInstallPathEnabled(false)
                .oAuthRedirectUriPathEnabled(false)
                // SlackEventsServlet checks the signature over the raw bytes before Bolt sees them
                .requestVerificationEnabled(false)
                // message_changed, message_deleted, bot_message …: acknowledged, not answered
                .subtypedMessageEventsAutoAckEnabled(true)
                .threadPoolSize(1)
                .build();
    }

    /** Checks the token (auth.test) once the app is up; on failure Bolt checks again on the first request. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> slackStart(App app) {
        return event -> {
            try {
                app.start();
                log.info("Slack is on: events, interactivity and /weerbaar at POST {}", PATH);
            } catch (RuntimeException e) {
                log.error("Slack token check failed ({}); retried on the first request", e.getMessage());
            }
        };
    }

    @Bean
    ServletRegistrationBean<SlackEventsServlet> slackEventsServlet(
            App app, Environment env, Clock clock, SlackProperties properties) {
        RequestSignature signature = new RequestSignature(env.getProperty(SlackEnabled.SIGNING_SECRET), clock);
        ServletRegistrationBean<SlackEventsServlet> registration =
                new ServletRegistrationBean<>(new SlackEventsServlet(app, signature, properties.maxBodyBytes()), PATH);
        registration.setName("slackEvents");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean(destroyMethod = "close")
    SlackWorkers slackWorkers(SlackProperties properties, ObjectProvider<ThreadPoolTaskExecutorBuilder> executors) {
        return new SlackWorkers(
                executors.getIfAvailable(ThreadPoolTaskExecutorBuilder::new),
                properties.workers(),
                properties.queueCapacity());
    }

    @Bean
    Deduplication slackDeduplication(JdbcClient jdbc, Clock clock, SlackProperties properties, Database database) {
        return new Deduplication(jdbc, clock, properties.deduplicationRetention(), database);
    }

    @Bean
    SlackWebApi slackWebApi(Slack slack, Environment env, SlackProperties properties, Clock clock) {
        return new SlackWebApi(
                slack,
                env.getProperty(SlackEnabled.BOT_TOKEN),
                new RetryPolicy(
                        "Slack",
                        properties.maxAttempts(),
                        properties.initialBackoff(),
                        properties.maxBackoff(),
                        SlackWebApi.MAX_RETRY_AFTER,
                        clock));
    }

    /** Signals to aanspreekpunten and reporters as Slack DMs (see docs/SIGNALEN.md). */
    @Bean
    SignaalKanaal slackSignaalKanaal(SlackWebApi api, JsonMapper json) {
        return new SlackSignaalKanaal(api, new BlockKitRenderer(new ButtonValues(json)));
    }

    @Bean
    SlackListeners slackListeners(
            SlackWorkers workers,
            Deduplication deduplication,
            Gesprek gesprek,
            SignaalFlow signalen,
            SlackWebApi api,
            JsonMapper json,
            Clock clock) {
        BlockKitRenderer renderer = new BlockKitRenderer(new ButtonValues(json));
        SlackReplies replies = new SlackReplies(
                gesprek, renderer, api, new SlackUsers(api, clock), new AppHome(gesprek, renderer, api), signalen);
        return new SlackListeners(workers, deduplication, replies, new ButtonValues(json));
    }
}

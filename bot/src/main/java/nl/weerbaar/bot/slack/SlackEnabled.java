package nl.weerbaar.bot.slack;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Slack is on when both {@code SLACK_BOT_TOKEN} and {@code SLACK_SIGNING_SECRET} are set. */
public final class SlackEnabled implements Condition {
    static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEnabled(context.getEnvironment());
    }

    public static boolean isEnabled(Environment env) {
        return hasText(env.getProperty(BOT_TOKEN)) && hasText(env.getProperty(SIGNING_SECRET));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}

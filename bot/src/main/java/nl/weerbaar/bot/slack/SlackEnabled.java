package nl.weerbaar.bot.slack;

import nl.weerbaar.bot.channels.Kanalen;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Slack is on when both {@code SLACK_BOT_TOKEN} and {@code SLACK_SIGNING_SECRET} are set ({@link Kanalen#slack}). */
public final class SlackEnabled implements Condition {
    static final String BOT_TOKEN = Kanalen.SLACK_BOT_TOKEN;
    static final String SIGNING_SECRET = Kanalen.SLACK_SIGNING_SECRET;

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Kanalen.slack(context.getEnvironment());
    }
}

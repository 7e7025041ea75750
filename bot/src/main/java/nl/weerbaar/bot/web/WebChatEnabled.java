package nl.weerbaar.bot.web;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The local web chat is on when {@code weerbaar.web.enabled=true}, off when it is false, and when
 * unset: on only while no Teams ({@code MicrosoftAppId}) or Slack ({@code SLACK_BOT_TOKEN})
 * credentials are configured. It has no login: it is for trying the bot locally.
 */
public final class WebChatEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEnabled(context.getEnvironment());
    }

    public static boolean isEnabled(Environment env) {
        Boolean explicit = env.getProperty("weerbaar.web.enabled", Boolean.class);
        if (explicit != null) {
            return explicit;
        }
        return !hasText(env.getProperty("MicrosoftAppId")) && !hasText(env.getProperty("SLACK_BOT_TOKEN"));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}

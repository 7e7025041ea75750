package nl.weerbaar.bot.web;

import nl.weerbaar.bot.channels.Kanalen;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The local web chat is on as {@link Kanalen#webChat} decides. */
public final class WebChatEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEnabled(context.getEnvironment());
    }

    public static boolean isEnabled(Environment env) {
        return Kanalen.webChat(env);
    }
}

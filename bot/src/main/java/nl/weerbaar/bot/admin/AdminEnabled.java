package nl.weerbaar.bot.admin;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The admin API and page exist only when {@code weerbaar.admin.token} is set (else: 404). */
public final class AdminEnabled implements Condition {
    static final String TOKEN = "weerbaar.admin.token";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEnabled(context.getEnvironment());
    }

    public static boolean isEnabled(Environment env) {
        String token = env.getProperty(TOKEN);
        return token != null && !token.isBlank();
    }
}

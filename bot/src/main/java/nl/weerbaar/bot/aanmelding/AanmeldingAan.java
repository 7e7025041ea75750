package nl.weerbaar.bot.aanmelding;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Sign-in is on when at least one OAuth2 client registration is configured ({@code
 * spring.security.oauth2.client.registration.<id>.*}); without one everything works as before:
 * the trial web chat, the inbox links and the admin bearer token.
 */
public final class AanmeldingAan implements Condition {
    static final String REGISTRATIES = "spring.security.oauth2.client.registration";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isAan(context.getEnvironment());
    }

    public static boolean isAan(Environment env) {
        return Binder.get(env)
                .bind(REGISTRATIES, Bindable.mapOf(String.class, Object.class))
                .map(Map::isEmpty)
                .map(leeg -> !leeg)
                .orElse(false);
    }
}

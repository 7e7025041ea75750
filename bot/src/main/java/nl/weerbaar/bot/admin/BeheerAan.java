package nl.weerbaar.bot.admin;

import nl.weerbaar.bot.aanmelding.AanmeldingAan;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The admin page and API exist when there is a way in: the admin token ({@link AdminEnabled}) or
 * sign-in with the school's account ({@link AanmeldingAan}: the directory's admins). Else 404.
 */
public final class BeheerAan implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return AdminEnabled.isEnabled(context.getEnvironment()) || AanmeldingAan.isAan(context.getEnvironment());
    }
}

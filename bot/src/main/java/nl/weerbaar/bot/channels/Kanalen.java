package nl.weerbaar.bot.channels;

import org.springframework.core.env.Environment;

/**
 * Which channels are configured, decided from the settings in one place: the channels' own
 * conditions and the admin status ask here.
 */
public final class Kanalen {
    public static final String TEAMS_APP_ID = "MicrosoftAppId";
    public static final String TEAMS_APP_PASSWORD = "MicrosoftAppPassword";
    public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String WEB_ENABLED = "weerbaar.web.enabled";

    private Kanalen() {}

    /** Teams has its Azure registration: app id and password. */
    public static boolean teams(Environment env) {
        return hasText(env.getProperty(TEAMS_APP_ID)) && hasText(env.getProperty(TEAMS_APP_PASSWORD));
    }

    /** Slack is on when both {@code SLACK_BOT_TOKEN} and {@code SLACK_SIGNING_SECRET} are set. */
    public static boolean slack(Environment env) {
        return hasText(env.getProperty(SLACK_BOT_TOKEN)) && hasText(env.getProperty(SLACK_SIGNING_SECRET));
    }

    /**
     * The local web chat is on when {@code weerbaar.web.enabled=true}, off when it is false, and when
     * unset: on only while no Teams ({@code MicrosoftAppId}) or Slack ({@code SLACK_BOT_TOKEN})
     * credentials are configured. It has no login: it is for trying the bot locally.
     */
    public static boolean webChat(Environment env) {
        Boolean explicit = env.getProperty(WEB_ENABLED, Boolean.class);
        if (explicit != null) {
            return explicit;
        }
        return !hasText(env.getProperty(TEAMS_APP_ID)) && !hasText(env.getProperty(SLACK_BOT_TOKEN));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}

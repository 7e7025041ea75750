package nl.weerbaar.bot.teams;

import java.util.List;
import nl.weerbaar.bot.channels.Kanalen;
import org.springframework.core.env.Environment;

/**
 * What {@code POST /api/messages} accepts, decided once at start-up from the settings.
 *
 * <ul>
 *   <li>{@link #BOT_FRAMEWORK}: {@code MicrosoftAppId} is set; every request needs a valid Bot
 *       Framework token for the activity's service URL.
 *   <li>{@link #EMULATOR}: {@code weerbaar.teams.emulator=true} and no Teams or Slack credentials;
 *       no token, but only from the loopback socket (never a forwarded header) and only with a
 *       loopback service URL. For trying the bot with the Bot Framework Emulator.
 *   <li>{@link #OFF}: neither; the endpoint answers 404 (a Slack-only or web-only setup).
 * </ul>
 */
enum EndpointMode {
    BOT_FRAMEWORK,
    EMULATOR,
    OFF;

    /** The settings that make a production channel: none of them may be set with the emulator on. */
    static final List<String> CREDENTIALS = List.of(
            Kanalen.TEAMS_APP_ID, Kanalen.TEAMS_APP_PASSWORD, Kanalen.SLACK_BOT_TOKEN, Kanalen.SLACK_SIGNING_SECRET);

    /**
     * @throws IllegalStateException when the emulator is switched on together with credentials:
     *     the application does not start
     */
    static EndpointMode of(Environment env, boolean emulator) {
        List<String> set = CREDENTIALS.stream()
                .filter(name -> {
                    String value = env.getProperty(name);
                    return value != null && !value.isBlank();
                })
                .toList();
        if (emulator && !set.isEmpty()) {
            throw new IllegalStateException("weerbaar.teams.emulator=true is refused together with Teams or Slack"
                    + " credentials (" + String.join(", ", set) + " set): the emulator mode accepts"
                    + " unauthenticated activities and is for a local trial only. Remove"
                    + " weerbaar.teams.emulator, or the credentials.");
        }
        if (set.contains(Kanalen.TEAMS_APP_ID)) {
            return BOT_FRAMEWORK;
        }
        return emulator ? EMULATOR : OFF;
    }
}

package nl.weerbaar.bot.slack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.weerbaar.bot.reply.Actie;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries an {@link Actie} through a Block Kit button or select option and back: the action as
 * JSON in the element's {@code value}, its type in the {@code action_id} ({@code
 * weerbaar.<type>.<n>}). What comes back is checked before the conversation sees it.
 */
final class ButtonValues {
    /** Slack's limit for a button value. */
    static final int MAX_BUTTON_VALUE = 2000;
    /** Slack's limit for a select option value. */
    static final int MAX_OPTION_VALUE = 150;

    static final String PREFIX = "weerbaar.";
    static final Pattern ACTION_ID = Pattern.compile("^weerbaar\\.[a-z0-9-]{1,40}\\.\\d{1,4}$");

    private static final int MAX_WAARDEN = 10;
    private static final int MAX_TEXT = 200;

    private final JsonMapper json;

    ButtonValues(JsonMapper json) {
        this.json = json;
    }

    record Wire(String type, Map<String, String> waarden) {}

    String value(Actie actie) {
        return json.writeValueAsString(new Wire(actie.type(), new LinkedHashMap<>(actie.waarden())));
    }

    static String actionId(Actie actie, int n) {
        String type = actie.type().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return PREFIX + (type.length() > 40 ? type.substring(0, 40) : type) + "." + n;
    }

    /** The action a value stands for; empty when it is not one of ours or not well-formed. */
    Optional<Actie> actie(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_BUTTON_VALUE) {
            return Optional.empty();
        }
        try {
            Wire wire = json.readValue(value, Wire.class);
            if (wire == null
                    || wire.type() == null
                    || wire.type().isBlank()
                    || wire.type().length() > MAX_TEXT) {
                return Optional.empty();
            }
            Map<String, String> waarden = wire.waarden() == null ? Map.of() : wire.waarden();
            if (waarden.size() > MAX_WAARDEN
                    || waarden.entrySet().stream()
                            .anyMatch(e -> e.getKey() == null
                                    || e.getValue() == null
                                    || e.getKey().length() > MAX_TEXT
                                    || e.getValue().length() > MAX_TEXT)) {
                return Optional.empty();
            }
            return Optional.of(new Actie(wire.type(), waarden));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}

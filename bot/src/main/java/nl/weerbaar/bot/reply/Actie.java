package nl.weerbaar.bot.reply;

import java.util.Map;

/**
 * What a button does when pressed. Channels carry it unchanged (Teams card data, Slack button
 * value, web JSON) and hand it back with the press.
 *
 * @param type one of the constants below
 * @param waarden the button's arguments, e.g. {@code knelpunt -> bereidheid-bespreekbaar}
 */
public record Actie(String type, Map<String, String> waarden) {
    public static final String KNELPUNT = "knelpunt";
    public static final String LOCATIE = "locatie";
    public static final String FEEDBACK = "feedback";
    public static final String SIGNAAL = "signaal";
    public static final String OVERZICHT = "overzicht";
    public static final String THEMA = "thema";
    /** A step of composing a signal: {@code concept -> draft id, keuze -> what was chosen}. */
    public static final String SIGNAAL_STAP = "signaal-stap";
    /** On a delivered signal's card: {@code signaal -> referentie}. */
    public static final String SIGNAAL_OPGEPAKT = "signaal-opgepakt";

    public static final String SIGNAAL_DOORSTUREN = "signaal-doorsturen";
    public static final String SIGNAAL_AFGEHANDELD = "signaal-afgehandeld";

    public Actie {
        waarden = waarden == null ? Map.of() : Map.copyOf(waarden);
    }

    public static Actie of(String type) {
        return new Actie(type, Map.of());
    }

    public static Actie of(String type, String key, String value) {
        return new Actie(type, Map.of(key, value));
    }

    public String waarde(String key) {
        return waarden.get(key);
    }
}

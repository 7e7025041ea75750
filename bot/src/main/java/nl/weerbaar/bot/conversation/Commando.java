package nl.weerbaar.bot.conversation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The commands the bot understands before it tries to recognise a knelpunt: help, "wie is mijn aanspreekpunt", "welke trainingen zijn er", "mijn
 * locatie", "thema's", "melden", "mijn meldingen" and, for admins, "herindexeer". Only whole short
 * messages count, so "het is onduidelijk wie het aanspreekpunt is" still goes to recognition.
 * Greetings and thanks are not commands: they are informatievragen (informatie.yaml), recognised
 * from their own phrasings like any question, so admins can edit them.
 */
enum Commando {
    HELP,
    AANSPREEKPUNT,
    TRAININGEN,
    LOCATIE,
    THEMAS,
    MELDEN,
    MIJN_MELDINGEN,
    /** Admins only: what importing the catalogue folder would change, a preview (see {@link Herindexering}). */
    HERINDEXEER;

    private static final Set<String> HELP_ZINNEN = Set.of(
            "help",
            "hulp",
            "wat kun je",
            "wat kan je",
            "wat kun jij",
            "wat kan jij",
            "wat kun je allemaal",
            "wat kan je allemaal",
            "hoe werkt dit",
            "hoe werkt het",
            "uitleg",
            "menu",
            "commandos",
            "opties");
    private static final Set<String> AANSPREEKPUNT_ZINNEN = Set.of(
            "wie is mijn aanspreekpunt",
            "mijn aanspreekpunt",
            "aanspreekpunt",
            "wie is ons aanspreekpunt",
            "wie is het aanspreekpunt",
            "wat is mijn aanspreekpunt",
            "contactpersoon",
            "mijn contactpersoon",
            "wie is mijn contactpersoon");
    private static final Set<String> TRAININGEN_ZINNEN = Set.of(
            "welke trainingen zijn er",
            "trainingen",
            "training",
            "welke trainingen",
            "welke trainingen hebben jullie",
            "welke training",
            "alle trainingen",
            "trainingen en trajecten",
            "welke trainingen zijn er allemaal");
    private static final Set<String> LOCATIE_ZINNEN = Set.of(
            "mijn locatie",
            "locatie",
            "locatie wijzigen",
            "wijzig locatie",
            "andere locatie",
            "verander locatie",
            "locatie veranderen",
            "welke locatie",
            "op welke locatie werk ik",
            "andere locatie kiezen");
    private static final Set<String> THEMAS_ZINNEN = Set.of(
            "themas",
            "thema",
            "catalogus",
            "overzicht",
            "knelpunten",
            "alle knelpunten",
            "alle themas",
            "welke knelpunten zijn er",
            "welke themas zijn er",
            "andere knelpunten");
    private static final Set<String> MELDEN_ZINNEN = Set.of(
            "melden",
            "signaal melden",
            "signaal doorgeven",
            "ik wil iets melden",
            "melding",
            "melding maken",
            "signaal",
            "iets melden");
    private static final Set<String> MIJN_MELDINGEN_ZINNEN = Set.of(
            "mijn meldingen",
            "mijn signalen",
            "meldingen",
            "signalen",
            "status meldingen",
            "status van mijn meldingen",
            "open signalen");

    private static final Set<String> HERINDEXEER_ZINNEN = Set.of(
            "herindexeer",
            "herindexeren",
            "herindexeer de catalogus",
            "catalogus herindexeren",
            "catalogus opnieuw laden",
            "herlaad catalogus",
            "herlaad de catalogus",
            "reindex");

    static Optional<Commando> herken(String tekst) {
        String n = normaliseer(tekst);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (HELP_ZINNEN.contains(n)) {
            return Optional.of(HELP);
        }
        if (AANSPREEKPUNT_ZINNEN.contains(n)) {
            return Optional.of(AANSPREEKPUNT);
        }
        if (TRAININGEN_ZINNEN.contains(n)) {
            return Optional.of(TRAININGEN);
        }
        if (LOCATIE_ZINNEN.contains(n)) {
            return Optional.of(LOCATIE);
        }
        if (THEMAS_ZINNEN.contains(n)) {
            return Optional.of(THEMAS);
        }
        if (MIJN_MELDINGEN_ZINNEN.contains(n)) {
            return Optional.of(MIJN_MELDINGEN);
        }
        if (MELDEN_ZINNEN.contains(n)) {
            return Optional.of(MELDEN);
        }
        if (HERINDEXEER_ZINNEN.contains(n)) {
            return Optional.of(HERINDEXEER);
        }
        return Optional.empty();
    }

    /** Lower case, accents and punctuation removed, single spaces. */
    static String normaliseer(String tekst) {
        String zonderAccenten = Normalizer.normalize(tekst, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return zonderAccenten
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}

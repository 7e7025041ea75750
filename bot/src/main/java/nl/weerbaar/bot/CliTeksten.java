package nl.weerbaar.bot;

import java.nio.file.Path;

/**
 * Every text of the command-line tools in the application root, in one place: the commands'
 * descriptions, the usage headings, what a wrong use and {@code validate} print. The commands of
 * a feature keep theirs in its texts class ({@code teams-package} in {@code TeamsTeksten},
 * {@code inbox-link} in {@code SignaalTeksten}). See {@code GesprekTeksten} for why plain Java.
 */
final class CliTeksten {
    private CliTeksten() {}

    // ---- the usage
    static final String ZONDER_OPDRACHT = "Zonder opdracht start Weerbaar op poort 3978.";
    static final String HELP = "Toon de uitleg bij een opdracht (of de lijst van opdrachten).";
    static final String HELP_OPDRACHT = "de opdracht";
    static final String HELP_OPTIE = "Toon deze uitleg.";
    static final String KOP_GEBRUIK = "Gebruik: ";
    static final String KOP_ARGUMENTEN = "Argumenten:%n";
    static final String KOP_OPTIES = "Opties:%n";
    static final String KOP_OPDRACHTEN = "Opdrachten:%n";

    // ---- the commands
    static final String CATALOG_OPTIE = "catalogusmap (standaard de meegeleverde)";
    static final String VALIDATE = "Controleer een catalogusmap (zonder map: de meegeleverde catalogus).";
    static final String VALIDATE_MAP = "de catalogusmap";
    static final String RECOGNIZE = "Herken knelpunten in zinnen van stdin (UTF-8), één JSON-regel per zin op stdout.";
    static final String EVALUATE = "Meet de herkenning op een evaluatieset (JSON Lines).";
    static final String EVALUATE_SET = "de evaluatieset";
    static final String CROSSVALIDATE = "Kruisvalidatie over de voorbeeldzinnen van de catalogus.";
    static final String CROSSVALIDATE_FOLDS = "aantal delen (standaard 5)";
    static final String CROSSVALIDATE_FIT = "bepaal ook de kalibratie";
    static final String CROSSVALIDATE_ABLATION = "ook de ablatietabel van de analyseketen op deze set";

    // ---- what validate prints
    static String mapNietGevonden(Path map) {
        return "Map niet gevonden: " + map;
    }

    static String ongeldig(String bron, int problemen) {
        return "De catalogus in " + bron + " is ONGELDIG: " + problemen
                + (problemen == 1 ? " probleem." : " problemen.");
    }

    static String geldig(String bron, String versie) {
        return "De catalogus in " + bron + " is geldig (versie " + versie + ").";
    }

    // ---- a wrong use
    static String meerUitleg(String opdracht) {
        return "Meer uitleg: " + opdracht + " --help";
    }

    static String onbekend(String wat) {
        return "Onbekend: " + wat;
    }

    static String ontbreekt(String wat) {
        return "Ontbreekt: " + wat;
    }

    static String ongeldigeWaarde(String optie, String waarde) {
        return "Ongeldige waarde voor " + optie + ": '" + waarde + "'";
    }

    static String onjuistGebruik(String opdracht) {
        return "Onjuist gebruik van " + opdracht + ".";
    }
}

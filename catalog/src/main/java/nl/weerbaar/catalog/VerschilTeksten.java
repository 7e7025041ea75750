package nl.weerbaar.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Dutch sentences of a {@link CatalogVerschil}: what an admin reads before "Activeer". */
final class VerschilTeksten {
    private VerschilTeksten() {}

    /** The groups' headings, in the order they are shown. */
    static final Map<String, String> TITELS = titels();

    private static Map<String, String> titels() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("themas", "Thema's");
        t.put("knelpunten", "Knelpunten");
        t.put("interventies", "Interventies");
        t.put("voorbeeldzinnen", "Voorbeeldzinnen");
        t.put("herkenning", "Herkenningsregels");
        t.put("trainingen", "Trainingen");
        t.put("locaties", "Locaties");
        t.put("aanspreekpunten", "Aanspreekpunten en backups");
        t.put("kanaalkoppelingen", "Kanaalkoppelingen");
        t.put("medewerkers", "Medewerkers");
        t.put("admins", "Beheerders");
        t.put("informatie", "Informatievragen en nummers");
        t.put("document", "Document");
        return java.util.Collections.unmodifiableMap(t);
    }

    static final String ROL = "rol";
    static final String EMAIL = "e-mail";
    static final String TELEFOON = "telefoon";
    static final String TEAMS_ID = "Teams-id";
    static final String SLACK_ID = "Slack-id";
    static final String ACCOUNTS = "andere accounts";
    static final String INTRODUCTIE_GEWIJZIGD = "De introductie van het document is gewijzigd.";
    static final String WETTELIJK_KADER_GEWIJZIGD = "Het wettelijk kader is gewijzigd.";

    private static String kort(String tekst) {
        String t = tekst.strip().replaceAll("\\s+", " ");
        return "“" + (t.length() > 90 ? t.substring(0, 89) + "…" : t) + "”";
    }

    /** Old and new text, each cut to where they differ (with some words before it) when they are long. */
    private static String wordt(String was, String is) {
        String a = was.strip().replaceAll("\\s+", " ");
        String b = is.strip().replaceAll("\\s+", " ");
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        int van = p > 40 ? a.lastIndexOf(' ', p - 30) + 1 : 0;
        String voor = van > 0 ? "…" : "";
        return kort(voor + a.substring(van)) + " wordt " + kort(voor + b.substring(van));
    }

    private static String zinnen(List<String> zinnen) {
        return zinnen.stream().map(VerschilTeksten::kort).collect(Collectors.joining(", "));
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? "(leeg)" : s;
    }

    static String themaToegevoegd(String naam, String id) {
        return "Thema " + naam + " (" + id + ") toegevoegd.";
    }

    static String themaHernoemd(String id, String was, String is) {
        return "Thema " + id + " heet nu " + is + " (was " + was + ").";
    }

    static String themaVerwijderd(String naam, String id) {
        return "Thema " + naam + " (" + id + ") verwijderd.";
    }

    static String knelpuntToegevoegd(String id, String tekst) {
        return "Knelpunt " + id + " toegevoegd: " + kort(tekst) + ".";
    }

    static String knelpuntVerwijderd(String id, String tekst) {
        return "Knelpunt " + id + " verwijderd: " + kort(tekst) + ".";
    }

    static String knelpuntTekstGewijzigd(String id, String was, String is) {
        return "Tekst van knelpunt " + id + " gewijzigd: " + wordt(was, is) + ".";
    }

    static String knelpuntKortGewijzigd(String id, String was, String is) {
        return "Korte naam van knelpunt " + id + " (op knoppen): ‘" + is + "’ (was ‘" + was + "’).";
    }

    static String knelpuntVerplaatst(String id, String was, String is) {
        return "Knelpunt " + id + " hoort nu bij thema " + is + " (was " + was + ").";
    }

    static String interventieToegevoegd(String knelpunt, String tekst) {
        return "Bij " + knelpunt + " een interventie toegevoegd: " + kort(tekst) + ".";
    }

    static String interventieVerwijderd(String knelpunt, String tekst) {
        return "Bij " + knelpunt + " een interventie verwijderd: " + kort(tekst) + ".";
    }

    static String interventieGewijzigd(String knelpunt, String was, String is) {
        return "Bij " + knelpunt + " een interventie gewijzigd: " + wordt(was, is) + ".";
    }

    static String interventiesVolgorde(String knelpunt) {
        return "Bij " + knelpunt + " staan de interventies in een andere volgorde.";
    }

    static String zinnenToegevoegd(String knelpunt, List<String> zinnen) {
        return "Bij " + knelpunt + " " + aantal(zinnen.size()) + " toegevoegd: " + zinnen(zinnen) + ".";
    }

    static String zinnenVerwijderd(String knelpunt, List<String> zinnen) {
        return "Bij " + knelpunt + " " + aantal(zinnen.size()) + " verwijderd: " + zinnen(zinnen) + ".";
    }

    static String buitenBereikToegevoegd(List<String> zinnen) {
        return "Buiten bereik: " + aantal(zinnen.size()) + " toegevoegd: " + zinnen(zinnen) + ".";
    }

    static String buitenBereikVerwijderd(List<String> zinnen) {
        return "Buiten bereik: " + aantal(zinnen.size()) + " verwijderd: " + zinnen(zinnen) + ".";
    }

    private static String aantal(int n) {
        return n == 1 ? "1 voorbeeldzin" : n + " voorbeeldzinnen";
    }

    static String regelsGewijzigd(String lijst, int erbij, int eraf) {
        return "Lijst " + lijst + ": " + erbij + " erbij, " + eraf + " eraf.";
    }

    static String trainingToegevoegd(String naam) {
        return "Training " + naam + " toegevoegd.";
    }

    static String trainingVerwijderd(String naam) {
        return "Training " + naam + " verwijderd.";
    }

    static String trainingGewijzigd(String naam, List<String> velden) {
        return "Training " + naam + " gewijzigd (" + String.join(", ", velden) + ").";
    }

    static String schoolGewijzigd(String was, String is) {
        return "De school heet nu " + leeg(is) + " (was " + leeg(was) + ").";
    }

    static String locatieToegevoegd(String naam, String id, String aanspreekpunt, String backup) {
        return "Nieuwe locatie: " + naam + " (" + id + "), met aanspreekpunt " + aanspreekpunt + " en backup " + backup
                + ".";
    }

    static String locatieVerwijderd(String naam, String id) {
        return "Locatie verwijderd: " + naam + " (" + id + ").";
    }

    static String locatieHernoemd(String id, String was, String is) {
        return "Locatie " + id + " heet nu " + is + " (was " + was + ").";
    }

    static String teamsGewijzigd(String locatie, List<String> was, List<String> is) {
        return "Teams van " + locatie + ": " + leeg(String.join(", ", is)) + " (was " + leeg(String.join(", ", was))
                + ").";
    }

    static String aanspreekpuntVan(String locatie) {
        return "Aanspreekpunt van " + locatie;
    }

    static String backupVan(String locatie) {
        return "Backup van " + locatie;
    }

    static final String MEDEWERKER = "Medewerker";
    static final String BEHEERDER = "Beheerder";

    static String persoonVervangen(String wie, String was, String is) {
        return wie + " is nu " + is + " (was " + was + ").";
    }

    static String persoonGewijzigd(String wie, String naam, List<String> velden) {
        return wie + " (" + naam + "): " + String.join("; ", velden) + ".";
    }

    static String veldGewijzigd(String veld, String was, String is) {
        return veld + " " + leeg(is) + " (was " + leeg(was) + ")";
    }

    static String koppeling(String kanaal, String waar, String locatie) {
        return kanaal + "-kanaal " + waar + " → " + locatie;
    }

    static String koppelingToegevoegd(String koppeling) {
        return "Koppeling toegevoegd: " + koppeling + ".";
    }

    static String koppelingVerwijderd(String koppeling) {
        return "Koppeling verwijderd: " + koppeling + ".";
    }

    static String medewerkerToegevoegd(String naam, String locatie) {
        return "Medewerker " + naam + " toegevoegd (locatie " + locatie + ").";
    }

    static String medewerkerVerhuisd(String naam, String was, String is) {
        return "Medewerker " + naam + " hoort nu bij locatie " + is + " (was " + was + ").";
    }

    static String medewerkerFunctie(String naam, String was, String is) {
        return "Medewerker " + naam + ": functie " + leeg(is) + " (was " + leeg(was) + ").";
    }

    static String informatievraagToegevoegd(String id, int zinnen) {
        return "Informatievraag " + id + " toegevoegd, met " + aantal(zinnen) + ".";
    }

    static String informatievraagVerwijderd(String id) {
        return "Informatievraag " + id + " verwijderd.";
    }

    static String informatieAntwoordGewijzigd(String id, String was, String is) {
        return "Antwoord op informatievraag " + id + " gewijzigd: " + wordt(was, is) + ".";
    }

    static String informatieContactenGewijzigd(String id) {
        return "Bij informatievraag " + id + " zijn de getoonde nummers of de aanvulling gewijzigd.";
    }

    static String informatieZinnenToegevoegd(String id, List<String> zinnen) {
        return "Bij informatievraag " + id + " " + aantal(zinnen.size()) + " toegevoegd: " + zinnen(zinnen) + ".";
    }

    static String informatieZinnenVerwijderd(String id, List<String> zinnen) {
        return "Bij informatievraag " + id + " " + aantal(zinnen.size()) + " verwijderd: " + zinnen(zinnen) + ".";
    }

    static String contactToegevoegd(String naam, String telefoon) {
        return "Nieuw nummer: " + naam + " (" + telefoon + ").";
    }

    static String contactGewijzigd(String naam, String was, String is) {
        return was.equals(is)
                ? "Nummer " + naam + ": naam of uitleg gewijzigd."
                : "Nummer " + naam + ": " + is + " (was " + was + ").";
    }

    static String contactVerwijderd(String naam) {
        return "Nummer " + naam + " verwijderd.";
    }

    static String medewerkerVerwijderd(String naam) {
        return "Medewerker " + naam + " verwijderd.";
    }

    static String adminToegevoegd(String naam) {
        return "Beheerder " + naam + " toegevoegd.";
    }

    static String adminVerwijderd(String naam) {
        return "Beheerder " + naam + " verwijderd.";
    }
}

package nl.weerbaar.bot.admin;

/**
 * Every sentence the admin API, the admin page and {@code herindexeer} in the chat say to an admin,
 * in one place: refusals, what a catalogue change came to, what was wrong with an upload or an
 * example phrasing, and the admin page's own texts. The page's are public: the template {@code
 * src/main/jte/admin/pagina.jte} says them ({@code ${AdminTeksten.…}}), compiled into another
 * package. See {@code GesprekTeksten} for why plain Java.
 */
public final class AdminTeksten {
    private AdminTeksten() {}

    // ---- refusals of the admin API
    static final String GEEN_TOKEN = "Geen of een ongeldig beheerderstoken (Authorization: Bearer …).";
    static final String GEEF_DE_ORGANISATIE = "Geef de organisatie: {\"organisatie\": {\"locaties\": […], …}}.";
    static final String GEEF_HET_KNELPUNT = "Geef het knelpunt: {\"knelpunt\": \"…\"}.";
    static final String SCHIJF_VOL =
            "De schijf is vol: de database van Weerbaar kan niet schrijven. Maak ruimte vrij en probeer het opnieuw.";
    static final String DATABASE_WEG =
            "De database van Weerbaar is niet bereikbaar. Probeer het over een paar minuten opnieuw.";

    /** 429: this address sent too many wrong admin tokens; {@code Retry-After} says the same. */
    static String teVeelPogingen(long seconden) {
        return "Te veel pogingen met een verkeerd beheerderstoken. Probeer het over " + seconden + " seconden opnieuw.";
    }

    static String zipTeGroot(int megabytes) {
        return "De zip is groter dan " + megabytes + " MB.";
    }

    static String versieBestaatNiet(long id) {
        return "Catalogusversie " + id + " bestaat niet.";
    }

    static String ongeldigePagina(int max) {
        return "Geef limit van 1 tot " + max + " en offset van 0 of meer.";
    }

    static String vraagBestaatNiet(long id) {
        return "Vraag " + id + " bestaat niet (meer).";
    }

    // ---- what a catalogue change came to
    static String nietGeladen(int problemen, String actueleVersie) {
        return "De catalogus heeft " + problemen(problemen) + " en is niet geladen; versie " + actueleVersie
                + " blijft actief.";
    }

    /** {@code herindexeer} in the chat, when the folder says what is served. */
    static String mapOngewijzigd(String versie) {
        return "De catalogusmap is gelijk aan de actieve versie " + versie + "; er is niets te importeren.";
    }

    /** {@code herindexeer} in the chat: the difference follows, one line each. */
    static String mapVerschil(String actief, String map) {
        return "Als je de catalogusmap importeert (versie " + map
                + "), verandert dit ten opzichte van de actieve versie " + actief + ":";
    }

    static final String ACTIVEER_OP_DE_BEHEERPAGINA =
            "Er is nog niets gewijzigd. Importeer en activeer op de beheerpagina (/admin), knop \"Importeer de catalogusmap\".";

    /** {@code herindexeer} in the chat, when the catalogue has problems. */
    static String geweigerd(String bron, int problemen, String actueleVersie) {
        return "De catalogus in " + bron + " heeft " + problemen(problemen) + "; versie " + actueleVersie
                + " blijft actief.";
    }

    /** After the first problems: how many more there are. */
    static String enNog(int meer) {
        return "… en nog " + meer + ".";
    }

    static String schijfVol(String wat, String actueleVersie) {
        return "De schijf is vol: " + wat + " kan niet worden opgeslagen. " + nietsGewijzigd(actueleVersie)
                + " Maak ruimte vrij en probeer het opnieuw.";
    }

    static String databaseWeg(String wat, String actueleVersie) {
        return "De database van Weerbaar is niet bereikbaar: " + wat + " kan niet worden opgeslagen. "
                + nietsGewijzigd(actueleVersie) + " Probeer het over een paar minuten opnieuw.";
    }

    static String nietGeschreven(String wat, String actueleVersie) {
        return "Het bestand " + wat + " kan niet worden geschreven. " + nietsGewijzigd(actueleVersie)
                + " Controleer of Weerbaar in de catalogusmap mag schrijven.";
    }

    /** 409: another version became current after the preview. */
    static String verouderd(Long actueleVersieId, String actueleVersie) {
        return "Sinds deze voorvertoning is versie " + actueleVersie + " (id " + actueleVersieId
                + ") actief geworden. Er is niets gewijzigd; bekijk het verschil opnieuw en activeer dan.";
    }

    /** 409: the content differs from what was previewed (the folder changed in between). */
    static String inhoudVeranderd(String actueleVersie) {
        return "De inhoud is veranderd sinds deze voorvertoning. Er is niets gewijzigd; versie " + actueleVersie
                + " blijft actief. Bekijk het verschil opnieuw en activeer dan.";
    }

    private static String nietsGewijzigd(String actueleVersie) {
        return "Er is niets gewijzigd; versie " + actueleVersie + " blijft actief.";
    }

    private static String problemen(int n) {
        return n + (n == 1 ? " probleem" : " problemen");
    }

    /** On the admin page when the folder differs from what is served. */
    static String mapMelding(boolean gewijzigd, CatalogVersions.Versie laatsteImport) {
        if (laatsteImport == null) {
            return "De map is nog nooit geïmporteerd en verschilt van de actieve versie.";
        }
        return gewijzigd
                ? "De map is gewijzigd sinds versie " + laatsteImport.versie() + " (id " + laatsteImport.id()
                        + ") eruit werd geïmporteerd."
                : "De map is niet gewijzigd sinds versie " + laatsteImport.versie() + " (id " + laatsteImport.id()
                        + "), maar de actieve versie verschilt ervan.";
    }

    // ---- what was changed, named in the sentences above and in a version's origin
    static final String GEUPLOADE_CATALOGUS = "de geüploade catalogus";
    static final String NIEUWE_VERSIE = "de nieuwe catalogusversie";
    static final String BEWERKTE_ORGANISATIE = "de bewerkte organisatie";
    static final String VERSIE_MET_VOORBEELDZIN = "catalogusversie met voorbeeldzin";
    static final String NIEUWE_VERSIE_MET_VOORBEELDZIN = "de catalogusversie met de nieuwe voorbeeldzin";

    static String catalogusversie(long id) {
        return "catalogusversie " + id;
    }

    static String herstelVan(long id) {
        return "het herstel van catalogusversie " + id;
    }

    static String voorbeeldzinVoor(String knelpuntId) {
        return "voorbeeldzin voor " + knelpuntId;
    }

    // ---- what is wrong with an example phrasing or a catalogue file
    static final String VRAAG_LEEG = "De vraag is leeg.";
    static final String BESTAND_ONTBREEKT = "Dit bestand ontbreekt.";
    static final String NIET_AUTOMATISCH_TOEGEVOEGD =
            "De voorbeeldzin kon niet automatisch worden toegevoegd; voeg hem met de hand toe.";
    static final String GEEN_VOORBEELDEN_SLEUTEL =
            "voorbeelden.yaml heeft geen sleutel 'voorbeelden:' op de eerste kolom.";

    static String onbekendKnelpunt(String knelpuntId) {
        return "Onbekend knelpunt '" + knelpuntId + "'.";
    }

    static String zinTeLang(int tekens) {
        return "Een voorbeeldzin mag hoogstens " + tekens + " tekens hebben; deze vraag is langer.";
    }

    static String nietTeLezen(String reden) {
        return "Dit bestand kan niet worden gelezen: " + reden;
    }

    // ---- what is wrong with an uploaded zip
    static final String MEER_DAN_EEN_MAP = "De zip bevat catalogusbestanden in meer dan één map.";
    static final String GEEN_ZIP = "Dit is geen zip, of de zip is leeg. Stuur een zip van de catalogusmap.";

    static String teVeelBestanden(int max) {
        return "De zip heeft meer dan " + max + " bestanden.";
    }

    static String ongeldigeNaam(String naam) {
        return "Ongeldige bestandsnaam in de zip: '" + naam + "'.";
    }

    static String dubbel(String bestand) {
        return "De zip bevat " + bestand + " meer dan eens.";
    }

    static String uitgepaktTeGroot(int megabytes) {
        return "De uitgepakte catalogus is groter dan " + megabytes + " MB.";
    }

    static String bestandTeGroot(String bestand, int megabytes) {
        return bestand + " is uitgepakt groter dan " + megabytes + " MB.";
    }

    static String geenGeldigeZip(String reden) {
        return "Dit is geen geldige zip: " + reden;
    }

    static String zipNietTeLezen(String reden) {
        return "De zip kan niet worden gelezen: " + reden;
    }

    static String geenUtf8(String bestand) {
        return bestand + " is geen UTF-8-tekst. Sla het bestand op als UTF-8.";
    }

    // ---- insight (the CSV)
    /** The knelpunt column of questions the bot could not place; the admin page's script knows it by it. */
    /** A signed-in account that is no admin, calling the admin API (issue 17). */
    public static final String GEEN_BEHEERDER = "Alleen beheerders mogen dit.";

    public static final String WEET_NIET = "(weet niet)";

    // ---- the admin page (template admin/pagina.jte)
    public static final String PAGINA_TITEL = "Weerbaar – beheer";
    public static final String AFMELDEN = "Afmelden";
    public static final String AANMELDEN = "Aanmelden";
    public static final String BEHEERDERSTOKEN = "Beheerderstoken";
    public static final String CATALOGUS = "Catalogus";
    public static final String IMPORTEER_DE_CATALOGUSMAP = "Importeer de catalogusmap";
    public static final String NIEUWE_CATALOGUS_ZIP = "Nieuwe catalogus (zip):";
    public static final String UPLOADEN = "Uploaden";
    public static final String VERSIES = "Versies";
    // the versions' columns
    public static final String KOLOM_ID = "Id";
    public static final String KOLOM_VERSIE = "Versie";
    public static final String KOLOM_BRON = "Bron";
    public static final String KOLOM_DOOR = "Door";
    public static final String KOLOM_WANNEER = "Wanneer";
    public static final String KOLOM_KNELPUNTEN = "Knelpunten";

    public static final String INZICHT_PER_WEEK = "Inzicht per week";
    public static final String PERIODE = "Periode";
    public static final String LOCATIE = "Locatie";
    /** The locatie choice that shows every locatie (also the script's, when it refills the list). */
    public static final String ALLE = "alle";

    public static final String DOWNLOAD_CSV = "Download CSV";
    public static final String PER_KNELPUNT = "Per knelpunt";

    /** A period of the insight. */
    public static String weken(int weken) {
        return weken + " weken";
    }

    // the charts' series: their legend on the page, the names the script gives their bars
    public static final String HERKEND = "herkend";
    /** In the legend quoted and followed by " …?": the "Bedoel je …?" reply. */
    public static final String BEDOEL_JE = "Bedoel je";

    public static final String WEET_NIET_REEKS = "weet niet";
    public static final String DIT_HELPT = "Dit helpt";
    public static final String NIET_WAT_IK_ZOEK = "Niet wat ik zoek";

    public static final String ONBEANTWOORD = "Vragen die de bot niet kon beantwoorden (30 dagen)";
    // the unanswered questions' columns
    public static final String KOLOM_VOORBEELDZIN = "Voeg toe als voorbeeldzin voor knelpunt";
    public static final String VORIGE = "Vorige";
    public static final String VOLGENDE = "Volgende";

    // ---- working through the unanswered questions (OnbeantwoordeLijst, OnbeantwoordController)
    /** A channel as admins call it: {@code TEAMS} "Teams", {@code SLACK} "Slack", {@code WEB} "Webchat". */
    static String kanaalNaam(String kanaal) {
        return switch (kanaal) {
            case "TEAMS" -> "Teams";
            case "SLACK" -> "Slack";
            case "WEB" -> "Webchat";
            default -> kanaal;
        };
    }

    /** A knelpunt as the admin page names it: its theme and its text, e.g. "Bereidheid: Collega's vinden …". */
    static String knelpuntNaam(String thema, String tekst) {
        String t = tekst.endsWith(".") ? tekst.substring(0, tekst.length() - 1) : tekst;
        return thema + ": " + t;
    }

    /** "Voeg toe als voorbeeldzin" worked. */
    static String voorbeeldzinToegevoegd(String knelpunt) {
        return "De zin staat nu bij ‘" + knelpunt + "’; Weerbaar herkent hem vanaf nu.";
    }

    /** "Negeer" worked. */
    static String genegeerd(int aantal) {
        return aantal == 1
                ? "De vraag staat niet meer in de lijst."
                : aantal + " vergelijkbare vragen staan niet meer in de lijst.";
    }

    /** "Negeer alle" or "Negeer, ook voortaan" worked. */
    static String genegeerdOokVoortaan(int aantal) {
        return genegeerd(aantal) + " Vergelijkbare vragen die nog komen, blijven 30 dagen uit de lijst.";
    }

    // who made a catalogue version and from what, as the versions list says it (the API gives the ids)
    public static final String BRON_MAP = "Map";
    public static final String BRON_UPLOAD = "Upload";
    public static final String BRON_VOORBEELDZIN = "Voorbeeldzin";
    public static final String DOOR_BEHEER_API = "Beheer-API";
    public static final String DOOR_START = "Bij het starten";

    public static final String NEGEER = "Negeer";
    /** While "Voeg toe" runs: a new version is checked and indexed, which takes seconds. */
    public static final String VOEG_TOE_BEZIG = "Even geduld: Weerbaar leert de zin …";
    /** {aantal}: how many questions like it, including this one; also sets aside those asked later. */
    public static final String NEGEER_ALLE = "Negeer alle {aantal}";
    /** For a question asked once: set it and those like it asked later aside. */
    public static final String NEGEER_VOORTAAN = "Negeer, ook voortaan";

    public static final String AANTAL_KEER = "{aantal}× gevraagd";
    public static final String ZONDER_LOCATIE = "locatie onbekend";

    // ---- what the admin page's script says: data-* on <main id="adminpagina">; {naam} is filled in
    public static final String TOKEN_KLOPT_NIET = "Het token klopt niet.";
    public static final String UITKOMST_ACTIEF = "Versie {versie} is actief ({knelpunten} knelpunten; {ms} ms).";
    public static final String UITKOMST_ONGEWIJZIGD =
            "Ongewijzigd: versie {versie} is actief ({knelpunten} knelpunten; {ms} ms).";
    /** An API answer without an error text. */
    public static final String FOUT_STATUS = "Fout {status}";
    /** {aantallen} is {@link #STATUS_AANTALLEN}, or empty before a catalogue was loaded. */
    public static final String STATUS_CATALOGUS = "Versie {versie} (id {id}), {aantallen}; index in {ms} ms.";

    public static final String STATUS_AANTALLEN =
            "{knelpunten} knelpunten, {interventies} interventies, {trainingen} trainingen, {locaties} locaties";
    /** {teams}, {slack}, {web}: {@link #AAN} or {@link #UIT}; a count the server has not: {@link #NVT}. */
    public static final String STATUS_KANALEN = "Kanalen: Teams {teams}, Slack {slack}, webchat {web}."
            + " Signalen: outbox {outbox}, open escalaties {escalaties}.";

    public static final String AAN = "aan";
    public static final String UIT = "uit";
    public static final String NVT = "n.v.t.";
    public static final String HERSTEL = "Herstel";
    /** What the preview is of: restoring a version. */
    public static final String HERSTEL_VAN = "Versie {versie} (id {id}) herstellen";
    /** What the preview is of: an unanswered question as example phrasing. */
    public static final String VOORBEELDZIN_BIJ = "Voorbeeldzin toevoegen bij {knelpunt}";

    public static final String VERSIE_ACTIEF = "{versie} (actief)";
    public static final String STAAFDIAGRAM = "staafdiagram";
    public static final String GEEN_GEGEVENS = "Nog geen gegevens in deze periode.";
    public static final String SIGNALEN_NOG_NIET = "Signalen per urgentie en tijd tot oppakken: nog niet beschikbaar.";
    public static final String GEEN_VRAGEN = "geen vragen";
    /** {totaal}: groups of similar questions; {vragen}: questions in all. */
    public static final String VRAGEN_VAN_TOT = "{van}–{tot} van {totaal} ({vragen} vragen)";
    /** The name of a question's knelpunt choice. */
    public static final String KNELPUNT = "knelpunt";

    public static final String KIES_EEN_KNELPUNT = "kies een knelpunt";
    public static final String VOEG_TOE = "Voeg toe";

    // ---- the preview of a change and the organisation form (template admin/wijzigingen.jte)
    public static final String VOORVERTONING = "Wat verandert er? Nog niets is gewijzigd";
    /** {basis}: the version served; {versie}: the version after "Activeer". */
    public static final String VOORVERTONING_UITLEG =
            "Vergeleken met de actieve versie {basis}. Na Activeer is versie {versie} actief, voor iedereen.";

    public static final String VOORVERTONING_EERSTE = "Na Activeer is versie {versie} actief, voor iedereen.";
    public static final String GEEN_VERSCHIL = "Er verandert niets: de inhoud is gelijk aan de actieve versie.";
    /** {bestanden}: the files of a zip that are not catalogue files. */
    public static final String GENEGEERD = "Niet gebruikt uit de zip: {bestanden}.";

    public static final String ACTIVEER = "Activeer";
    public static final String ANNULEER = "Annuleer";
    /** Under the folder's difference on the page. */
    public static final String MAP_IMPORTEER = "Bekijk en importeer de map";

    public static final String ORGANISATIE = "Organisatie: locaties, aanspreekpunten en beheerders";
    public static final String ORGANISATIE_UITLEG = "Wijzig de gegevens en kies Bekijk de wijzigingen: je ziet eerst"
            + " wat er verandert, en pas na Activeer geldt het. Het bestand organisatie.yaml blijft het uitwisselformaat:"
            + " download de actieve versie als zip.";
    public static final String SCHOOL = "School";
    public static final String LOCATIES = "Locaties";
    public static final String AANSPREEKPUNT = "Aanspreekpunt";
    public static final String BACKUP = "Backup";
    public static final String KANAALKOPPELINGEN = "Kanaalkoppelingen (Teams- of Slack-kanaal bij een locatie)";
    public static final String MEDEWERKERS = "Medewerkers met een vaste locatie";
    public static final String BEHEERDERS = "Beheerders";
    public static final String LOCATIE_TOEVOEGEN = "Locatie toevoegen";
    public static final String KOPPELING_TOEVOEGEN = "Koppeling toevoegen";
    public static final String MEDEWERKER_TOEVOEGEN = "Medewerker toevoegen";
    public static final String BEHEERDER_TOEVOEGEN = "Beheerder toevoegen";
    public static final String VERWIJDER = "Verwijder";
    public static final String BEKIJK_DE_WIJZIGINGEN = "Bekijk de wijzigingen";
    public static final String HERLAAD = "Herlaad de actieve versie";
    public static final String DOWNLOAD_ZIP = "Download de actieve versie (zip)";
    /** {aantal}: the number of problems in the form. */
    public static final String FORMULIER_PROBLEMEN =
            "Het formulier heeft {aantal} probleem/problemen; zie de meldingen bij de velden.";
    // the form's fields
    public static final String VELD_ID = "Id (kleine letters en streepjes)";
    public static final String VELD_NAAM = "Naam";
    public static final String VELD_TEAMS = "Teams (met komma's ertussen)";
    public static final String VELD_ROL = "Rol";
    public static final String VELD_EMAIL = "E-mail";
    public static final String VELD_TELEFOON = "Telefoon";
    public static final String VELD_TEAMS_ID = "Teams-id (AAD object id)";
    public static final String VELD_SLACK_ID = "Slack-id (U…)";
    public static final String VELD_ACCOUNTS =
            "Andere accounts voor het aanmelden (e-mailadressen of Entra object ids, met komma's ertussen)";
    public static final String VELD_KANAAL = "Kanaal";
    public static final String VELD_TEAM_ID = "Team-id (Teams)";
    public static final String VELD_KANAAL_ID = "Kanaal-id";
    public static final String VELD_LOCATIE = "Locatie";
    /** A medewerker's functie (leraar, schoolleiding, gemeente): their trainingen come first. */
    public static final String VELD_FUNCTIE = "Functie";
}

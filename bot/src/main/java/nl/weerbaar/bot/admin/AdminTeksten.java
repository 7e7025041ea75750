package nl.weerbaar.bot.admin;

import nl.weerbaar.bot.catalog.CatalogSummary;

/**
 * Every sentence the admin API, the admin page's answers and {@code herindexeer} in the chat say
 * to an admin, in one place: refusals, what a catalogue change came to, and what was wrong with
 * an upload or an example phrasing. See {@code GesprekTeksten} for why plain Java.
 */
final class AdminTeksten {
    private AdminTeksten() {}

    // ---- refusals of the admin API
    static final String GEEN_TOKEN = "Geen of een ongeldig beheerderstoken (Authorization: Bearer …).";
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

    /** {@code herindexeer} in the chat, when it worked. */
    static String herindexeerd(boolean ongewijzigd, String versie, CatalogSummary aantallen, long ms) {
        return (ongewijzigd ? "De catalogus is niet veranderd: versie " : "Catalogusversie ") + versie
                + (ongewijzigd ? " blijft actief" : " is nu actief") + " (" + aantallen + "; " + ms + " ms).";
    }

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

    private static String nietsGewijzigd(String actueleVersie) {
        return "Er is niets gewijzigd; versie " + actueleVersie + " blijft actief.";
    }

    private static String problemen(int n) {
        return n + (n == 1 ? " probleem" : " problemen");
    }

    // ---- what was changed, named in the sentences above and in a version's origin
    static final String GEUPLOADE_CATALOGUS = "de geüploade catalogus";
    static final String NIEUWE_VERSIE = "de nieuwe catalogusversie";
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
    /** The knelpunt column of questions the bot could not place. */
    static final String WEET_NIET = "(weet niet)";
}

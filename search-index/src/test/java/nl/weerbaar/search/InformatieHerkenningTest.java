package nl.weerbaar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import nl.weerbaar.catalog.Catalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Informatievragen (informatie.yaml) are recognised by the classifier from their own phrasings:
 * new wordings, none of them a phrasing of the catalogue, reach the right informatievraag; a
 * question about a knelpunt still reaches the knelpunt and an out-of-scope question stays out of
 * scope; English is noticed and still judged for a knelpunt.
 */
class InformatieHerkenningTest {
    private static Catalog catalog;
    private static Recognizer recognizer;

    @BeforeAll
    static void build() {
        catalog = Fixtures.bundled();
        recognizer = Recognizer.build(catalog);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Welk nummer bel ik voor Veilig Thuis? | contacten",
                "Wat is het algemene nummer van de politie voor zaken zonder spoed? | contacten",
                "Heb je het nummer van de vertrouwensinspecteur voor me? | contacten",
                "Kan ik dit melden zonder dat mijn naam erbij staat? | anoniem-melden",
                "Is het mogelijk om anoniem een tip te geven? | anoniem-melden",
                "Wat houdt dat wetsvoorstel over vrij en veilig onderwijs in voor leraren? | wet-vrij-en-veilig-onderwijs",
                "Is de wet vrij en veilig onderwijs al van kracht? | wet-vrij-en-veilig-onderwijs",
                "Wat is het mailadres van de veiligheidscoördinator? | aanspreekpunt-bereiken",
                "Hoe kan ik mijn aanspreekpunt bellen? | aanspreekpunt-bereiken",
                "Mijn contactpersoon voor veiligheid is deze week op vakantie, wie kan ik in de tussentijd benaderen? | aanspreekpunt-afwezig",
                "Sanne is vandaag niet op school. Wie kan ik nu het beste benaderen? | aanspreekpunt-afwezig",
                "Goedemorgen allemaal, hoe gaat het hier? | groet",
                "Hallo, goedemiddag! | groet",
                "Heel fijn, dank je wel voor het meedenken! | bedankt",
                "Oké, super bedankt! | bedankt",
                "Many of my colleagues have never heard of youth crime, it is just not a topic here. | engels",
                "Hi, could you tell me what the weather will be like tomorrow? | engels",
            })
    void aNewWordingReachesItsInformatievraag(String tekst, String vraag) {
        assertNotPhrasing(tekst);

        Recognition r = recognizer.recognize(tekst);

        assertEquals(vraag, r.informatievraag(), r::toString);
    }

    /**
     * The greetings and thanks teachers type are often one or two words: each phrasing of the file
     * itself, and short new ones, reach the greeting or the thanks.
     */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Hallo! | groet",
                "goedemiddag! | groet",
                "hoi allemaal | groet",
                "Hey daar | groet",
                "goedenavond allemaal | groet",
                "Goeiemiddag | groet",
                "Bedankt | bedankt",
                "dank u | bedankt",
                "dankjewel zeg | bedankt",
                "Thanks! | bedankt",
                "nee bedankt | bedankt",
                "top, dank je wel | bedankt",
            })
    void aShortNewGreetingOrThanksReachesItsInformatievraag(String tekst, String vraag) {
        assertNotPhrasing(tekst);

        assertEquals(
                vraag,
                recognizer.recognize(tekst).informatievraag(),
                () -> recognizer.recognize(tekst).toString());
    }

    @Test
    void everyPhrasingOfTheGreetingAndTheThanksIsRecognisedAsIt() {
        for (String id : java.util.List.of("groet", "bedankt")) {
            for (String zin : catalog.informatie().vraag(id).orElseThrow().voorbeelden()) {
                Recognition r = recognizer.recognize(zin);
                assertEquals(id, r.informatievraag(), () -> zin + ": " + r);
                assertFalse(r.signal(), () -> zin + ": " + r);
            }
        }
    }

    @Test
    void anInformatievraagIsNoKnelpuntAnswer() {
        Recognition r = recognizer.recognize("Kan ik dit melden zonder dat mijn naam erbij staat?");

        assertEquals(Decision.DONT_KNOW, r.decision());
    }

    @Test
    void englishIsStillJudgedForAKnelpunt() {
        Recognition r = recognizer.recognize(
                "We have no playbook for when we notice signals of exploitation. What should we do?");

        assertEquals("engels", r.informatievraag());
        assertNotEquals(Decision.DONT_KNOW, r.decision(), r::toString);
        assertEquals("bekwaamheid-handelen", r.best());
    }

    @Test
    void knelpuntAndOutOfScopeQuestionsAreNoInformatievraag() {
        Recognition knelpunt =
                recognizer.recognize("Bij ons weet niemand wie een zorg over een leerling moet oppakken.");
        assertNull(knelpunt.informatievraag(), knelpunt::toString);
        assertEquals("bereidheid-verantwoordelijkheid", knelpunt.best());
        assertFalse(knelpunt.abstain());

        Recognition buiten = recognizer.recognize("Hoe laat begint de ouderavond morgen?");
        assertNull(buiten.informatievraag(), buiten::toString);
        assertEquals(Decision.DONT_KNOW, buiten.decision());
    }

    private static void assertNotPhrasing(String tekst) {
        String t = tekst.toLowerCase(Locale.ROOT);
        boolean training = catalog.informatie().vragen().stream()
                        .flatMap(v -> v.voorbeelden().stream())
                        .anyMatch(z -> z.toLowerCase(Locale.ROOT).equals(t))
                || catalog.herkenning().buitenBereik().stream()
                        .anyMatch(z -> z.toLowerCase(Locale.ROOT).equals(t));
        assertFalse(training, "a phrasing of the catalogue, not a new wording: " + tekst);
    }
}

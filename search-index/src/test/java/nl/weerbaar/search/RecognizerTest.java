package nl.weerbaar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecognizerTest {
    private static Recognizer recognizer;

    @BeforeAll
    static void build() {
        recognizer = Recognizer.build(Fixtures.bundled());
    }

    @Test
    void knelpuntTextItselfIsRecognisedWithHighConfidence() {
        for (var k : Fixtures.bundled().knelpunten()) {
            Recognition r = recognizer.recognize(k.tekst());
            assertEquals(k.id(), r.best(), k.tekst());
            assertFalse(r.abstain(), k.tekst());
        }
    }

    @Test
    void candidatesAreBestFirstAtMostThreeWithScoresInUnitInterval() {
        Recognition r = recognizer.recognize("Wie is verantwoordelijk als een leerling drugs dealt op school?");
        assertTrue(r.knelpunten().size() <= 3);
        for (int i = 0; i < r.knelpunten().size(); i++) {
            double s = r.knelpunten().get(i).score();
            assertTrue(s >= 0 && s <= 1);
            if (i > 0) {
                assertTrue(s <= r.knelpunten().get(i - 1).score());
            }
        }
        assertEquals(recognizer.catalogVersion(), r.catalogVersion());
    }

    @Test
    void matchedWordsAreTheUsersOwnWords() {
        String text = "Onze meldstructuur is een chaos, wie is verantwoordelijk?";
        Recognition r = recognizer.recognize(text);
        assertFalse(r.matchedWords().isEmpty());
        r.matchedWords().forEach(w -> assertTrue(text.contains(w), w));
        assertTrue(r.matchedWords().contains("meldstructuur"), r.matchedWords().toString());
    }

    @Test
    void typosAreToleratedThroughCharacterNgramsAndShownAsMatched() {
        String typo = "Is er een protocl voor chantgae?";
        AnalysisOptions noNgrams = AnalysisOptions.DEFAULT.withNgrammen(false);
        Recognition without = Recognizer.build(Fixtures.bundled(), noNgrams, Calibration.DEFAULT)
                .recognize(typo);
        Recognition with = recognizer.recognize(typo);
        assertEquals("bekwaamheid-handelen", with.best(), with.toString());
        assertTrue(with.matchedWords().contains("protocl"), with.matchedWords().toString());
        assertFalse(
                without.matchedWords().contains("protocl"),
                without.matchedWords().toString());
    }

    @Test
    void matchedWordsAreAtMostFiveContentWordsNeverFunctionWords() {
        String story = "Ik ben mentor van 3 havo en het is een drukke week geweest met de toetsweek. "
                + "Maar wat me echt dwarszit: in ons team durft niemand het onderwerp drugs ter sprake te brengen "
                + "in het overleg, iedereen kijkt weg. Hoe doorbreek ik dat taboe?";
        Recognition r = recognizer.recognize(story);
        assertEquals("bereidheid-bespreekbaar", r.best(), r.toString());
        assertTrue(
                r.matchedWords().size() <= 5 && !r.matchedWords().isEmpty(),
                r.matchedWords().toString());
        for (String w : r.matchedWords()) {
            assertTrue(story.contains(w), w);
            assertFalse(DutchAnalysis.isFunctionWord(w.toLowerCase(java.util.Locale.ROOT)), w);
        }
        assertFalse(r.matchedWords().contains("toetsweek"), r.matchedWords().toString());
    }

    @Test
    void theSameCatalogueGivesTheSameModel() {
        Recognizer again = Recognizer.build(Fixtures.bundled());
        for (String text :
                List.of("wie heeft de lead bij een signaal?", "hoi", "een jongen uit 2b deelt pakketjes uit")) {
            assertEquals(recognizer.recognize(text), again.recognize(text), text);
        }
    }

    @Test
    void aSynonymRuleTheParserRejectsFailsTheBuildWithAClearMessage() {
        var broken = Fixtures.withSynoniemen(Fixtures.bundled(), List.of("mes, steekwapen", "???, vraagteken"));
        IndexBuildException e = assertThrows(IndexBuildException.class, () -> Recognizer.build(broken));
        assertTrue(e.getMessage().contains("???"), e.getMessage());
    }

    @Test
    void buildTimeAndVersionsAreReported() {
        assertTrue(recognizer.buildTime().toNanos() > 0);
        assertEquals(Fixtures.bundled().versie(), recognizer.catalogVersion());
    }
}

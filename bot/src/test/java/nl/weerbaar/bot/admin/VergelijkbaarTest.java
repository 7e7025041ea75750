package nl.weerbaar.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VergelijkbaarTest {

    @Test
    void caseAccentsPunctuationAndSpacingDoNotMakeAnotherQuestion() {
        assertTrue(Vergelijkbaar.lijkt("ja", "Ja!"));
        assertTrue(Vergelijkbaar.lijkt("Goedemorgen", "  goedemorgen...  "));
        assertTrue(Vergelijkbaar.lijkt("Wie is de coördinator?", "wie is de coordinator"));
        assertEquals("wie is de coordinator", Vergelijkbaar.normaal(" Wie  is de Coördinator?!"));
    }

    @Test
    void aTypoInALongerWordIsTheSameQuestion() {
        assertTrue(Vergelijkbaar.lijkt("Goedemorgen", "goedemorgn"));
        assertTrue(Vergelijkbaar.lijkt("wie regelt de kerstborrel", "wie regelt de kerstborel"));
    }

    @Test
    void shortWordsAndNumbersMustMatchExactly() {
        assertFalse(Vergelijkbaar.lijkt("ja", "jo"));
        assertFalse(Vergelijkbaar.lijkt("hoi", "hai"));
        assertFalse(Vergelijkbaar.lijkt("vraag 1", "vraag 2"));
        assertFalse(Vergelijkbaar.lijkt("ja", "nee"));
        assertFalse(Vergelijkbaar.lijkt("ja hoor", "ja"));
    }

    @Test
    void aLongerQuestionWithOneWordMoreIsTheSameButADifferentQuestionIsNot() {
        assertTrue(Vergelijkbaar.lijkt(
                "hoe bespreek ik drugs met collega's in de teamvergadering",
                "Hoe bespreek ik drugs met mijn collega's in de teamvergadering?"));
        assertFalse(Vergelijkbaar.lijkt("hoe bespreek ik drugs met collega's", "wie betaalt de cursus voor de BHV"));
        assertFalse(Vergelijkbaar.lijkt("wie regelt de kerstborrel", "wie regelt de excursie"));
    }

    @Test
    void textsThatAreOnlyPunctuationAreEqualToEachOtherButToNothingElse() {
        assertTrue(Vergelijkbaar.lijkt("???", "!"));
        assertFalse(Vergelijkbaar.lijkt("???", "ja"));
    }

    @Test
    void groupsKeepTheOrderAndCompareWithTheirFirstQuestion() {
        List<List<String>> groepen = Vergelijkbaar.groepeer(
                List.of("Goedemorgen", "ja", "goedemorgen!", "Ja.", "wie regelt de kerstborrel", "goedemorgn"), t -> t);

        assertEquals(
                List.of(
                        List.of("Goedemorgen", "goedemorgen!", "goedemorgn"),
                        List.of("ja", "Ja."),
                        List.of("wie regelt de kerstborrel")),
                groepen);
    }

    @Test
    void aGroupDoesNotDriftAwayFromItsFirstQuestion() {
        List<List<String>> groepen = Vergelijkbaar.groepeer(
                List.of(
                        "een twee drie vier vijf zes zeven acht negen",
                        "een twee drie vier vijf zes zeven acht tien",
                        "een twee drie vier vijf zes zeven elf tien"),
                t -> t);

        assertEquals(2, groepen.size(), groepen.toString());
        assertEquals(2, groepen.get(0).size());
    }

    @Test
    void twoThousandDifferentQuestionsAreGroupedInAboutASecond() {
        java.util.Random random = new java.util.Random(18);
        List<String> vragen = java.util.stream.IntStream.range(0, OnbeantwoordeLijst.MAX_GELEZEN)
                .mapToObj(i -> java.util.stream.IntStream.range(0, 4 + random.nextInt(12))
                        .mapToObj(w -> "w" + random.nextInt(400))
                        .collect(java.util.stream.Collectors.joining(" ")))
                .toList();

        long start = System.nanoTime();
        List<List<String>> groepen = Vergelijkbaar.groepeer(vragen, t -> t);
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertTrue(groepen.size() > OnbeantwoordeLijst.MAX_GELEZEN * 9 / 10, "random questions: " + groepen.size());
        assertTrue(ms < 10_000, "grouping " + OnbeantwoordeLijst.MAX_GELEZEN + " questions took " + ms + " ms");
    }
}

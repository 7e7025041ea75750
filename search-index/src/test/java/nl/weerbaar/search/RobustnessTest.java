package nl.weerbaar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RobustnessTest {
    private static Recognizer recognizer;

    @BeforeAll
    static void build() {
        recognizer = Recognizer.build(Fixtures.bundled());
    }

    static Stream<String> junk() {
        return Stream.of(
                "",
                "   \t  ",
                "?!.,;:-–—…()[]{}",
                "😀😀🔥🙈👍",
                "*:\"()~^[]{}\\/ AND OR NOT",
                "title:foo AND body:\"bar\"~3 OR baz^10 [a TO z] {x TO y} /re.ex/ NOT *",
                "\u0000\u0001\u0007\u001b[31m\u0008\u007f",
                "مرحبا كيف حالك اليوم",
                "שלום מה שלומך היום",
                "\u202Eevil\u202C\u200B\u200D\uFEFF",
                "\uD83D", // lone surrogate
                "x".repeat(100_000),
                "aaaa ".repeat(20_000));
    }

    @ParameterizedTest
    @MethodSource("junk")
    void junkNeverCrashesAndIsNotRecognised(String text) {
        Recognition r = recognizer.recognize(text);
        assertEquals(Decision.DONT_KNOW, r.decision(), () -> String.valueOf(r));
        assertTrue(r.abstain());
        assertFalse(r.urgent());
    }

    @Test
    void luceneSyntaxNeverCrashesRecognition() {
        Recognition r = recognizer.recognize("wat moet ik doen met *drugs* AND \"mes\" OR wapen~2 NOT ^ [kluisje]");
        assertTrue(r.knelpunten().size() <= 3);
    }

    @Test
    void nullIsTreatedAsEmpty() {
        assertEquals(Decision.DONT_KNOW, recognizer.recognize(null).decision());
    }

    @Test
    void hundredThousandCharactersOfRealWordsStillAnswerWithinTheCap() {
        String text = "Wie is het aanspreekpunt voor signalen? ".repeat(2_500);
        Recognition r = recognizer.recognize(text);
        assertTrue(r.knelpunten().size() <= 3);
        r.knelpunten().forEach(m -> assertTrue(m.score() >= 0 && m.score() <= 1));
    }
}

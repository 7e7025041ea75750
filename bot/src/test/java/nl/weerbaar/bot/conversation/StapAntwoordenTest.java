package nl.weerbaar.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Optional;
import nl.weerbaar.bot.conversation.StapAntwoorden.Soort;
import org.junit.jupiter.api.Test;

/** The short replies of a question step are data: read from the file, each reply of one kind. */
class StapAntwoordenTest {
    private final StapAntwoorden antwoorden = StapAntwoorden.laad();

    @Test
    void repliesAreComparedWithoutCaseAccentsOrPunctuation() {
        assertEquals(Optional.of(Soort.JA), antwoorden.soort("Oké!"));
        assertEquals(Optional.of(Soort.JA), antwoorden.soort("  Ja, dringend. "));
        assertEquals(Optional.of(Soort.NEE), antwoorden.soort("Klopt niet"));
        assertEquals(Optional.of(Soort.ANNULEER), antwoorden.soort("Ho maar!"));
        assertEquals(Optional.of(Soort.VERDER), antwoorden.soort("Ga verder"));
        assertEquals(Optional.of(Soort.OVERSLAAN), antwoorden.soort("sla over"));
        assertEquals(Optional.of(Soort.AANPASSEN), antwoorden.soort("wijzigen"));
        assertEquals(Optional.empty(), antwoorden.soort("ja, hij had een mes bij zich"));
        assertEquals(Optional.empty(), antwoorden.soort(null));
    }

    @Test
    void aReplyInTwoKindsIsRefusedWithItsLine() {
        String bestand = """
                ja: ja, ok
                nee: nee
                annuleer: stop
                verder: verder
                overslaan: overslaan
                aanpassen: aanpassen, OK
                """;

        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> StapAntwoorden.lees(new BufferedReader(new StringReader(bestand))));

        assertEquals("/conversation/stapantwoorden.txt line 6: 'ok' is both JA and AANPASSEN", e.getMessage());
    }

    @Test
    void aKindWithoutRepliesIsRefused() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> StapAntwoorden.lees(new BufferedReader(new StringReader("ja: ja\nnee: nee\n"))));

        assertEquals("/conversation/stapantwoorden.txt has no replies of kind ANNULEER", e.getMessage());
    }
}

package nl.weerbaar.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.weerbaar.bot.admin.Inzicht.Telling;
import org.junit.jupiter.api.Test;

/** The insight export as CSV: RFC 4180, and no cell a spreadsheet would run as a formula. */
class InzichtCsvTest {
    private static final String KOP = "week,locatie,knelpunt,herkend,bedoel_je,dit_helpt,niet_wat_ik_zoek\r\n";

    @Test
    void countsArePlainRowsUnderTheHeaderWithCrLf() {
        String csv = Inzicht.csv(List.of(
                new Telling("2026-W10", "de-linde", "bereidheid-bespreekbaar", 3, 1, 2, 0),
                new Telling("2026-W10", null, AdminTeksten.WEET_NIET, 4, 0, 0, 1)));

        assertEquals(
                KOP + "2026-W10,de-linde,bereidheid-bespreekbaar,3,1,2,0\r\n" + "2026-W10,,(weet niet),4,0,0,1\r\n",
                csv);
    }

    @Test
    void aCellStartingLikeAFormulaIsNeutralisedAndQuotedOnlyWhereRfc4180NeedsIt() {
        String csv = Inzicht.csv(List.of(
                new Telling("2026-W10", "=HYPERLINK(\"http://x\",\"klik\")", "+1", 1, 0, 0, 0),
                new Telling("2026-W10", "-2", "@SUM(A1)", 1, 0, 0, 0),
                new Telling("2026-W10", "\tverborgen", "\r=1", 1, 0, 0, 0),
                new Telling("2026-W10", "a,b", "gewoon-id", 1, 0, 0, 0)));

        assertEquals(
                KOP
                        + "2026-W10,\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",'+1,1,0,0,0\r\n"
                        + "2026-W10,'-2,'@SUM(A1),1,0,0,0\r\n"
                        + "2026-W10,'\tverborgen,\"'\r=1\",1,0,0,0\r\n"
                        + "2026-W10,\"a,b\",gewoon-id,1,0,0,0\r\n",
                csv);
    }

    @Test
    void onlyTheFirstCharacterDecides() {
        assertEquals("a=b", Inzicht.cel("a=b"));
        assertEquals("", Inzicht.cel(""));
        assertEquals("'=1", Inzicht.cel("=1"));
    }
}

package nl.weerbaar.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lists of signalen.yaml after urgentiewoorden (time, pupil references, shorthand, ...): read
 * into {@link Herkenning}, optional for an older catalogue folder, and checked for mistakes in the
 * phrase syntax.
 */
class SignalenListsTest {
    @TempDir
    Path folder;

    private LoadResult loadWithSignalen(String signalen) throws IOException {
        CatalogFixtures.copyOfBundled(folder);
        Files.writeString(folder.resolve("signalen.yaml"), signalen, StandardCharsets.UTF_8);
        return CatalogLoader.load(folder);
    }

    private static String bundled() {
        return CatalogFixtures.bundledText("signalen.yaml");
    }

    @Test
    void bundledCatalogueFillsEveryList() {
        Herkenning h = CatalogLoader.loadBundled().orElseThrow().herkenning();
        for (List<String> list : List.of(
                h.dwang(),
                h.tijdNu(),
                h.tijdVandaag(),
                h.verleden(),
                h.elders(),
                h.algemeneVraag(),
                h.leerlingwoorden(),
                h.leerlingverwijzing(),
                h.afkortingen())) {
            assertFalse(list.isEmpty());
        }
        assertTrue(h.afkortingen().contains("lln => leerlingen"));
        assertTrue(h.leerlingverwijzing().contains("<leerling> uit <klas>"));
    }

    @Test
    void anOlderCatalogueWithoutTheNewListsStillLoadsWithEmptyLists() throws IOException {
        String text = bundled();
        String older = text.substring(0, text.indexOf("\ndwang:\n") + 1);
        LoadResult result = loadWithSignalen(older);
        assertTrue(result.isValid(), result.problems()::toString);
        Herkenning h = result.orElseThrow().herkenning();
        assertTrue(h.tijdNu().isEmpty()
                && h.leerlingverwijzing().isEmpty()
                && h.afkortingen().isEmpty());
        assertFalse(h.urgentiewoorden().isEmpty());
    }

    @Test
    void anUnknownPlaceholderIsReportedWithItsLine() throws IOException {
        String text = bundled().replace("\n  - <leerling> uit <klas>\n", "\n  - <leerlng> uit <klas>\n");
        LoadResult result = loadWithSignalen(text);
        assertEquals(1, result.problems().size(), result.problems()::toString);
        Problem p = result.problems().get(0);
        assertEquals("signalen.yaml", p.file());
        assertTrue(p.path().startsWith("leerlingverwijzing["), p.path());
        assertTrue(p.message().contains("onbekende plaatshouder '<leerlng>'"), p.message());
        assertTrue(p.line() > 0);
    }

    @Test
    void aGapAtTheEndOfAPhraseIsReported() throws IOException {
        String text = bundled().replace("\n  - moet ... wegbrengen\n", "\n  - moet wegbrengen ...\n");
        LoadResult result = loadWithSignalen(text);
        assertEquals(1, result.problems().size(), result.problems()::toString);
        assertTrue(result.problems().get(0).message().contains("'...' hoort tussen twee woorden"));
    }

    @Test
    void aShorthandRuleWithoutArrowIsReported() throws IOException {
        String text = bundled().replace("\n  - lln => leerlingen\n", "\n  - lln = leerlingen\n");
        LoadResult result = loadWithSignalen(text);
        assertEquals(1, result.problems().size(), result.problems()::toString);
        assertTrue(result.problems().get(0).path().startsWith("afkortingen["));
        assertTrue(result.problems().get(0).message().contains("geen geldige afkorting"));
    }

    @Test
    void aPupilWordMustBeOneWord() throws IOException {
        String text = bundled().replace("\n  - brugklasser\n", "\n  - brugklas leerling\n");
        LoadResult result = loadWithSignalen(text);
        assertEquals(1, result.problems().size(), result.problems()::toString);
        assertTrue(result.problems().get(0).message().contains("één gewoon woord"));
    }

    @Test
    void phraseSyntaxAcceptsTheDocumentedForms() {
        for (String ok : List.of("*mes", "moet ... wegbrengen", "na het <getal> uur", "<leerling> uit <klas>", "112")) {
            assertTrue(PhraseSyntax.problem(ok).isEmpty(), ok);
        }
        for (String bad : List.of("... mes", "mes ...", "a ... ... b", "<naam> uit 2a", "m*s", "<getal>", "*")) {
            assertTrue(PhraseSyntax.problem(bad).isPresent(), bad);
        }
        assertEquals(
                List.of("mn", "m'n"),
                PhraseSyntax.afkorting("mn, m'n => mijn").orElseThrow().kort());
        assertTrue(PhraseSyntax.afkorting("mn m'n => mijn").isEmpty());
        assertTrue(PhraseSyntax.afkorting("mn =>").isEmpty());
    }
}

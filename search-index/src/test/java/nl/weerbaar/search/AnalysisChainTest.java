package nl.weerbaar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.weerbaar.catalog.Herkenning;
import org.junit.jupiter.api.Test;

class AnalysisChainTest {
    private final Herkenning herkenning = Fixtures.bundled().herkenning();
    private final DutchAnalysis analysis = new DutchAnalysis(herkenning, AnalysisOptions.DEFAULT);

    private List<String> query(String text) {
        return DutchAnalysis.terms(analysis.queryAnalyzer(), text);
    }

    @Test
    void accentsAreFoldedSoCreerenEqualsCreeeren() {
        assertEquals(query("creeren"), query("creëren"));
        assertEquals(query("zorgcoordinator"), query("zorgcoördinator"));
    }

    @Test
    void stopListKeepsQuestionWordsAndNegations() {
        List<String> terms = query("niet geen wie hoe veel wat waar");
        assertEquals(7, terms.size(), terms.toString());
        var hard = new DutchAnalysis(
                herkenning, AnalysisOptions.DEFAULT.withStopwoorden(AnalysisOptions.StopList.WEERBAAR));
        assertEquals(
                7,
                DutchAnalysis.terms(hard.queryAnalyzer(), "niet geen wie hoe veel wat waar")
                        .size());
        assertTrue(DutchAnalysis.terms(hard.queryAnalyzer(), "de het een van").isEmpty());
    }

    @Test
    void functionWordsAreKeptAsFeaturesButKnownAsFunctionWords() {
        assertEquals(AnalysisOptions.StopList.NONE, AnalysisOptions.DEFAULT.stopwoorden());
        assertEquals(4, query("de het een van").size());
        for (String w : List.of("de", "het", "een", "van")) {
            assertTrue(DutchAnalysis.isStopwoord(w), w);
        }
        for (String w : List.of("niet", "geen", "wie", "hoe", "veel", "wat", "waar")) {
            assertTrue(!DutchAnalysis.isStopwoord(w), w);
        }
    }

    @Test
    void luceneDefaultStopListWouldDropTheWordsWeKeep() {
        var lucene = new DutchAnalysis(
                herkenning, AnalysisOptions.DEFAULT.withStopwoorden(AnalysisOptions.StopList.LUCENE_DEFAULT));
        assertTrue(DutchAnalysis.terms(lucene.queryAnalyzer(), "niet geen wie hoe veel")
                .isEmpty());
    }

    @Test
    void compoundsAreSplitIntoCatalogueWordParts() {
        assertTrue(herkenning.samenstellingen().contains("jeugd"), "test assumes 'jeugd' is a word part");
        List<String> terms = query("jeugdcriminaliteit");
        assertTrue(terms.size() > 1, terms.toString());
        assertTrue(terms.containsAll(query("jeugd")), terms.toString());
    }

    @Test
    void synonymRulesExpandWordsIncludingMultiWordRules() {
        var withRules = new DutchAnalysis(
                Fixtures.withSynoniemen(
                                Fixtures.bundled(), List.of("steekwapen, mes", "ter sprake brengen, aankaarten"))
                        .herkenning(),
                AnalysisOptions.DEFAULT);
        List<String> mes = DutchAnalysis.terms(withRules.queryAnalyzer(), "mes");
        assertTrue(mes.containsAll(DutchAnalysis.terms(withRules.queryAnalyzer(), "steekwapen")), mes.toString());
        // "ter" is a stop word: the multi-word rule must match before the stop filter removes it.
        List<String> phrase = DutchAnalysis.terms(withRules.queryAnalyzer(), "ter sprake brengen");
        assertTrue(phrase.containsAll(DutchAnalysis.terms(withRules.queryAnalyzer(), "aankaarten")), phrase.toString());
    }

    @Test
    void dutchStemmerConflatesInflections() {
        var stemOnly = new DutchAnalysis(
                herkenning, AnalysisOptions.DEFAULT.withSynoniemen(false).withSamenstellingen(false));
        assertEquals(
                DutchAnalysis.terms(stemOnly.queryAnalyzer(), "gesprekken"),
                DutchAnalysis.terms(stemOnly.queryAnalyzer(), "gesprek"));
        var noStem = new DutchAnalysis(
                herkenning,
                AnalysisOptions.DEFAULT
                        .withSynoniemen(false)
                        .withSamenstellingen(false)
                        .withStemmer(AnalysisOptions.Stemmer.NONE));
        assertFalse(DutchAnalysis.terms(noStem.queryAnalyzer(), "gesprekken")
                .equals(DutchAnalysis.terms(noStem.queryAnalyzer(), "gesprek")));
    }

    @Test
    void analysisVersionIsRecordedInTheIndexAndTheRecognizer() {
        Recognizer r = Recognizer.build(Fixtures.bundled());
        assertEquals(Recognizer.ANALYSIS_VERSION, r.analysisVersion());
        assertEquals(r.analysisVersion(), r.indexedAnalysisVersion());
        assertFalse(r.analysisVersion().isBlank());
    }

    @Test
    void chatLanguageIsMappedToPlainDutchBeforeStemming() {
        var h = Fixtures.bundled().herkenning();
        DutchAnalysis a = new DutchAnalysis(h, AnalysisOptions.DEFAULT);
        List<String> chat = DutchAnalysis.terms(a.queryAnalyzer(), "lln");
        List<String> plain = DutchAnalysis.terms(a.queryAnalyzer(), "leerlingen");
        assertTrue(chat.containsAll(plain), chat + " vs " + plain);
        DutchAnalysis off = new DutchAnalysis(h, AnalysisOptions.DEFAULT.withChattaal(false));
        assertEquals(List.of("lln"), DutchAnalysis.terms(off.queryAnalyzer(), "lln"));
    }

    @Test
    void bigramsPairNeighbouringStemsAndNgramsMarkWordBoundaries() {
        DutchAnalysis a = new DutchAnalysis(Fixtures.bundled().herkenning(), AnalysisOptions.DEFAULT);
        assertEquals(List.of("niet_durv", "durv_meld"), DutchAnalysis.terms(a.bigramAnalyzer(), "niet durven melden"));
        List<String> grams = DutchAnalysis.terms(a.ngramAnalyzer(), "mes");
        assertTrue(grams.containsAll(List.of("_me", "mes", "es_", "_mes", "mes_", "_mes_")), grams.toString());
    }
}

package nl.weerbaar.search;

/**
 * Which steps of the analysis chain and the query are switched on. {@link #DEFAULT} is what
 * production uses; the other combinations exist for the ablation table in RECOGNITION.md.
 *
 * @param folding lower-casing is always on; this adds accent folding (creëren = creeren)
 * @param stemmer which Dutch stemmer runs last in the chain
 * @param stopwoorden which stop list removes function words
 * @param samenstellingen split compounds with the catalogue's word parts
 * @param synoniemen apply the catalogue's synonym rules
 * @param tikfouten expand query words the index does not know to close index words (edit distance)
 */
public record AnalysisOptions(
        boolean folding,
        Stemmer stemmer,
        StopList stopwoorden,
        boolean samenstellingen,
        boolean synoniemen,
        boolean tikfouten) {

    public enum Stemmer {
        NONE,
        /** Snowball's Dutch (Porter-style) stemmer, as in Lucene's DutchAnalyzer. */
        SNOWBALL,
        /** The Kraaij-Pohlmann stemmer (Snowball "kp"). */
        KRAAIJ_POHLMANN
    }

    public enum StopList {
        NONE,
        /** Lucene's Snowball Dutch list: drops niet, geen, wie, hoe, veel, wat. */
        LUCENE_DEFAULT,
        /** Our list (stopwoorden.txt): Lucene's list minus niet, geen, wie, hoe, veel, wat, waar. */
        WEERBAAR,
        /**
         * Our list, but its words are indexed and searched like any other word, down-weighted in
         * the query instead of removed (see {@code Recognizer.STOP_WEIGHT}).
         */
        WEERBAAR_SOFT
    }

    public static final AnalysisOptions DEFAULT =
            new AnalysisOptions(true, Stemmer.SNOWBALL, StopList.WEERBAAR_SOFT, true, true, true);

    public AnalysisOptions withFolding(boolean on) {
        return new AnalysisOptions(on, stemmer, stopwoorden, samenstellingen, synoniemen, tikfouten);
    }

    public AnalysisOptions withStemmer(Stemmer s) {
        return new AnalysisOptions(folding, s, stopwoorden, samenstellingen, synoniemen, tikfouten);
    }

    public AnalysisOptions withStopwoorden(StopList s) {
        return new AnalysisOptions(folding, stemmer, s, samenstellingen, synoniemen, tikfouten);
    }

    public AnalysisOptions withSamenstellingen(boolean on) {
        return new AnalysisOptions(folding, stemmer, stopwoorden, on, synoniemen, tikfouten);
    }

    public AnalysisOptions withSynoniemen(boolean on) {
        return new AnalysisOptions(folding, stemmer, stopwoorden, samenstellingen, on, tikfouten);
    }

    public AnalysisOptions withTikfouten(boolean on) {
        return new AnalysisOptions(folding, stemmer, stopwoorden, samenstellingen, synoniemen, on);
    }
}

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
 * @param chattaal map the catalogue's chat language (shorthand, Flemish, loanwords) to plain Dutch
 * @param bigrammen word bigrams as features
 * @param ngrammen character 3- to 5-grams as features (typos, phone spelling, unseen compounds)
 */
public record AnalysisOptions(
        boolean folding,
        Stemmer stemmer,
        StopList stopwoorden,
        boolean samenstellingen,
        boolean synoniemen,
        boolean chattaal,
        boolean bigrammen,
        boolean ngrammen) {

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
        WEERBAAR
    }

    public static final AnalysisOptions DEFAULT =
            new AnalysisOptions(true, Stemmer.SNOWBALL, StopList.NONE, true, true, true, true, true);

    public AnalysisOptions withFolding(boolean on) {
        return new AnalysisOptions(
                on, stemmer, stopwoorden, samenstellingen, synoniemen, chattaal, bigrammen, ngrammen);
    }

    public AnalysisOptions withStemmer(Stemmer s) {
        return new AnalysisOptions(folding, s, stopwoorden, samenstellingen, synoniemen, chattaal, bigrammen, ngrammen);
    }

    public AnalysisOptions withStopwoorden(StopList s) {
        return new AnalysisOptions(folding, stemmer, s, samenstellingen, synoniemen, chattaal, bigrammen, ngrammen);
    }

    public AnalysisOptions withSamenstellingen(boolean on) {
        return new AnalysisOptions(folding, stemmer, stopwoorden, on, synoniemen, chattaal, bigrammen, ngrammen);
    }

    public AnalysisOptions withSynoniemen(boolean on) {
        return new AnalysisOptions(folding, stemmer, stopwoorden, samenstellingen, on, chattaal, bigrammen, ngrammen);
    }

    public AnalysisOptions withChattaal(boolean on) {
        return new AnalysisOptions(folding, stemmer, stopwoorden, samenstellingen, synoniemen, on, bigrammen, ngrammen);
    }

    public AnalysisOptions withBigrammen(boolean on) {
        return new AnalysisOptions(folding, stemmer, stopwoorden, samenstellingen, synoniemen, chattaal, on, ngrammen);
    }

    public AnalysisOptions withNgrammen(boolean on) {
        return new AnalysisOptions(folding, stemmer, stopwoorden, samenstellingen, synoniemen, chattaal, bigrammen, on);
    }
}

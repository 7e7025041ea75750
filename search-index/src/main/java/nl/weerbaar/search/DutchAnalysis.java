package nl.weerbaar.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.weerbaar.catalog.Herkenning;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.KpStemmer;

/**
 * The analysis chain for Dutch teacher language, built from the catalogue's recognition data.
 *
 * <p>Order: StandardTokenizer, lower-casing, removal of the possessive/plural apostrophe
 * (collega's = collega), accent folding, synonyms (SynonymGraphFilter, multi-word rules before any
 * stop filter; flattened at index time), stop words, compound splitting
 * (DictionaryCompoundWordTokenFilter with the catalogue's word parts), Dutch stemming, duplicate
 * removal. Which steps run is set by {@link AnalysisOptions}; the choices are justified by the
 * ablation numbers in RECOGNITION.md. Changing anything here means bumping {@link
 * #ANALYSIS_VERSION}.
 */
final class DutchAnalysis {

    /** Pinned version of the chain; recorded in the index's commit data and in the recogniser. */
    static final String ANALYSIS_VERSION = "weerbaar-nl-3";

    private static final Pattern APOSTROPHE = Pattern.compile("['’`]s?$");
    private static final Pattern WHOLE_WORD = Pattern.compile("^.+$");
    private static final int MIN_COMPOUND = 6;
    private static final int MIN_PART = 3;
    private static final int MAX_PART = 20;

    private final AnalysisOptions options;
    private final CharArraySet stopwoorden;
    private final CharArraySet delen;
    private final SynonymMap synoniemen;
    private final SynonymMap chattaal;

    DutchAnalysis(Herkenning herkenning, AnalysisOptions options) {
        this.options = options;
        this.stopwoorden = stopSet(options.stopwoorden());
        this.delen = compoundParts(herkenning.samenstellingen(), options.folding());
        List<String> chatRules = options.chattaal() ? herkenning.chattaal() : List.of();
        this.synoniemen = options.synoniemen() && !herkenning.synoniemen().isEmpty()
                ? synonymMap(herkenning.synoniemen(), options.folding(), "Synoniemenregel")
                : null;
        this.chattaal = chatRules.isEmpty() ? null : synonymMap(chatRules, options.folding(), "Chattaalregel");
    }

    AnalysisOptions options() {
        return options;
    }

    /** The analyser for documents: synonym graphs are flattened so they can be indexed. */
    Analyzer indexAnalyzer() {
        return new Chain(true);
    }

    /** The analyser for the teacher's text. */
    Analyzer queryAnalyzer() {
        return new Chain(false);
    }

    /**
     * Word bigrams: the surface words with chat language mapped to plain Dutch, stemmed, as pairs
     * of neighbours ("niet_durv"); a pair carries what two words mean together.
     */
    Analyzer bigramAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                source.setMaxTokenLength(60);
                TokenStream ts = mapped(surface(source, options.folding()));
                ts = stem(ts);
                ShingleFilter shingles = new ShingleFilter(ts, 2, 2);
                shingles.setOutputUnigrams(false);
                shingles.setTokenSeparator("_");
                shingles.setFillerToken("");
                return new TokenStreamComponents(source, shingles);
            }
        };
    }

    /**
     * Character 3- to 5-grams of each word with its boundaries marked ("_mes_" gives "_me", "mes",
     * "es_", ...): phone typing, typos and unseen compounds still share most of their n-grams with
     * the words of the catalogue.
     */
    Analyzer ngramAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                source.setMaxTokenLength(30);
                TokenStream ts = mapped(surface(source, options.folding()));
                ts = new PatternReplaceFilter(ts, WHOLE_WORD, "_$0_", false);
                ts = new NGramTokenFilter(ts, 3, 5, false);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    private TokenStream mapped(TokenStream ts) {
        if (chattaal == null) {
            return ts;
        }
        return new FlattenGraphFilter(new SynonymGraphFilter(ts, chattaal, true));
    }

    private TokenStream stem(TokenStream ts) {
        return switch (options.stemmer()) {
            case SNOWBALL -> new SnowballFilter(ts, new DutchStemmer());
            case KRAAIJ_POHLMANN -> new SnowballFilter(ts, new KpStemmer());
            case NONE -> ts;
        };
    }

    /**
     * A light analyser for the signal and urgency vocabulary: lower-casing, apostrophe removal,
     * accent folding and stemming, nothing removed, so that phrases match token by token.
     */
    static Analyzer flagAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = surface(source, true);
                ts = new SnowballFilter(ts, new DutchStemmer());
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /**
     * The flag analyser, but every token comes twice, first as written (lower-cased, folded, not
     * stemmed), then stemmed (KeywordRepeatFilter): so a phrase can also ask for an exact form.
     */
    static Analyzer flagAnalyzerKeepingSurface() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = surface(source, true);
                ts = new KeywordRepeatFilter(ts);
                ts = new SnowballFilter(ts, new DutchStemmer());
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /** The analysed terms of a text, in order (position structure ignored). */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("tekst", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException("analysing a string cannot fail", e);
        }
        return out;
    }

    private static TokenStream surface(Tokenizer source, boolean folding) {
        TokenStream ts = new LowerCaseFilter(source);
        ts = new PatternReplaceFilter(ts, APOSTROPHE, "", false);
        if (folding) {
            ts = new ASCIIFoldingFilter(ts);
        }
        return ts;
    }

    private final class Chain extends Analyzer {
        private final boolean index;

        Chain(boolean index) {
            this.index = index;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            source.setMaxTokenLength(60);
            // Chat language first, flattened, so that its plain Dutch meets the synonym rules too.
            TokenStream ts = mapped(surface(source, options.folding()));
            if (synoniemen != null) {
                ts = new SynonymGraphFilter(ts, synoniemen, true);
                if (index) {
                    ts = new FlattenGraphFilter(ts);
                }
            }
            if (stopwoorden != null) {
                ts = new StopFilter(ts, stopwoorden);
            }
            if (options.samenstellingen() && !delen.isEmpty()) {
                ts = new DictionaryCompoundWordTokenFilter(ts, delen, MIN_COMPOUND, MIN_PART, MAX_PART, false);
            }
            ts = stem(ts);
            ts = new RemoveDuplicatesTokenFilter(ts);
            return new TokenStreamComponents(source, ts);
        }
    }

    /** Whether a lower-cased, accent-folded word is on our stop list. */
    static boolean isStopwoord(String word) {
        return WeerbaarStopwoorden.SET.contains(word);
    }

    /**
     * Whether a lower-cased, accent-folded word is a function word: on our stop list or on Lucene's
     * Dutch one (which also has niet, geen, wie, hoe, wat, waar, veel). Such words may carry weight in
     * the model but never explain an answer ("herkend op").
     */
    static boolean isFunctionWord(String word) {
        return isStopwoord(word) || DutchAnalyzer.getDefaultStopSet().contains(word);
    }

    private static CharArraySet stopSet(AnalysisOptions.StopList list) {
        return switch (list) {
            case NONE -> null;
            case LUCENE_DEFAULT -> DutchAnalyzer.getDefaultStopSet();
            case WEERBAAR -> WeerbaarStopwoorden.SET;
        };
    }

    private static CharArraySet compoundParts(List<String> parts, boolean folding) {
        CharArraySet set = new CharArraySet(parts.size(), false);
        for (String part : parts) {
            String p = part.toLowerCase(Locale.ROOT).strip();
            set.add(folding ? fold(p) : p);
        }
        return CharArraySet.unmodifiableSet(set);
    }

    static String fold(String s) {
        char[] out = new char[s.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(s.toCharArray(), 0, out, 0, s.length());
        return new String(out, 0, n);
    }

    private static SynonymMap synonymMap(List<String> rules, boolean folding, String kind) {
        Analyzer ruleAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, surface(source, folding));
            }
        };
        try (ruleAnalyzer) { // only needed while the rules are parsed
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
            int line = 0;
            for (String rule : rules) {
                line++;
                try {
                    parser.parse(new StringReader(rule + "\n"));
                } catch (ParseException | IOException | IllegalArgumentException e) {
                    throw new IndexBuildException(
                            kind + " " + line + " ('" + rule + "') wordt door de synoniemenparser geweigerd: "
                                    + rootMessage(e),
                            e);
                }
            }
            try {
                return parser.build();
            } catch (IOException e) {
                throw new IndexBuildException(kind + "s konden niet worden opgebouwd: " + e.getMessage(), e);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The stop list resource, loaded once; immutable. */
    private static final class WeerbaarStopwoorden {
        static final CharArraySet SET = load();

        private static CharArraySet load() {
            try (InputStream in = DutchAnalysis.class.getResourceAsStream("stopwoorden.txt")) {
                if (in == null) {
                    throw new IllegalStateException("stopwoorden.txt is missing from the jar");
                }
                // one word per line, lines starting with # are comments: Lucene's own word-list format
                return CharArraySet.unmodifiableSet(WordlistLoader.getWordSet(
                        new InputStreamReader(in, StandardCharsets.UTF_8), "#", new CharArraySet(128, false)));
            } catch (IOException e) {
                throw new IllegalStateException("stopwoorden.txt cannot be read", e);
            }
        }
    }
}

package nl.weerbaar.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.catalog.Herkenning;
import nl.weerbaar.catalog.PhraseSyntax;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How the signal detector reads a text and its phrases: the light flag analysis ({@link
 * DutchAnalysis#flagAnalyzerKeepingSurface()}: lower-case, apostrophe, accent folding, Dutch stem,
 * and the unstemmed form kept next to it), then the catalogue's shorthand rules (afkortingen: "lln
 * => leerlingen", "mn => mijn"), so that phrases can be written in full words. Also knows the pupil
 * words (leerlingwoorden) behind the placeholder {@code <leerling>}. Immutable and thread-safe.
 */
final class FlagText {
    /** The analysed text: per token its stem, its unstemmed form and the number of its sentence. */
    record Tokens(List<String> stems, List<String> forms, List<Integer> sentences) {

        int size() {
            return stems.size();
        }

        boolean isEmpty() {
            return stems.isEmpty();
        }
    }

    private record Expansion(List<String> stems, List<String> forms) {}

    /** Where a sentence ends; a token after one of these (outside a word such as 2.14) starts a new one. */
    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';' || c == '\n';
    }

    private final Analyzer analyzer = DutchAnalysis.flagAnalyzerKeepingSurface();
    private final Map<String, Expansion> shorthand = new HashMap<>();
    private final Set<String> pupilWords = new HashSet<>();

    FlagText(Herkenning herkenning) {
        for (String rule : herkenning.afkortingen()) {
            PhraseSyntax.afkorting(rule).ifPresent(a -> {
                Tokens full = analyse(a.voluit());
                for (String kort : a.kort()) {
                    Tokens shortTokens = analyse(kort);
                    if (shortTokens.size() == 1 && !full.isEmpty()) {
                        shorthand.putIfAbsent(
                                shortTokens.forms().get(0),
                                new Expansion(List.copyOf(full.stems()), List.copyOf(full.forms())));
                    }
                }
            });
        }
        for (String word : herkenning.leerlingwoorden()) {
            pupilWords.addAll(tokens(word).stems());
        }
    }

    /** The analysed tokens of a text, shorthand written out. */
    Tokens tokens(String text) {
        Tokens analysed = analyse(text);
        if (shorthand.isEmpty()) {
            return analysed;
        }
        List<String> stems = new ArrayList<>(analysed.size() + 8);
        List<String> forms = new ArrayList<>(analysed.size() + 8);
        List<Integer> sentences = new ArrayList<>(analysed.size() + 8);
        for (int i = 0; i < analysed.size(); i++) {
            Expansion full = shorthand.get(analysed.forms().get(i));
            if (full == null) {
                stems.add(analysed.stems().get(i));
                forms.add(analysed.forms().get(i));
                sentences.add(analysed.sentences().get(i));
            } else {
                stems.addAll(full.stems());
                forms.addAll(full.forms());
                for (int k = 0; k < full.stems().size(); k++) {
                    sentences.add(analysed.sentences().get(i));
                }
            }
        }
        return new Tokens(stems, forms, sentences);
    }

    /**
     * Pairs of terms from the KeywordRepeatFilter (the unstemmed form, then the stem), and the
     * sentence of each: a sentence ends at . ! ? ; or a line break between two tokens.
     */
    private Tokens analyse(String text) {
        List<String> stems = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        int sentence = 0;
        int lastEnd = 0;
        try (TokenStream ts = analyzer.tokenStream("tekst", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            boolean form = true;
            while (ts.incrementToken()) {
                if (form) {
                    int start = Math.min(Math.max(offset.startOffset(), lastEnd), text.length());
                    for (int c = lastEnd; c < start; c++) {
                        if (endsSentence(text.charAt(c))) {
                            sentence++;
                            break;
                        }
                    }
                    lastEnd = Math.max(lastEnd, Math.min(offset.endOffset(), text.length()));
                    forms.add(term.toString());
                    sentences.add(sentence);
                } else {
                    stems.add(term.toString());
                }
                form = !form;
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException("analysing a string cannot fail", e);
        }
        if (stems.size() < forms.size()) {
            forms.remove(forms.size() - 1);
            sentences.remove(sentences.size() - 1);
        }
        return new Tokens(stems, forms, sentences);
    }

    boolean isPupilWord(String stem) {
        return pupilWords.contains(stem);
    }

    boolean mentionsPupil(Tokens tokens) {
        for (String t : tokens.stems()) {
            if (pupilWords.contains(t)) {
                return true;
            }
        }
        return false;
    }
}

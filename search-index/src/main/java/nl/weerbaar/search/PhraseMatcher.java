package nl.weerbaar.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.catalog.PhraseSyntax;

/**
 * Finds which of a list of phrases occur in a text, token by token after the same light analysis
 * (lower-case, accent folding, stemming, shorthand expansion; see {@link FlagText}), so "dreigde met
 * een mes" also matches "Dreigde met een mes!". A phrase may use the pattern language of {@link
 * PhraseSyntax}: {@code ...} (a gap of up to {@value PhraseSyntax#MAX_GAP} words), {@code <getal>},
 * {@code <klas>}, {@code <leerling>}, {@code *word} (the word or a compound ending in it) and
 * {@code =word} (exactly this form, not stemmed: "=help" is not "helpen").
 * Lenient: a phrase the loader would reject is read as well as it can be. Immutable.
 */
final class PhraseMatcher {
    /** An occurrence: the phrase as written in the catalogue and the token span [start, end). */
    record Hit(String phrase, int start, int end) {
        boolean overlaps(Hit other) {
            return start < other.end && other.start < end;
        }
    }

    private enum Kind {
        WORD,
        EXACT,
        TAIL,
        GETAL,
        KLAS,
        LEERLING,
        GAP
    }

    private record Step(Kind kind, String text) {}

    private record Phrase(String text, List<Step> steps) {}

    /** The shortest prefix in front of a compound's last part: "dames" is no compound of "mes". */
    private static final int MIN_PREFIX = 3;

    private final FlagText flagText;
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Map<String, List<Phrase>> byFirstExact = new HashMap<>();
    private final Map<String, List<Phrase>> byFirstTail = new HashMap<>();
    private final Map<Kind, List<Phrase>> byFirstPlaceholder = new HashMap<>();
    private final List<Phrase> firstGetal;
    private final List<Phrase> firstKlas;
    private final List<Phrase> firstLeerling;
    /** The distinct lengths of the first-step tails, so a token is cut only where a tail can start. */
    private final int[] tailLengths;

    PhraseMatcher(FlagText flagText, List<String> phrases) {
        this.flagText = flagText;
        for (String phrase : phrases) {
            List<Step> steps = compile(phrase);
            if (steps.isEmpty()) {
                continue;
            }
            Phrase p = new Phrase(phrase, steps);
            Step first = steps.get(0);
            switch (first.kind()) {
                case WORD ->
                    byFirstWord
                            .computeIfAbsent(first.text(), k -> new ArrayList<>())
                            .add(p);
                case EXACT ->
                    byFirstExact
                            .computeIfAbsent(first.text(), k -> new ArrayList<>())
                            .add(p);
                case TAIL ->
                    byFirstTail
                            .computeIfAbsent(first.text(), k -> new ArrayList<>())
                            .add(p);
                default ->
                    byFirstPlaceholder
                            .computeIfAbsent(first.kind(), k -> new ArrayList<>())
                            .add(p);
            }
        }
        this.firstGetal = byFirstPlaceholder.get(Kind.GETAL);
        this.firstKlas = byFirstPlaceholder.get(Kind.KLAS);
        this.firstLeerling = byFirstPlaceholder.get(Kind.LEERLING);
        this.tailLengths = byFirstTail.keySet().stream()
                .mapToInt(String::length)
                .distinct()
                .sorted()
                .toArray();
    }

    private List<Step> compile(String phrase) {
        List<Step> steps = new ArrayList<>();
        for (String word : PhraseSyntax.words(phrase == null ? "" : phrase)) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.equals(PhraseSyntax.GAP)) {
                if (!steps.isEmpty() && steps.get(steps.size() - 1).kind() != Kind.GAP) {
                    steps.add(new Step(Kind.GAP, ""));
                }
            } else if (lower.equals(PhraseSyntax.GETAL)) {
                steps.add(new Step(Kind.GETAL, ""));
            } else if (lower.equals(PhraseSyntax.KLAS)) {
                steps.add(new Step(Kind.KLAS, ""));
            } else if (lower.equals(PhraseSyntax.LEERLING)) {
                steps.add(new Step(Kind.LEERLING, ""));
            } else if (word.length() > 1 && word.charAt(0) == PhraseSyntax.COMPOUND) {
                List<String> tokens = flagText.tokens(word.substring(1)).stems();
                for (int i = 0; i < tokens.size(); i++) {
                    steps.add(new Step(i == tokens.size() - 1 ? Kind.TAIL : Kind.WORD, tokens.get(i)));
                }
            } else if (word.length() > 1 && word.charAt(0) == PhraseSyntax.EXACT) {
                for (String form : flagText.tokens(word.substring(1)).forms()) {
                    steps.add(new Step(Kind.EXACT, form));
                }
            } else {
                for (String token : flagText.tokens(word).stems()) {
                    steps.add(new Step(Kind.WORD, token));
                }
            }
        }
        while (!steps.isEmpty() && steps.get(steps.size() - 1).kind() == Kind.GAP) {
            steps.remove(steps.size() - 1);
        }
        return steps;
    }

    /** Every occurrence of every phrase in the analysed text, at most one per phrase and start. */
    List<Hit> find(FlagText.Tokens tokens) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.stems().get(i);
            tryAll(byFirstWord.get(token), tokens, i, hits);
            if (!byFirstExact.isEmpty()) {
                tryAll(byFirstExact.get(tokens.forms().get(i)), tokens, i, hits);
            }
            for (int length : tailLengths) {
                int prefix = token.length() - length;
                if (prefix == 0 || prefix >= MIN_PREFIX) {
                    tryAll(byFirstTail.get(prefix == 0 ? token : token.substring(prefix)), tokens, i, hits);
                } else if (prefix < 0) {
                    break;
                }
            }
            if (firstGetal != null && isNumber(token)) {
                tryAll(firstGetal, tokens, i, hits);
            }
            if (firstKlas != null && isClassCode(token)) {
                tryAll(firstKlas, tokens, i, hits);
            }
            if (firstLeerling != null && flagText.isPupilWord(token)) {
                tryAll(firstLeerling, tokens, i, hits);
            }
        }
        return hits;
    }

    /** The phrases (as written in the catalogue) that occur in the analysed text. */
    static Set<String> phrases(List<Hit> hits) {
        Set<String> found = new LinkedHashSet<>();
        hits.forEach(h -> found.add(h.phrase()));
        return found;
    }

    private void tryAll(List<Phrase> candidates, FlagText.Tokens tokens, int start, List<Hit> hits) {
        if (candidates == null) {
            return;
        }
        for (Phrase p : candidates) {
            int end = match(p.steps(), 1, tokens, start + 1);
            if (end >= 0) {
                hits.add(new Hit(p.text(), start, end));
            }
        }
    }

    /** The end of a match of steps[s..] starting at token pos, or -1. The first step is already matched. */
    private int match(List<Step> steps, int s, FlagText.Tokens tokens, int pos) {
        if (s == steps.size()) {
            return pos;
        }
        Step step = steps.get(s);
        if (step.kind() == Kind.GAP) {
            for (int gap = 0; gap <= PhraseSyntax.MAX_GAP && pos + gap <= tokens.size(); gap++) {
                int end = match(steps, s + 1, tokens, pos + gap);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (pos < tokens.size()
                && (step.kind() == Kind.EXACT
                        ? tokens.forms().get(pos).equals(step.text())
                        : accepts(step.kind(), step.text(), tokens.stems().get(pos)))) {
            return match(steps, s + 1, tokens, pos + 1);
        }
        return -1;
    }

    private boolean accepts(Kind kind, String text, String token) {
        return switch (kind) {
            case WORD, EXACT -> token.equals(text);
            case TAIL -> token.equals(text) || (token.endsWith(text) && token.length() - text.length() >= MIN_PREFIX);
            case GETAL -> isNumber(token);
            case KLAS -> isClassCode(token);
            case LEERLING -> flagText.isPupilWord(token);
            case GAP -> true;
        };
    }

    /** 12, 8e, 3de, 1ste. */
    static boolean isNumber(String token) {
        int digits = 0;
        while (digits < token.length() && Character.isDigit(token.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 4) {
            return false;
        }
        String rest = token.substring(digits);
        return rest.isEmpty() || rest.equals("e") || rest.equals("de") || rest.equals("ste");
    }

    /** 2a, 1d, 3hv: one or two digits and one to three letters (not an ordinal such as 8e). */
    static boolean isClassCode(String token) {
        int digits = 0;
        while (digits < token.length() && Character.isDigit(token.charAt(digits))) {
            digits++;
        }
        int letters = token.length() - digits;
        if (digits == 0 || digits > 2 || letters < 1 || letters > 3 || isNumber(token)) {
            return false;
        }
        for (int i = digits; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}

package nl.weerbaar.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The small pattern language of the phrase lists in signalen.yaml, shared by the loader (which
 * reports mistakes) and the signal detector (which matches). A phrase is a sequence of words,
 * separated by spaces. Besides ordinary words a phrase may contain:
 *
 * <ul>
 *   <li>{@code ...}: zero to {@value #MAX_GAP} arbitrary words ("moet ... wegbrengen");
 *   <li>{@code <getal>}: a number, also an ordinal such as 8e or 3de ("na het <getal> uur");
 *   <li>{@code <klas>}: a class code such as 2a, 1d or 3hv;
 *   <li>{@code <leerling>}: one of the words in the list leerlingwoorden;
 *   <li>a word starting with {@code *}: the word on its own or as the last part of a compound
 *       ("*mes" also matches keukenmes and vlindermes);
 *   <li>a word starting with {@code =}: exactly this form, not also other forms with the same stem
 *       ("=help" does not match helpen, "=bom" not bomen).
 * </ul>
 *
 * Shorthand rules (afkortingen) have the form {@code "lln => leerlingen"} or {@code "mn, m'n =>
 * mijn"}: each short form is one word.
 */
public final class PhraseSyntax {
    public static final String GAP = "...";
    public static final int MAX_GAP = 4;
    public static final String GETAL = "<getal>";
    public static final String KLAS = "<klas>";
    public static final String LEERLING = "<leerling>";
    public static final char COMPOUND = '*';
    public static final char EXACT = '=';
    public static final Set<String> PLACEHOLDERS = Set.of(GETAL, KLAS, LEERLING);

    /** One shorthand rule: every short form stands for the full text. */
    public record Afkorting(List<String> kort, String voluit) {
        public Afkorting {
            kort = List.copyOf(kort);
        }
    }

    private PhraseSyntax() {}

    /** The words of a phrase, split on white space. */
    public static List<String> words(String phrase) {
        String s = phrase.strip();
        return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
    }

    /** What is wrong with a phrase, in Dutch for the admin, or empty when it is fine. */
    public static Optional<String> problem(String phrase) {
        List<String> words = words(phrase);
        if (words.isEmpty()) {
            return Optional.of("Dit zinsdeel is leeg.");
        }
        if (words.get(0).equals(GAP) || words.get(words.size() - 1).equals(GAP)) {
            return Optional.of("'" + phrase + "': '...' hoort tussen twee woorden, niet aan het begin of eind.");
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals(GAP) && i > 0 && words.get(i - 1).equals(GAP)) {
                return Optional.of("'" + phrase + "': twee keer '...' achter elkaar.");
            }
            if (w.startsWith("<") || w.endsWith(">")) {
                if (!PLACEHOLDERS.contains(w.toLowerCase(Locale.ROOT))) {
                    return Optional.of("'" + phrase + "': onbekende plaatshouder '" + w
                            + "'. Gebruik <getal>, <klas> of <leerling>.");
                }
            }
            if (w.indexOf(COMPOUND) > 0 || (w.charAt(0) == COMPOUND && w.length() < 3)) {
                return Optional.of("'" + phrase + "': een * staat alleen vooraan een woord van minstens twee"
                        + " letters, zoals *mes.");
            }
            if (w.indexOf(EXACT) > 0 || (w.charAt(0) == EXACT && (w.length() < 2 || w.charAt(1) == COMPOUND))) {
                return Optional.of("'" + phrase + "': een = staat alleen vooraan een gewoon woord, zoals =help.");
            }
        }
        if (words.stream().allMatch(w -> w.equals(GAP) || PLACEHOLDERS.contains(w.toLowerCase(Locale.ROOT)))) {
            return Optional.of("'" + phrase + "': een zinsdeel heeft minstens één gewoon woord nodig.");
        }
        return Optional.empty();
    }

    /** A shorthand rule, or empty when it does not have the form "kort => voluit". */
    public static Optional<Afkorting> afkorting(String rule) {
        String[] sides = rule.split("=>", -1);
        if (sides.length != 2 || sides[1].isBlank()) {
            return Optional.empty();
        }
        List<String> kort = new ArrayList<>();
        for (String k : sides[0].split(",", -1)) {
            String w = k.strip();
            if (w.isEmpty() || w.contains(" ")) {
                return Optional.empty();
            }
            kort.add(w);
        }
        return Optional.of(new Afkorting(kort, sides[1].strip()));
    }
}

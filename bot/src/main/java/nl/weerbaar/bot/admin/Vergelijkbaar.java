package nl.weerbaar.bot.admin;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * When two unanswered questions are "the same question": equal once case, accents, punctuation
 * and spacing are ignored ("Ja!" and "ja"); the same words but for a typo in a longer word
 * ("Goedemorgen" and "goedemorgn"); or sharing at least {@value #MIN_OVEREENKOMST} of their words
 * (Jaccard: shared words / all words), so a longer question asked again with one word more or less
 * counts as the same. Numbers and short words must match exactly: "vraag 1" is not "vraag 2",
 * "ja" is not "jo".
 */
final class Vergelijkbaar {
    static final double MIN_OVEREENKOMST = 0.8;
    /** Shorter words are compared exactly: in "hoi" and "hai" one letter is the whole word. */
    private static final int MIN_WOORD_VOOR_TYPFOUT = 5;

    private Vergelijkbaar() {}

    /** Lower case, no accents, every run of non-letters and non-digits one space, trimmed. */
    static String normaal(String tekst) {
        return Normalizer.normalize(tekst, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** A text read once for comparing: its normal form, its words in order and as a set. */
    record Vorm(String normaal, List<String> woorden, Set<String> set) {
        static Vorm van(String tekst) {
            String n = Vergelijkbaar.normaal(tekst);
            List<String> woorden = n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
            return new Vorm(n, woorden, new HashSet<>(woorden));
        }
    }

    static boolean lijkt(String a, String b) {
        return lijkt(Vorm.van(a), Vorm.van(b));
    }

    static boolean lijkt(Vorm a, Vorm b) {
        if (a.normaal().equals(b.normaal())) {
            return true;
        }
        if (a.set().isEmpty() || b.set().isEmpty()) {
            return false;
        }
        int klein = Math.min(a.set().size(), b.set().size());
        int groot = Math.max(a.set().size(), b.set().size());
        if (klein < MIN_OVEREENKOMST * groot
                && a.woorden().size() != b.woorden().size()) {
            return false; // too few words in common for either rule, whatever the words
        }
        return opEenTypfoutNa(a.woorden(), b.woorden()) || overeenkomst(a.set(), b.set()) >= MIN_OVEREENKOMST;
    }

    private static boolean opEenTypfoutNa(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (!x.equals(y)
                    && (Math.min(x.length(), y.length()) < MIN_WOORD_VOOR_TYPFOUT
                            || x.chars().anyMatch(Character::isDigit)
                            || y.chars().anyMatch(Character::isDigit)
                            || afstand(x, y) > 1)) {
                return false;
            }
        }
        return true;
    }

    private static double overeenkomst(Set<String> a, Set<String> b) {
        Set<String> klein = a.size() <= b.size() ? a : b;
        Set<String> groot = klein == a ? b : a;
        int samen = 0;
        for (String woord : klein) {
            if (groot.contains(woord)) {
                samen++;
            }
        }
        return (double) samen / (a.size() + b.size() - samen);
    }

    /** Levenshtein distance (insert, delete, replace one character). */
    static int afstand(String a, String b) {
        int[] vorige = new int[b.length() + 1];
        int[] huidige = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            vorige[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            huidige[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int kosten = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                huidige[j] = Math.min(Math.min(huidige[j - 1] + 1, vorige[j] + 1), vorige[j - 1] + kosten);
            }
            int[] wissel = vorige;
            vorige = huidige;
            huidige = wissel;
        }
        return vorige[b.length()];
    }

    /**
     * Groups items in their order: each joins the first group whose first item it resembles, or
     * starts a new one. Comparing with the first item only keeps a group from drifting ("a b c d e"
     * → "a b c d f" → "a b c f g"…).
     */
    static <T> List<List<T>> groepeer(List<T> items, Function<T, String> tekst) {
        List<List<T>> groepen = new ArrayList<>();
        List<Vorm> eersten = new ArrayList<>();
        for (T item : items) {
            Vorm vorm = Vorm.van(tekst.apply(item));
            int thuis = -1;
            for (int i = 0; i < eersten.size() && thuis < 0; i++) {
                if (lijkt(eersten.get(i), vorm)) {
                    thuis = i;
                }
            }
            if (thuis < 0) {
                groepen.add(new ArrayList<>());
                eersten.add(vorm);
                thuis = groepen.size() - 1;
            }
            groepen.get(thuis).add(item);
        }
        return groepen;
    }
}

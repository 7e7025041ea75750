package nl.weerbaar.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a message into sentences and clauses: at . ! ? followed by white space, at ; and line
 * breaks, and before a contrast word ("maar"). A teacher's long story is judged by the part that
 * carries the knelpunt, not drowned by the parts around it (RECOGNITION.md, "Long messages").
 *
 * <p>Some parts are background: the clause before a contrast word in the same sentence, and a
 * sentence that says what is not the point ("Het probleem is niet dat …"). The words come from
 * {@code nadruk.txt}, a Dutch grammar resource of this module. Parts without a letter are dropped.
 * Immutable and thread-safe.
 */
final class Sentences {
    /** A part of the message as character offsets; {@code background} when it is not the point. */
    record Span(int start, int end, boolean background) {
        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    static final int MAX_SPANS = 40;
    static final Sentences DUTCH = load("nadruk.txt");

    private final Pattern contrast;
    private final Pattern denial;

    private Sentences(List<String> contrast, List<String> denial) {
        this.contrast = words(contrast);
        this.denial = words(denial);
    }

    List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n && out.size() < MAX_SPANS; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || c == '\r'
                    || c == ';'
                    || ((c == '.' || c == '!' || c == '?')
                            && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))));
            if (end) {
                sentence(text, start, i + 1, out);
                start = i + 1;
            }
        }
        if (out.size() < MAX_SPANS) {
            sentence(text, start, n, out);
        }
        return out;
    }

    private void sentence(String text, int start, int end, List<Span> out) {
        if (!hasLetter(text, start, end)) {
            return;
        }
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        boolean denied = denial.matcher(lower).find();
        Matcher m = contrast.matcher(lower);
        int from = start;
        while (m.find()) {
            int at = start + m.start();
            if (hasLetter(text, from, at)) {
                out.add(new Span(from, at, true));
                from = at;
            }
        }
        out.add(new Span(from, end, denied && from == start));
    }

    private static boolean hasLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Pattern words(List<String> phrases) {
        if (phrases.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        // A phrase that starts with a word must start at a word boundary (", maar" starts with a comma).
        List<String> quoted = phrases.stream()
                .map(p -> (Character.isLetterOrDigit(p.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "") + Pattern.quote(p))
                .toList();
        return Pattern.compile("(?:" + String.join("|", quoted) + ")(?![\\p{L}\\p{N}])");
    }

    private static Sentences load(String resource) {
        try (InputStream in = Sentences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            List<String> contrast = new ArrayList<>();
            List<String> denial = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int hash = line.indexOf('#');
                String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
                int colon = entry.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String words = entry.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
                switch (entry.substring(0, colon).strip()) {
                    case "tegenstelling" -> contrast.add(words);
                    case "ontkenning" -> denial.add(words);
                    default -> throw new IllegalStateException(resource + ": unknown kind in '" + entry + "'");
                }
            }
            return new Sentences(contrast, denial);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }
}

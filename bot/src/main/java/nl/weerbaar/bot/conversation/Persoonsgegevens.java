package nl.weerbaar.bot.conversation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Directory;
import nl.weerbaar.catalog.Persoon;

/**
 * Strips what looks like personal data from a question before it is kept for admins (see
 * docs/ADMIN.md, "Unanswered questions"): e-mail addresses ({@value #EMAIL}), phone numbers
 * ({@value #TELEFOON}), classes ({@value #KLAS}: "3b", "2 havo", "havo 3", "h4", "klas 4", "groep
 * 7", "3e klas") and names ({@value #NAAM}: initials such as "J.B.", the first names of the people
 * in the directory in any case, a capitalised word not at the start of a sentence, and the word
 * before "uit [klas]"). Deliberately eager: a capitalised app or place name becomes {@value #NAAM}
 * too. A name typed in lower case at the start of a sentence that the directory does not know is
 * not recognised.
 *
 * @param voornamen first names to strip in any case (lower case)
 * @param geenNaam lower-case words that are not a name even before "uit [klas]" (pupil words such as
 *     "leerling", "jongen")
 */
record Persoonsgegevens(Set<String> voornamen, Set<String> geenNaam) {
    static final String NAAM = "[naam]";
    static final String KLAS = "[klas]";
    static final String TELEFOON = "[telefoon]";
    static final String EMAIL = "[e-mail]";

    private static final Pattern E_MAIL =
            Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Nine or more digits, single spaces, dots, dashes or brackets between them, maybe a + first. */
    private static final Pattern NUMMER = Pattern.compile("(?<![\\w+])\\+?\\d(?:[ .()\\-]{0,2}\\d){8,14}(?!\\w)");

    private static final String NIVEAU =
            "(?:havo|vwo|vmbo(?:-?(?:tl|gl|kb|bb|t))?|mavo|atheneum|gymnasium|gym" + "|tl|gl|kb|bb|kgt|mhv|hv|bk)";
    private static final Pattern[] KLASSEN = {
        Pattern.compile("(?i)\\b(?:klas|groep|leerjaar)\\s+\\d{1,2}[a-z]{0,3}\\b(?:\\s*-?\\s*" + NIVEAU + "\\b)?"),
        Pattern.compile("(?i)\\b\\d{1,2}(?:e|de|ste)\\s+klas\\b"),
        Pattern.compile("(?i)\\b\\d{1,2}\\s*-?\\s*" + NIVEAU + "\\b"),
        Pattern.compile("(?i)\\b" + NIVEAU + "\\s*-?\\s*\\d{1,2}\\b"),
        Pattern.compile("(?i)\\b[hvm]\\d\\b"),
    };
    /** 2a, 1d, 3hv: one or two digits and one to three letters; not 8e, 3de, 2x, 10km, 5u. */
    private static final Pattern KLASCODE = Pattern.compile("(?i)\\b\\d{1,2}([a-z]{1,3})\\b");

    private static final Set<String> GEEN_KLASCODE =
            Set.of("e", "de", "ste", "x", "u", "uur", "m", "km", "cm", "mm", "kg", "min", "j", "jr", "mb", "gb", "h");

    /**
     * Two or more capital initials ("J.B.", "J. B."), or one before a capitalised word ("J. Bakker");
     * lower case ("o.a.", "z.s.m.") are abbreviations.
     */
    private static final Pattern INITIALEN =
            Pattern.compile("(?<!\\p{L})\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)+|(?<!\\p{L})\\p{Lu}\\.\\s\\p{Lu}\\p{Ll}+");

    private static final Pattern HOOFDLETTERWOORD = Pattern.compile("(?<![\\p{L}\\d\\[])\\p{Lu}[\\p{L}'’\\-]*");
    private static final Pattern VOOR_UIT_KLAS =
            Pattern.compile("(?<![\\p{L}\\[])(\\p{L}[\\p{L}'’\\-]*)(\\s+uit\\s+(?:de\\s+)?\\[klas\\])");
    private static final Pattern NAAM_REEKS =
            Pattern.compile("\\[naam\\](?:\\s+(?:(?:van|de|der|den|ter|ten|te|'t)\\s+)*\\[naam\\])+");
    private static final Set<String> TUSSENVOEGSELS =
            Set.of("van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "'t");

    /** The first names of the directory's people; the catalogue's pupil words are never a name. */
    static Persoonsgegevens van(Catalog catalog) {
        Directory d = catalog.directory();
        Stream<Persoon> mensen = Stream.of(
                        d.locaties().stream().flatMap(l -> Stream.of(l.aanspreekpunt(), l.backup())),
                        d.medewerkers().stream().map(m -> m.persoon()),
                        d.admins().stream())
                .flatMap(s -> s);
        Set<String> voornamen = mensen.map(
                        p -> p.naam().strip().split("\\s+")[0].toLowerCase(Locale.ROOT))
                .filter(n -> n.length() > 1 && !TUSSENVOEGSELS.contains(n))
                .collect(Collectors.toUnmodifiableSet());
        Set<String> geenNaam = catalog.herkenning().leerlingwoorden().stream()
                .map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        return new Persoonsgegevens(voornamen, geenNaam);
    }

    /** The text with e-mail addresses, phone numbers, classes and names replaced by placeholders. */
    String wis(String tekst) {
        String t = E_MAIL.matcher(tekst).replaceAll(Matcher.quoteReplacement(EMAIL));
        t = NUMMER.matcher(t).replaceAll(Matcher.quoteReplacement(TELEFOON));
        for (Pattern p : KLASSEN) {
            t = p.matcher(t).replaceAll(Matcher.quoteReplacement(KLAS));
        }
        t = KLASCODE.matcher(t)
                .replaceAll(m -> GEEN_KLASCODE.contains(m.group(1).toLowerCase(Locale.ROOT))
                        ? Matcher.quoteReplacement(m.group())
                        : Matcher.quoteReplacement(KLAS));
        t = INITIALEN.matcher(t).replaceAll(Matcher.quoteReplacement(NAAM));
        t = bekendeVoornamen(t);
        t = hoofdletterwoorden(t);
        t = VOOR_UIT_KLAS
                .matcher(t)
                .replaceAll(m -> geenNaam.contains(m.group(1).toLowerCase(Locale.ROOT))
                        ? Matcher.quoteReplacement(m.group())
                        : Matcher.quoteReplacement(NAAM + m.group(2)));
        return NAAM_REEKS.matcher(t).replaceAll(Matcher.quoteReplacement(NAAM)).strip();
    }

    private String bekendeVoornamen(String t) {
        if (voornamen.isEmpty()) {
            return t;
        }
        Pattern p = Pattern.compile(
                "(?<![\\p{L}\\d])(?:"
                        + voornamen.stream().map(Pattern::quote).sorted().collect(Collectors.joining("|"))
                        + ")(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return p.matcher(t).replaceAll(Matcher.quoteReplacement(NAAM));
    }

    /** A capitalised word not at the start of a sentence (one in capitals, "BHV", "IB'er", is an abbreviation). */
    private static String hoofdletterwoorden(String t) {
        Matcher m = HOOFDLETTERWOORD.matcher(t);
        StringBuilder uit = new StringBuilder();
        while (m.find()) {
            String woord = m.group();
            String kern = woord.split("[-'’]")[0]; // BHV-cursus, IB'er
            boolean afkorting = kern.length() > 1 && kern.equals(kern.toUpperCase(Locale.ROOT));
            boolean naam = !afkorting && !zinsbegin(t, m.start());
            m.appendReplacement(uit, Matcher.quoteReplacement(naam ? NAAM : woord));
        }
        m.appendTail(uit);
        return uit.toString();
    }

    /** True at the start of the text or after . ! ? … or a line break (quotes and brackets skipped). */
    private static boolean zinsbegin(String t, int positie) {
        int i = positie - 1;
        while (i >= 0
                && (Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '\n'
                        || "\"'“‘„(«-–—*•".indexOf(t.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?…\n".indexOf(t.charAt(i)) >= 0;
    }
}

package nl.weerbaar.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The user texts live in one {@code …Teksten} class per feature (and the shared ones in
 * {@code reply.ReplyParts}): every text there is used, and no Dutch sentence is left in the code
 * of the features that say them nor in the JTE templates. Reads the main sources, since the
 * compiler inlines constants.
 */
class TekstenTest {
    static final Path MAIN = Path.of("src/main/java/nl/weerbaar/bot");
    static final Path TEMPLATES = Path.of("src/main/jte");

    /** The files the server sends as they are: the web chat's script and style. */
    static final Path STATIC = Path.of("src/main/resources/static");

    /** The classes that hold user texts, by source file (relative to {@link #MAIN}). */
    static final Map<String, String> TEKSTEN = Map.of(
            "CliTeksten.java", "nl.weerbaar.bot.CliTeksten",
            "aanmelding/AanmeldingTeksten.java", "nl.weerbaar.bot.aanmelding.AanmeldingTeksten",
            "admin/AdminTeksten.java", "nl.weerbaar.bot.admin.AdminTeksten",
            "conversation/GesprekTeksten.java", "nl.weerbaar.bot.conversation.GesprekTeksten",
            "reply/ReplyParts.java", "nl.weerbaar.bot.reply.ReplyParts",
            "signals/SignaalTeksten.java", "nl.weerbaar.bot.signals.SignaalTeksten",
            "slack/SlackTeksten.java", "nl.weerbaar.bot.slack.SlackTeksten",
            "teams/TeamsTeksten.java", "nl.weerbaar.bot.teams.TeamsTeksten",
            "web/WebTeksten.java", "nl.weerbaar.bot.web.WebTeksten");

    /** The application root ({@code nl.weerbaar.bot} itself: start-up and the command line). */
    static final String ROOT = "";

    /** The packages whose Dutch sentences must all be in their texts class. */
    static final List<String> PACKAGES = List.of(
            ROOT,
            "aanmelding",
            "admin",
            "channels",
            "conversation",
            "directory",
            "http",
            "reply",
            "signals",
            "slack",
            "store",
            "teams",
            "web");

    /** Not said by the app: what users type ({@code Commando}). */
    static final Set<String> AUSGENOMMEN = Set.of("conversation/Commando.java");

    /** Short Dutch words that English code and log messages do not use (a hyphenated "de-…" is English). */
    static final Pattern NEDERLANDS = Pattern.compile(
            "(?i)(?<![\\w-])(je|jij|jouw|het|een|niet|van|wat|wie|dit|dat|ik|mijn|bij|naar|kies|typ|voor|zijn|nog"
                    + "|wordt|kun|kan|geen|er|met|om|ontbreekt|stuur|de|en|te|ook|heeft|moet|deze|onbekend|ongeldige?"
                    + "|sorry|toon|welke|waar|hoe|zonder|standaard|als)(?![\\w-])");

    static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A JavaScript string: "…", '…' or `…`. */
    static final Pattern JS_LITERAL =
            Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|`((?:[^`\\\\]|\\\\.)*)`");

    /** In an HTML page: a comment, a script, a style, an attribute a person reads. */
    static final Pattern HTML_COMMENTAAR = Pattern.compile("(?s)<!--.*?-->");

    static final Pattern SCRIPT = Pattern.compile("(?is)<script[^>]*>(.*?)</script>");
    static final Pattern STYLE = Pattern.compile("(?is)<style[^>]*>.*?</style>");
    static final Pattern LEESBAAR_ATTRIBUUT =
            Pattern.compile("(?i)\\b(?:title|alt|aria-label|placeholder|label)\\s*=\\s*\"([^\"]*)\"");

    /** In a template: a Java expression whose value is output, a comment, an HTML tag. */
    static final Pattern EXPRESSIE = Pattern.compile("\\$(?:unsafe)?\\{[^}]*}");

    static final Pattern COMMENTAAR = Pattern.compile("(?s)<%--.*?--%>");
    static final Pattern TAG = Pattern.compile("<[^>]*>");

    @Test
    void everyTextIsUsed() throws ClassNotFoundException {
        List<String> unused = new ArrayList<>();
        for (var entry : TEKSTEN.entrySet()) {
            Class<?> type = Class.forName(entry.getValue());
            String own = read(MAIN.resolve(entry.getKey()));
            for (Member text : texts(type)) {
                String name = text.getName();
                long elsewhere = Stream.concat(sources(), templates())
                        .filter(p -> !p.equals(MAIN.resolve(entry.getKey())))
                        .mapToLong(p -> count(read(p), type.getSimpleName() + "." + name))
                        .sum();
                long inOwnFile = count(own, name) - 1; // the declaration itself
                if (elsewhere + inOwnFile == 0) {
                    unused.add(type.getSimpleName() + "." + name);
                }
            }
        }
        assertEquals(List.of(), unused, "texts nobody says");
    }

    @Test
    void noDutchSentenceIsLeftOutsideTheTexts() {
        Map<String, String> left = new TreeMap<>();
        sources()
                .filter(p -> PACKAGES.contains(pakket(p)))
                .filter(p -> !TEKSTEN.containsKey(relative(p)) && !AUSGENOMMEN.contains(relative(p)))
                .forEach(p -> {
                    List<String> lines = read(p).lines().toList();
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                            continue;
                        }
                        String waar = relative(p) + ":" + (i + 1);
                        sentences(line).forEach(s -> left.put(waar, s));
                    }
                });
        assertEquals(Map.of(), left, "Dutch sentences outside the …Teksten classes");
    }

    /**
     * A template's text outside {@code ${…}} is Dutch only when it is a texts class's: neither the
     * page's own text nor a literal in its Java (directives such as {@code @if} and expressions) is.
     * An inline script or style is code, not text (see {@link #noDutchIsLeftInTheTemplatesScripts}).
     */
    @Test
    void noDutchIsLeftInTheTemplates() {
        Map<String, String> left = new TreeMap<>();
        templates().forEach(p -> {
            String pagina = blank(STYLE, blank(SCRIPT, blank(COMMENTAAR, read(p))));
            List<String> lines = pagina.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                String waar = TEMPLATES.relativize(p).toString().replace('\\', '/') + ":" + (i + 1);
                if (line.startsWith("@")) {
                    sentences(line).forEach(s -> left.merge(waar, s, (x, y) -> x + " | " + y));
                    continue;
                }
                Matcher expressie = EXPRESSIE.matcher(line);
                while (expressie.find()) {
                    sentences(expressie.group()).forEach(s -> left.merge(waar, s, (x, y) -> x + " | " + y));
                }
                String tekst =
                        TAG.matcher(EXPRESSIE.matcher(line).replaceAll(" ")).replaceAll(" ");
                if (NEDERLANDS.matcher(tekst).find()) {
                    left.merge(waar, tekst.strip(), (x, y) -> x + " | " + y);
                }
            }
        });
        assertEquals(Map.of(), left, "Dutch in the templates outside ${…} of a texts class");
    }

    /**
     * A template's inline script (the admin page's) says nothing of its own either: its strings hold
     * no Dutch sentence, its texts come from the page's data-* attributes.
     */
    @Test
    void noDutchIsLeftInTheTemplatesScripts() {
        Map<String, String> left = new TreeMap<>();
        templates().forEach(p -> {
            String naam = TEMPLATES.relativize(p).toString().replace('\\', '/');
            String template = blank(COMMENTAAR, read(p));
            Matcher script = SCRIPT.matcher(template);
            while (script.find()) {
                dutchInScript(naam, script.group(1), lineOf(template, script.start(1)), left);
            }
        });
        assertEquals(Map.of(), left, "Dutch in the templates' scripts, outside a texts class");
    }

    /**
     * The files served as they are ({@code static/*.html}, {@code static/*.js}) hold no Dutch
     * sentence: a script's strings, a page's text and the attributes a person reads are the server's,
     * from a texts class (the pages are templates, chat.js reads its labels from the page).
     */
    @Test
    void noDutchIsLeftInTheStaticFiles() {
        Map<String, String> left = new TreeMap<>();
        staticFiles()
                .forEach(p -> dutchInStaticFile(resource(p), read(p))
                        .forEach((waar, s) -> left.merge(waar, s, (x, y) -> x + " | " + y)));
        assertEquals(Map.of(), left, "Dutch in the static files, outside a texts class");
    }

    /** The Dutch in a static file's text, by "file:line". */
    static Map<String, String> dutchInStaticFile(String naam, String inhoud) {
        Map<String, String> left = new TreeMap<>();
        if (naam.endsWith(".js")) {
            dutchInScript(naam, inhoud, 0, left);
            return left;
        }
        String html = blank(HTML_COMMENTAAR, inhoud);
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            dutchInScript(naam, script.group(1), lineOf(html, script.start(1)), left);
        }
        html = blank(STYLE, blank(SCRIPT, html));
        List<String> lines = html.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String waar = naam + ":" + (i + 1);
            Matcher attribuut = LEESBAAR_ATTRIBUUT.matcher(lines.get(i));
            while (attribuut.find()) {
                if (NEDERLANDS.matcher(attribuut.group(1)).find()) {
                    left.merge(waar, attribuut.group(1), (x, y) -> x + " | " + y);
                }
            }
            String tekst = TAG.matcher(lines.get(i)).replaceAll(" ").strip();
            if (NEDERLANDS.matcher(tekst).find()) {
                left.merge(waar, tekst, (x, y) -> x + " | " + y);
            }
        }
        return left;
    }

    /** The strings of a script that are Dutch sentences; comments are not said. */
    static void dutchInScript(String naam, String script, int eersteRegel, Map<String, String> left) {
        List<String> lines = script.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                continue;
            }
            Matcher literal = JS_LITERAL.matcher(line);
            while (literal.find()) {
                String s = literal.group(1) != null
                        ? literal.group(1)
                        : literal.group(2) != null ? literal.group(2) : literal.group(3);
                if (s.contains(" ") && NEDERLANDS.matcher(s).find()) {
                    left.merge(naam + ":" + (eersteRegel + i + 1), s, (x, y) -> x + " | " + y);
                }
            }
        }
    }

    /** Replaces what a pattern matches by as many empty lines, so line numbers stay. */
    static String blank(Pattern pattern, String text) {
        return pattern.matcher(text)
                .replaceAll(m -> "\n"
                        .repeat((int) m.group().chars().filter(c -> c == '\n').count()));
    }

    static int lineOf(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
    }

    /** The string literals in a line of Java that are Dutch sentences. */
    static List<String> sentences(String java) {
        List<String> dutch = new ArrayList<>();
        Matcher literal = LITERAL.matcher(java);
        while (literal.find()) {
            if (literal.group(1).contains(" ")
                    && NEDERLANDS.matcher(literal.group(1)).find()) {
                dutch.add(literal.group(1));
            }
        }
        return dutch;
    }

    /** The static String constants and String-returning static methods a texts class declares. */
    static List<Member> texts(Class<?> type) {
        List<Member> texts = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.isSynthetic()) {
                texts.add(f);
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isStatic(m.getModifiers())
                    && m.getReturnType() == String.class
                    && !m.isSynthetic()
                    && !Modifier.isPrivate(m.getModifiers())) {
                texts.add(m);
            }
        }
        return texts;
    }

    static long count(String source, String identifier) {
        Matcher m = Pattern.compile("(?<![\\w.])" + Pattern.quote(identifier) + "\\b")
                .matcher(source);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static Stream<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package of a source file, relative to {@link #MAIN}: {@link #ROOT} or its one folder. */
    static String pakket(Path p) {
        Path relative = MAIN.relativize(p);
        return switch (relative.getNameCount()) {
            case 1 -> ROOT;
            case 2 -> relative.getName(0).toString();
            default -> relative.toString(); // deeper than the packages of bot: in none of them
        };
    }

    static Stream<Path> templates() {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".jte")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTML and JavaScript files under {@link #STATIC}. */
    static Stream<Path> staticFiles() {
        try (Stream<Path> files = Files.walk(STATIC)) {
            return files
                    .filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".js"))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A static file's name relative to {@code src/main/resources}, e.g. {@code static/chat.js}. */
    static String resource(Path p) {
        return Path.of("src/main/resources").relativize(p).toString().replace('\\', '/');
    }

    static String relative(Path p) {
        return MAIN.relativize(p).toString().replace('\\', '/');
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

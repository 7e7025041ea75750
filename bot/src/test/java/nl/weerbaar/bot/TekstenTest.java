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
 * of the features that say them. Reads the main sources, since the compiler inlines constants.
 */
class TekstenTest {
    static final Path MAIN = Path.of("src/main/java/nl/weerbaar/bot");

    /** The classes that hold user texts, by source file (relative to {@link #MAIN}). */
    static final Map<String, String> TEKSTEN = Map.of(
            "CliTeksten.java", "nl.weerbaar.bot.CliTeksten",
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

    @Test
    void everyTextIsUsed() throws ClassNotFoundException {
        List<String> unused = new ArrayList<>();
        for (var entry : TEKSTEN.entrySet()) {
            Class<?> type = Class.forName(entry.getValue());
            String own = read(MAIN.resolve(entry.getKey()));
            for (Member text : texts(type)) {
                String name = text.getName();
                long elsewhere = sources()
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
                        Matcher literal = LITERAL.matcher(line);
                        while (literal.find()) {
                            if (literal.group(1).contains(" ")
                                    && NEDERLANDS.matcher(literal.group(1)).find()) {
                                left.put(relative(p) + ":" + (i + 1), literal.group(1));
                            }
                        }
                    }
                });
        assertEquals(Map.of(), left, "Dutch sentences outside the …Teksten classes");
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

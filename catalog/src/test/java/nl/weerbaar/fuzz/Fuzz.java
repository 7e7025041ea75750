package nl.weerbaar.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The short fuzz run of the normal test command, shared by every fuzz target: one copy, here in
 * catalog's tests, which search-index and bot use through catalog's test-jar (catalog/pom.xml).
 *
 * <ul>
 *   <li>{@link #replay}: every file in {@code src/test/resources/fuzz/<target>/} — the seeds and
 *       every input that ever failed — as one test each;
 *   <li>{@link #run}: {@code tries} inputs made from the corpus by byte and token mutations,
 *       splices and blow-ups, plus whatever the target's own generator makes. The seed is fixed
 *       by default ({@code -Dfuzz.seed=random} for a new one) and printed on failure; {@code -Dfuzz.seed=N} repeats a run, {@code
 *       -Dfuzz.tries=N} makes it longer. A failing input is written to {@code
 *       target/fuzz-failures/<target>/} to be copied into the corpus once fixed.
 * </ul>
 *
 * Coverage-guided fuzzing of the same targets is Jazzer's (each fuzz test's {@code @FuzzTest},
 * {@code JAZZER_FUZZ=1}); see docs/ROBUSTNESS.md.
 */
public final class Fuzz {
    /** A check of one input; throws (any Throwable) when the invariant does not hold. */
    @FunctionalInterface
    public interface Check {
        void accept(byte[] input) throws Throwable;
    }

    /** Makes one input of the target's own shape from a random source; may return null to mutate instead. */
    @FunctionalInterface
    public interface Generator {
        byte[] generate(Random random);
    }

    /** Tokens worth inserting anywhere: syntax of JSON, YAML, forms, Lucene, and hostile characters. */
    static final String[] TOKENS = {
        "\"",
        "\\",
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "null",
        "true",
        "-1",
        "1e999",
        "0.0",
        "NaN",
        "\u0000",
        "\u001b",
        "\r\n",
        "\t",
        "\uD800",
        "\uDC00",
        "\uFEFF",
        "\u202E",
        "\u200B",
        "😀",
        "ß",
        "é",
        "&",
        "=",
        "%",
        "%00",
        "%FF",
        "+",
        "'",
        "*",
        "?",
        "~",
        "^",
        "AND",
        "OR",
        "NOT",
        "(",
        ")",
        "/",
        "---",
        "- ",
        "? ",
        "!!",
        "&a",
        "*a",
        "|",
        ">",
        "#",
        "@",
        "<!--",
        "<script>",
        "\\u0000",
        "\\ud800",
        "9999999999999999999999"
    };

    private static final int MAX_INPUT = 64 * 1024;

    private Fuzz() {}

    /** The corpus of a target, sorted by file name. */
    public static List<Path> corpus(String target) {
        URL url = Fuzz.class.getResource("/fuzz/" + target);
        if (url == null) {
            throw new IllegalStateException("no corpus at src/test/resources/fuzz/" + target);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One dynamic test per corpus file. */
    public static Stream<DynamicTest> replay(String target, Check check) {
        return corpus(target).stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    byte[] input = Files.readAllBytes(file);
                    try {
                        check.accept(input);
                    } catch (Throwable t) {
                        throw new AssertionError(
                                "corpus input fuzz/" + target + "/" + file.getFileName() + ": " + t, t);
                    }
                }));
    }

    /**
     * The seed of the short runs in the test command: fixed, so the build never fails at random;
     * {@code -Dfuzz.seed=random} explores new inputs, {@code -Dfuzz.seed=N} repeats a run.
     */
    static final long DEFAULT_SEED = 20261129L;

    /** Runs {@code tries} generated inputs; fails with the seed and the saved input on the first failure. */
    public static void run(String target, int tries, Check check, Generator generator) {
        String wanted = System.getProperty("fuzz.seed", String.valueOf(DEFAULT_SEED));
        long seed = "random".equals(wanted) ? new Random().nextLong() : Long.parseLong(wanted);
        int n = Integer.getInteger("fuzz.tries", tries);
        Random random = new Random(seed);
        List<byte[]> corpus = new ArrayList<>();
        for (Path file : corpus(target)) {
            try {
                corpus.add(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (int i = 0; i < n; i++) {
            byte[] input = generator == null ? null : generator.generate(random);
            if (input == null) {
                input = mutate(random, corpus);
            }
            try {
                check.accept(input);
            } catch (Throwable t) {
                Path saved = save(target, input);
                throw new AssertionError(
                        "fuzz target " + target + " failed on try " + i + " (-Dfuzz.seed=" + seed + "); input saved to "
                                + saved + ": " + t,
                        t);
            }
        }
    }

    /** One mutation (or a few stacked) of a corpus entry. */
    public static byte[] mutate(Random random, List<byte[]> corpus) {
        byte[] data = corpus.isEmpty() ? new byte[0] : corpus.get(random.nextInt(corpus.size()));
        int rounds = 1 + random.nextInt(random.nextInt(8) + 1);
        for (int r = 0; r < rounds; r++) {
            data = mutateOnce(random, data, corpus);
        }
        return data.length > MAX_INPUT ? Arrays.copyOf(data, MAX_INPUT) : data;
    }

    private static byte[] mutateOnce(Random random, byte[] data, List<byte[]> corpus) {
        int len = data.length;
        int at = len == 0 ? 0 : random.nextInt(len + 1);
        switch (random.nextInt(9)) {
            case 0 -> { // flip a bit
                if (len > 0) {
                    data = data.clone();
                    int i = random.nextInt(len);
                    data[i] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> data = insert(data, at, new byte[] {(byte) random.nextInt(256)});
            case 2 -> data = insert(data, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            case 3 -> { // delete a range
                if (len > 0) {
                    int from = random.nextInt(len);
                    int to = Math.min(len, from + 1 + random.nextInt(Math.max(1, len / 4)));
                    byte[] out = new byte[len - (to - from)];
                    System.arraycopy(data, 0, out, 0, from);
                    System.arraycopy(data, to, out, from, len - to);
                    data = out;
                }
            }
            case 4 -> { // duplicate a range, sometimes many times
                if (len > 0) {
                    int from = random.nextInt(len);
                    int to = Math.min(len, from + 1 + random.nextInt(Math.min(len - from, 64)));
                    byte[] chunk = Arrays.copyOfRange(data, from, to);
                    int times = random.nextInt(4) == 0 ? 1 + random.nextInt(500) : 1;
                    byte[] repeated = new byte[Math.min(MAX_INPUT, chunk.length * times)];
                    for (int i = 0; i < repeated.length; i++) {
                        repeated[i] = chunk[i % chunk.length];
                    }
                    data = insert(data, at, repeated);
                }
            }
            case 5 -> { // splice with another corpus entry
                if (!corpus.isEmpty()) {
                    byte[] other = corpus.get(random.nextInt(corpus.size()));
                    int cut = other.length == 0 ? 0 : random.nextInt(other.length);
                    byte[] head = Arrays.copyOf(data, at);
                    data = insert(head, head.length, Arrays.copyOfRange(other, cut, other.length));
                }
            }
            case 6 -> data = Arrays.copyOf(data, at); // truncate
            case 7 -> { // replace a byte with an ASCII digit or quote: changes types and numbers
                if (len > 0) {
                    data = data.clone();
                    data[random.nextInt(len)] = (byte) "0123456789\"'-.".charAt(random.nextInt(14));
                }
            }
            default -> { // overwrite a range with random bytes
                if (len > 0) {
                    data = data.clone();
                    int from = random.nextInt(len);
                    int to = Math.min(len, from + 1 + random.nextInt(16));
                    for (int i = from; i < to; i++) {
                        data[i] = (byte) random.nextInt(256);
                    }
                }
            }
        }
        return data;
    }

    private static byte[] insert(byte[] data, int at, byte[] piece) {
        byte[] out = new byte[data.length + piece.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(data, at, out, at + piece.length, data.length - at);
        return out;
    }

    /** A string of random code points from the ranges that break parsers: controls, surrogates, RTL, emoji. */
    public static String hostileString(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            switch (random.nextInt(10)) {
                case 0 -> s.append((char) random.nextInt(0x20)); // C0 controls
                case 1 -> s.append((char) (0xD800 + random.nextInt(0x800))); // lone surrogates
                case 2 -> s.append((char) (0x0590 + random.nextInt(0x1F0))); // Hebrew, Arabic
                case 3 -> s.appendCodePoint(0x1F300 + random.nextInt(0x300)); // emoji
                case 4 -> s.append("\u202E\u200B\u200D\uFEFF\u00AD".charAt(random.nextInt(5)));
                case 5 -> s.append(TOKENS[random.nextInt(TOKENS.length)]);
                case 6 -> s.append((char) random.nextInt(0x10000));
                default -> s.append((char) ('a' + random.nextInt(26)));
            }
        }
        return s.toString();
    }

    /** Writes a failing input where a developer finds it. */
    private static Path save(String target, byte[] input) {
        try {
            Path dir = Path.of("target", "fuzz-failures", target);
            Files.createDirectories(dir);
            Path file = dir.resolve("crash-" + sha1(input));
            Files.write(file, input);
            return file.toAbsolutePath();
        } catch (IOException e) {
            return Path.of("(not saved: " + e.getMessage() + ")");
        }
    }

    private static String sha1(byte[] input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(input));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

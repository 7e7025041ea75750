package nl.weerbaar.search.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.search.EvalCase;
import nl.weerbaar.search.EvalReport;
import nl.weerbaar.search.Recognition;
import nl.weerbaar.search.Recognizer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code evaluate FILE.jsonl [--catalog FOLDER]}: recognises every line's text and prints top-1,
 * top-3, out-of-scope rejected, in-scope wrongly rejected, signal recall and false positives,
 * urgent recall and a confusion table. Exit 0; 2 for an unreadable file or a bad line (its number
 * on stderr); 1 for an invalid catalogue.
 */
public final class EvaluateCommand {
    private EvaluateCommand() {}

    /** A line of the evaluation file that cannot be used. */
    public static final class BadLineException extends Exception {
        private final int line;

        BadLineException(int line, String message) {
            super("regel " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Optional<String> folder = CatalogArgument.folder(args);
        List<String> positional = new ArrayList<>(args);
        folder.ifPresent(f -> {
            positional.remove("--catalog");
            positional.remove(f);
        });
        if (positional.size() != 1) {
            err.println("Gebruik: evaluate BESTAND.jsonl [--catalog MAP]");
            return 2;
        }
        List<EvalCase> cases;
        try {
            cases = read(Path.of(positional.get(0)));
        } catch (IOException e) {
            err.println("Het bestand " + positional.get(0) + " kan niet worden gelezen: " + e.getMessage());
            return 2;
        } catch (BadLineException e) {
            err.println(positional.get(0) + ": " + e.getMessage());
            return 2;
        }
        Optional<Recognizer> recognizer = CatalogArgument.recognizer(folder, err);
        if (recognizer.isEmpty()) {
            return 1;
        }
        List<Recognition> results =
                cases.stream().map(c -> recognizer.get().recognize(c.text())).toList();
        out.println("catalogus " + recognizer.get().catalogVersion() + ", analyse "
                + recognizer.get().analysisVersion() + ", " + cases.size() + " zinnen");
        EvalReport.of(cases, results).print(out);
        return 0;
    }

    /** Reads a JSON-lines evaluation file; blank lines are skipped. */
    public static List<EvalCase> read(Path file) throws IOException, BadLineException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static List<EvalCase> parse(List<String> lines) throws BadLineException {
        JsonMapper json = JsonMapper.builder().build();
        List<EvalCase> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int nr = i + 1;
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JacksonException e) {
                throw new BadLineException(nr, "geen geldige JSON (" + e.getOriginalMessage() + ")");
            }
            if (node == null || !node.isObject()) {
                throw new BadLineException(nr, "verwacht een JSON-object");
            }
            JsonNode text = node.get("text");
            if (text == null || !text.isString()) {
                throw new BadLineException(nr, "'text' ontbreekt of is geen tekst");
            }
            JsonNode expect = node.get("expect");
            if (expect != null && !expect.isNull() && !expect.isString()) {
                throw new BadLineException(nr, "'expect' moet een knelpunt-id of null zijn");
            }
            List<String> also = new ArrayList<>();
            JsonNode alsoNode = node.get("also");
            if (alsoNode != null && !alsoNode.isNull()) {
                if (!alsoNode.isArray()) {
                    throw new BadLineException(nr, "'also' moet een lijst zijn");
                }
                for (JsonNode id : alsoNode) {
                    if (!id.isString()) {
                        throw new BadLineException(nr, "'also' mag alleen id's bevatten");
                    }
                    also.add(id.stringValue());
                }
            }
            cases.add(new EvalCase(
                    text.stringValue(),
                    expect == null || expect.isNull() ? null : expect.stringValue(),
                    also,
                    flag(node, "signal", nr),
                    flag(node, "urgent", nr)));
        }
        return cases;
    }

    private static boolean flag(JsonNode node, String name, int nr) throws BadLineException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new BadLineException(nr, "'" + name + "' moet true of false zijn");
        }
        return v.booleanValue();
    }
}

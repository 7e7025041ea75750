package nl.weerbaar.search.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.search.Match;
import nl.weerbaar.search.Recognition;
import nl.weerbaar.search.Recognizer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code recognize [--catalog FOLDER]}: one utterance per line on stdin (UTF-8), one JSON object
 * per line on stdout, in the same order. Nothing else is written to stdout.
 */
public final class RecognizeCommand {
    private RecognizeCommand() {}

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Optional<String> folder = CatalogArgument.folder(args);
        if (args.contains("--catalog") && folder.isEmpty()) {
            err.println("Gebruik: recognize [--catalog MAP]");
            return 2;
        }
        Optional<Recognizer> recognizer = CatalogArgument.recognizer(folder, err);
        if (recognizer.isEmpty()) {
            return 1;
        }
        JsonMapper json = JsonMapper.builder().build();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.println(json.writeValueAsString(
                        toJson(json, line, recognizer.get().recognize(line))));
            }
        } catch (IOException e) {
            err.println("Invoer kon niet worden gelezen: " + e.getMessage());
            return 2;
        }
        out.flush();
        return 0;
    }

    static ObjectNode toJson(JsonMapper json, String text, Recognition r) {
        ObjectNode node = json.createObjectNode();
        node.put("text", text);
        ArrayNode knelpunten = node.putArray("knelpunten");
        for (Match m : r.knelpunten()) {
            knelpunten.addObject().put("id", m.knelpuntId()).put("score", Math.round(m.score() * 10_000) / 10_000.0);
        }
        node.put("abstain", r.abstain());
        node.put("signal", r.signal());
        node.put("urgent", r.urgent());
        if (r.informatievraag() != null) {
            node.put("informatievraag", r.informatievraag());
        }
        return node;
    }
}

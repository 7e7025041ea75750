package nl.weerbaar.search.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.CatalogSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private interface Command {
        int run(List<String> args, InputStream in, PrintStream out, PrintStream err);
    }

    private int run(Command command, String stdin, String... args) {
        return command.run(
                List.of(args),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void recognizeWritesOneJsonObjectPerInputLineInOrderAndNothingElse() {
        String input =
                "Wie is het aanspreekpunt voor signalen?\nGoedemorgen\n\nEr loopt nu een man met een mes bij de ingang\n";
        int code = run(RecognizeCommand::run, input);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> lines = stdout().lines().toList();
        assertEquals(4, lines.size(), stdout());
        JsonMapper json = JsonMapper.builder().build();
        List<String> texts = List.of(
                "Wie is het aanspreekpunt voor signalen?",
                "Goedemorgen",
                "",
                "Er loopt nu een man met een mes bij de ingang");
        for (int i = 0; i < lines.size(); i++) {
            JsonNode node = json.readTree(lines.get(i));
            assertEquals(texts.get(i), node.get("text").stringValue());
            assertTrue(node.get("knelpunten").isArray());
            assertTrue(node.get("knelpunten").size() <= 3);
            for (JsonNode k : node.get("knelpunten")) {
                assertTrue(k.get("id").isString());
                double score = k.get("score").asDouble();
                assertTrue(score >= 0 && score <= 1);
            }
            assertTrue(node.get("abstain").isBoolean());
            assertTrue(node.get("signal").isBoolean());
            assertTrue(node.get("urgent").isBoolean());
        }
        JsonNode first = json.readTree(lines.get(0));
        assertEquals(
                "bereidheid-verantwoordelijkheid",
                first.get("knelpunten").get(0).get("id").stringValue());
        assertFalse(first.get("abstain").booleanValue());
        assertTrue(json.readTree(lines.get(1)).get("abstain").booleanValue());
        assertTrue(json.readTree(lines.get(3)).get("urgent").booleanValue());
    }

    @Test
    void recognizeReadsUtf8() {
        run(RecognizeCommand::run, "Hoe creëren we een taboevrije cultuur?\n");
        assertTrue(stdout().contains("creëren"), stdout());
    }

    @Test
    void anInvalidCatalogueFolderGivesProblemsOnStderrAndExitOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("catalogus.yaml"), "titel: kapot\n");
        int code = run(RecognizeCommand::run, "hallo\n", "--catalog", dir.toString());
        assertEquals(1, code);
        assertTrue(stdout().isEmpty());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ontbreekt"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void recognizeUsesTheGivenCatalogueFolder(@TempDir Path dir) throws Exception {
        CatalogSource bundled = CatalogSource.bundled();
        for (String file : CatalogLoader.FILES) {
            Files.writeString(dir.resolve(file), bundled.read(file).orElseThrow());
        }
        int code = run(RecognizeCommand::run, "Wie is verantwoordelijk?\n", "--catalog", dir.toString());
        assertEquals(0, code);
        assertEquals(1, stdout().lines().count());
    }

    @Test
    void evaluatePrintsAllFiguresAndAConfusionTable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("eval.jsonl");
        Files.writeString(file, """
                {"text": "Wie is het aanspreekpunt voor signalen?", "expect": "bereidheid-verantwoordelijkheid", "also": [], "signal": false, "urgent": false}
                {"text": "Goedemorgen", "expect": null, "also": [], "signal": false, "urgent": false}
                """);
        int code = run(EvaluateCommand::run, "", file.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        for (String figure : List.of(
                "top-1",
                "top-3",
                "out of scope rejected",
                "in scope wrongly rejected",
                "signal recall",
                "signal false positives",
                "urgent recall",
                "confusion",
                "geen")) {
            assertTrue(stdout().contains(figure), figure + " missing in\n" + stdout());
        }
        assertTrue(stdout().contains("100.0%  (1/1)"), stdout());
    }

    @Test
    void evaluateNamesTheBadLineAndExitsTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("eval.jsonl");
        Files.writeString(file, "{\"text\": \"ok\", \"expect\": null}\n{\"text\": 42}\n");
        assertEquals(2, run(EvaluateCommand::run, "", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("regel 2"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void evaluateOfAMissingFileExitsTwo(@TempDir Path dir) {
        assertEquals(2, run(EvaluateCommand::run, "", dir.resolve("nope.jsonl").toString()));
        assertFalse(err.toString(StandardCharsets.UTF_8).isEmpty());
    }
}

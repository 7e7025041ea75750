package nl.weerbaar.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import nl.weerbaar.bot.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code teams-package}: the zip to upload to Teams, with a valid manifest and icons. */
class TeamsPackageTest {
    static final String APP_ID = "7f1c2b3a-5d4e-4f60-8a7b-9c0d1e2f3a4b";

    private static Map<String, byte[]> unzip(Path zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void packageHoldsManifestWithTheBotIdAndValidIcons(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("weerbaar-teams.zip");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Cli.run(
                new String[] {"teams-package", "--app-id", APP_ID, "--out", zip.toString()},
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        Map<String, byte[]> entries = unzip(zip);
        assertEquals(3, entries.size(), entries.keySet().toString());
        JsonNode manifest = JsonMapper.builder().build().readTree(entries.get("manifest.json"));
        assertEquals("1.17", manifest.path("manifestVersion").asString());
        assertTrue(manifest.path("$schema").asString().contains("v1.17"));
        assertEquals(APP_ID, manifest.path("id").asString());
        JsonNode bot = manifest.path("bots").get(0);
        assertEquals(APP_ID, bot.path("botId").asString());
        assertEquals(
                List.of("personal", "team", "groupChat"),
                bot.path("scopes").valueStream().map(JsonNode::asString).toList());
        assertTrue(manifest.path("description").path("short").asString().length() <= 80);
        assertTrue(manifest.path("description").path("full").asString().contains("bel 112"));
        assertEquals("color.png", manifest.path("icons").path("color").asString());

        BufferedImage color = ImageIO.read(new ByteArrayInputStream(entries.get("color.png")));
        assertEquals(192, color.getWidth());
        assertEquals(192, color.getHeight());
        BufferedImage outline = ImageIO.read(new ByteArrayInputStream(entries.get("outline.png")));
        assertEquals(32, outline.getWidth());
        assertEquals(32, outline.getHeight());
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                int argb = outline.getRGB(x, y);
                int alpha = argb >>> 24;
                assertTrue(alpha == 0 || (argb & 0xFFFFFF) == 0xFFFFFF, "outline pixels are white or transparent");
            }
        }
        assertEquals(0, outline.getRGB(0, 0) >>> 24, "the outline's background is transparent");
    }

    @Test
    void packageWithoutAnAppIdIsRefused(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Cli.run(
                new String[] {"teams-package", "--out", dir.resolve("x.zip").toString()},
                Map.of(),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--app-id"));
    }
}

package nl.weerbaar.bot.teams;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code teams-package [--app-id ID] [--out FILE] [--website URL]}: writes the Teams app package
 * to upload (manifest.json, schema 1.17, and two icons drawn here: a 192×192 colour icon and a
 * 32×32 white-on-transparent outline icon). The bot id is {@code --app-id} or {@code MicrosoftAppId}.
 */
@Command(name = "teams-package", description = TeamsTeksten.PAKKET_OPDRACHT)
public final class TeamsPackageCommand implements Callable<Integer> {
    static final String MANIFEST_VERSION = "1.17";
    static final String SCHEMA =
            "https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json";
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Color ACCENT = new Color(0x1F, 0x5F, 0x8B);

    @Option(names = "--app-id", paramLabel = "ID", description = TeamsTeksten.PAKKET_APP_ID)
    private String appId;

    @Option(names = "--out", paramLabel = "BESTAND", description = TeamsTeksten.PAKKET_OUT)
    private Path target = Path.of("weerbaar-teams.zip");

    @Option(names = "--website", paramLabel = "URL", description = TeamsTeksten.PAKKET_WEBSITE)
    private String website = "https://weerbaar.example.org";

    private final PrintStream out;
    private final PrintStream err;

    /** @param env the environment, for {@code MicrosoftAppId} */
    public TeamsPackageCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.appId = env.get("MicrosoftAppId");
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (appId == null || !GUID.matcher(appId.strip()).matches()) {
            err.println(TeamsTeksten.PAKKET_GEEF_APP_ID);
            return 2;
        }
        if (!website.startsWith("https://")) {
            err.println(TeamsTeksten.PAKKET_WEBSITE_HTTPS);
            return 2;
        }
        try (OutputStream file = Files.newOutputStream(target)) {
            write(appId.strip(), website, file);
        } catch (IOException e) {
            err.println(TeamsTeksten.pakketNietGeschreven(target.toAbsolutePath(), e.getMessage()));
            return 1;
        }
        out.println(TeamsTeksten.pakketGeschreven(target.toAbsolutePath()));
        out.println(TeamsTeksten.PAKKET_UPLOADEN);
        return 0;
    }

    static void write(String appId, String website, OutputStream target) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            entry(zip, "manifest.json", manifest(appId, website));
            entry(zip, "color.png", png(colorIcon()));
            entry(zip, "outline.png", png(outlineIcon()));
        }
    }

    static byte[] manifest(String appId, String website) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("$schema", SCHEMA);
        m.put("manifestVersion", MANIFEST_VERSION);
        m.put("version", "1.0.0");
        m.put("id", appId);
        m.put(
                "developer",
                Map.of(
                        "name",
                        "Weerbaar",
                        "websiteUrl",
                        website,
                        "privacyUrl",
                        website + "/privacy",
                        "termsOfUseUrl",
                        website + "/voorwaarden"));
        m.put("name", Map.of("short", "Weerbaar", "full", TeamsTeksten.APP_NAAM_VOLLEDIG));
        m.put("description", Map.of("short", TeamsTeksten.APP_KORT, "full", TeamsTeksten.APP_VOLLEDIG));
        m.put("icons", Map.of("color", "color.png", "outline", "outline.png"));
        m.put("accentColor", "#1F5F8B");
        m.put(
                "bots",
                List.of(Map.of(
                        "botId",
                        appId,
                        "scopes",
                        List.of("personal", "team", "groupChat"),
                        "supportsFiles",
                        false,
                        "isNotificationOnly",
                        false,
                        "commandLists",
                        List.of(Map.of(
                                "scopes",
                                List.of("personal", "team", "groupChat"),
                                "commands",
                                List.of(
                                        command(TeamsTeksten.COMMANDO_HELP, TeamsTeksten.COMMANDO_HELP_UITLEG),
                                        command(
                                                TeamsTeksten.COMMANDO_AANSPREEKPUNT,
                                                TeamsTeksten.COMMANDO_AANSPREEKPUNT_UITLEG),
                                        command(TeamsTeksten.COMMANDO_THEMAS, TeamsTeksten.COMMANDO_THEMAS_UITLEG),
                                        command(
                                                TeamsTeksten.COMMANDO_TRAININGEN,
                                                TeamsTeksten.COMMANDO_TRAININGEN_UITLEG),
                                        command(
                                                TeamsTeksten.COMMANDO_LOCATIE,
                                                TeamsTeksten.COMMANDO_LOCATIE_UITLEG)))))));
        m.put("permissions", List.of("identity", "messageTeamMembers"));
        m.put("validDomains", List.of());
        return JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build()
                .writeValueAsBytes(m);
    }

    private static Map<String, String> command(String title, String description) {
        return Map.of("title", title, "description", description);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        return bytes.toByteArray();
    }

    /** 192×192: a white shield on the accent colour. */
    static BufferedImage colorIcon() {
        BufferedImage image = new BufferedImage(192, 192, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(ACCENT);
        g.fillRect(0, 0, 192, 192);
        g.setColor(Color.WHITE);
        g.fill(shield(192, 0.62));
        g.setColor(ACCENT);
        g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(check(192));
        g.dispose();
        return image;
    }

    /** 32×32: the shield's outline in white on a transparent background. */
    static BufferedImage outlineIcon() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shield(32, 0.8));
        g.dispose();
        return image;
    }

    private static Path2D shield(int size, double scale) {
        double w = size * scale;
        double x = (size - w) / 2;
        double y = (size - w * 1.1) / 2;
        Path2D p = new Path2D.Double();
        p.moveTo(x + w / 2, y);
        p.lineTo(x + w, y + w * 0.18);
        p.curveTo(x + w, y + w * 0.65, x + w * 0.75, y + w * 0.95, x + w / 2, y + w * 1.1);
        p.curveTo(x + w * 0.25, y + w * 0.95, x, y + w * 0.65, x, y + w * 0.18);
        p.closePath();
        return p;
    }

    private static Path2D check(int size) {
        Path2D p = new Path2D.Double();
        p.moveTo(size * 0.38, size * 0.50);
        p.lineTo(size * 0.47, size * 0.60);
        p.lineTo(size * 0.63, size * 0.40);
        return p;
    }
}

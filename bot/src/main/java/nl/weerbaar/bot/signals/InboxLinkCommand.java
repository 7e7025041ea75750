package nl.weerbaar.bot.signals;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.Directory;
import nl.weerbaar.catalog.LoadResult;
import nl.weerbaar.catalog.Persoon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inbox-link --email ADRES [--dagen N] [--url BASIS] [--catalog MAP]}: prints the personal
 * sign-in link to the web inbox for an aanspreekpunt, backup or admin, signed with {@code
 * WEERBAAR_SIGNALEN_SECRET} (the same secret the application has as {@code weerbaar.signalen.secret}).
 * For admins to hand out; the link is personal, works once (it is exchanged for a 12-hour session)
 * and must be used within {@code --dagen} days, and within {@code weerbaar.signalen.inbox.link-
 * geldigheid} (7 days) whatever {@code --dagen} says.
 */
@Command(name = "inbox-link", description = SignaalTeksten.LINK_OPDRACHT)
public final class InboxLinkCommand implements Callable<Integer> {
    @Option(names = "--email", required = true, paramLabel = "ADRES", description = SignaalTeksten.LINK_EMAIL)
    private String email;

    @Option(names = "--dagen", paramLabel = "N", description = SignaalTeksten.LINK_DAGEN)
    private long dagen = 7;

    @Option(
            names = "--url",
            paramLabel = "BASIS",
            description = {SignaalTeksten.LINK_URL, SignaalTeksten.LINK_URL_STANDAARD})
    private String url;

    @Option(names = "--catalog", paramLabel = "MAP", description = SignaalTeksten.LINK_CATALOG)
    private Path catalogus;

    private final String secret;
    private final PrintStream out;
    private final PrintStream err;

    /** @param env the environment: the secret and the defaults of {@code --url} and {@code --catalog} */
    public InboxLinkCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.url = env.getOrDefault("WEERBAAR_SIGNALEN_PUBLIEKE_URL", "http://localhost:3978");
        String map = env.get("WEERBAAR_CATALOG_PATH");
        this.catalogus = map == null ? null : Path.of(map);
        this.secret = env.get("WEERBAAR_SIGNALEN_SECRET");
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (secret == null || secret.isBlank()) {
            err.println(SignaalTeksten.LINK_ZET_SECRET);
            return 2;
        }
        if (dagen < 1) {
            err.println(SignaalTeksten.LINK_DAGEN_MINSTENS_1);
            return 2;
        }
        LoadResult result = catalogus == null ? CatalogLoader.loadBundled() : CatalogLoader.load(catalogus);
        if (!result.isValid()) {
            err.println(SignaalTeksten.LINK_CATALOGUS_ONGELDIG);
            return 1;
        }
        Directory d = result.orElseThrow().directory();
        boolean bekend = d.admins().stream().anyMatch(p -> heeft(p, email))
                || d.locaties().stream().anyMatch(l -> heeft(l.aanspreekpunt(), email) || heeft(l.backup(), email));
        if (!bekend) {
            err.println(SignaalTeksten.onbekendEmail(email));
            return 1;
        }
        String token = InboxToken.maak(secret, email, Instant.now().plus(Duration.ofDays(dagen)));
        out.println((url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + "/inbox/login?token=" + token);
        return 0;
    }

    private static boolean heeft(Persoon p, String email) {
        return p.email() != null && p.email().equalsIgnoreCase(email);
    }
}

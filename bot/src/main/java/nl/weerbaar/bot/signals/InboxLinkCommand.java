package nl.weerbaar.bot.signals;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.Directory;
import nl.weerbaar.catalog.LoadResult;
import nl.weerbaar.catalog.Persoon;

/**
 * {@code inbox-link --email ADRES [--dagen N] [--url BASIS]}: prints the personal sign-in link to
 * the web inbox for an aanspreekpunt, backup or admin, signed with {@code WEERBAAR_SIGNALEN_SECRET}
 * (the same secret the application has as {@code weerbaar.signalen.secret}). For admins to hand
 * out; the link is personal.
 */
public final class InboxLinkCommand {
    private InboxLinkCommand() {}

    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        String email = null;
        long dagen = 90;
        String url = env.getOrDefault("WEERBAAR_SIGNALEN_PUBLIEKE_URL", "http://localhost:3978");
        String catalogus = env.get("WEERBAAR_CATALOG_PATH");
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--email" -> email = args.get(++i);
                    case "--dagen" -> dagen = Long.parseLong(args.get(++i));
                    case "--url" -> url = args.get(++i);
                    case "--catalog" -> catalogus = args.get(++i);
                    default -> throw new IllegalArgumentException(args.get(i));
                }
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            err.println("Gebruik: inbox-link --email ADRES [--dagen N] [--url BASIS] [--catalog MAP]");
            return 2;
        }
        String secret = env.get("WEERBAAR_SIGNALEN_SECRET");
        if (secret == null || secret.isBlank()) {
            err.println("Zet WEERBAAR_SIGNALEN_SECRET (dezelfde waarde als weerbaar.signalen.secret van de app).");
            return 2;
        }
        if (email == null || dagen < 1) {
            err.println("Gebruik: inbox-link --email ADRES [--dagen N] [--url BASIS] [--catalog MAP]");
            return 2;
        }
        LoadResult result =
                catalogus == null ? CatalogLoader.loadBundled() : CatalogLoader.load(java.nio.file.Path.of(catalogus));
        if (!result.isValid()) {
            err.println("De catalogus is ongeldig; controleer hem met 'validate'.");
            return 1;
        }
        Directory d = result.orElseThrow().directory();
        String adres = email;
        boolean bekend = d.admins().stream().anyMatch(p -> heeft(p, adres))
                || d.locaties().stream().anyMatch(l -> heeft(l.aanspreekpunt(), adres) || heeft(l.backup(), adres));
        if (!bekend) {
            err.println("Geen aanspreekpunt, backup of beheerder met e-mail " + email + " in de organisatie.");
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

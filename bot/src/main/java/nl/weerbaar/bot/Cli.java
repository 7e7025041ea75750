package nl.weerbaar.bot;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.weerbaar.bot.catalog.CatalogSummary;
import nl.weerbaar.bot.signals.InboxLinkCommand;
import nl.weerbaar.bot.teams.TeamsPackageCommand;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.LoadResult;
import nl.weerbaar.catalog.Problem;
import nl.weerbaar.search.cli.CrossValidateCommand;
import nl.weerbaar.search.cli.EvaluateCommand;
import nl.weerbaar.search.cli.RecognizeCommand;

/**
 * The command-line tools of the jar. None of them starts Spring or a web server, and each returns
 * its exit code instead of exiting, so tests can call it.
 */
public final class Cli {
    private static final Set<String> COMMANDS = Set.of(
            "validate", "recognize", "evaluate", "crossvalidate", "teams-package", "inbox-link", "help", "--help");

    private Cli() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "validate" -> validate(rest, out, err);
            case "recognize" -> RecognizeCommand.run(rest, in, out, err);
            case "evaluate" -> EvaluateCommand.run(rest, in, out, err);
            case "crossvalidate" -> CrossValidateCommand.run(rest, in, out, err);
            case "teams-package" -> TeamsPackageCommand.run(rest, System.getenv(), out, err);
            case "inbox-link" -> InboxLinkCommand.run(rest, System.getenv(), out, err);
            default -> usage(out);
        };
    }

    private static int usage(PrintStream out) {
        out.println("""
                Gebruik: java -jar weerbaar.jar [opdracht]
                  (geen opdracht)              start Weerbaar op poort 3978
                  validate [map]               controleer een catalogusmap (zonder map: de meegeleverde)
                  recognize [--catalog MAP]    herken knelpunten in zinnen van stdin, één JSON-regel per zin
                  evaluate BESTAND.jsonl [--catalog MAP]  meet de herkenning op een evaluatieset
                  crossvalidate [--folds K] [--fit] [--ablation DEV.jsonl]  kruisvalidatie over de voorbeeldzinnen
                  teams-package [--app-id ID] [--out BESTAND]  maak het Teams-app-pakket (zip) om te uploaden
                  inbox-link --email ADRES [--dagen N]  persoonlijke inloglink voor de signalen-inbox (WEERBAAR_SIGNALEN_SECRET)""");
        return 0;
    }

    static int validate(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() > 1) {
            err.println("Gebruik: validate [map]");
            return 2;
        }
        LoadResult result;
        if (args.isEmpty()) {
            result = CatalogLoader.loadBundled();
        } else {
            Path folder = Path.of(args.get(0));
            if (!Files.isDirectory(folder)) {
                err.println("Map niet gevonden: " + folder.toAbsolutePath());
                return 1;
            }
            result = CatalogLoader.load(folder);
        }
        if (!result.isValid()) {
            err.println("De catalogus in " + result.source() + " is ONGELDIG: "
                    + result.problems().size() + (result.problems().size() == 1 ? " probleem." : " problemen."));
            for (Problem p : result.problems()) {
                err.println("  - " + p);
            }
            return 1;
        }
        Catalog c = result.orElseThrow();
        out.println("De catalogus in " + result.source() + " is geldig (versie " + c.versie() + ").");
        out.println(CatalogSummary.of(c));
        return 0;
    }
}

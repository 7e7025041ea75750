package nl.weerbaar.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.CatalogSource;
import nl.weerbaar.catalog.Herkenning;
import nl.weerbaar.search.cli.EvaluateCommand;

/** Shared test data: the bundled catalogue, copies of it on disk, the dev set. */
final class Fixtures {
    private Fixtures() {}

    static Catalog bundled() {
        return CatalogLoader.loadBundled().orElseThrow();
    }

    /** Writes the bundled catalogue's files into a folder, so that a test can change one. */
    static Path copyBundled(Path folder) throws IOException {
        CatalogSource source = CatalogSource.bundled();
        for (String file : CatalogLoader.FILES) {
            Files.writeString(folder.resolve(file), source.read(file).orElseThrow(), StandardCharsets.UTF_8);
        }
        return folder;
    }

    static List<EvalCase> dev() throws Exception {
        return evalSet("dev.jsonl");
    }

    /** How teachers really type: phone shorthand, long stories, formal and Flemish Dutch. */
    static List<EvalCase> devVoices() throws Exception {
        return evalSet("dev-voices.jsonl");
    }

    static List<EvalCase> evalSet(String name) throws Exception {
        try (InputStream in = Fixtures.class.getResourceAsStream("/eval/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return EvaluateCommand.parse(text.lines().toList());
        }
    }

    /** The catalogue with only the first {@code n} phrasings per knelpunt and out of scope. */
    static Catalog fewPhrasings(Catalog c, int n) {
        Herkenning h = c.herkenning();
        java.util.Map<String, List<String>> few = new java.util.HashMap<>();
        h.voorbeelden().forEach((k, v) -> few.put(k, v.subList(0, Math.min(n, v.size()))));
        List<String> buiten =
                h.buitenBereik().subList(0, Math.min(n, h.buitenBereik().size()));
        return new Catalog(
                c.introductie(),
                c.wettelijkKader(),
                c.themas(),
                c.trainingen(),
                c.directory(),
                h.withVoorbeelden(few, buiten),
                c.checksum());
    }

    static Catalog withSynoniemen(Catalog c, List<String> rules) {
        Herkenning h = c.herkenning();
        return new Catalog(
                c.introductie(),
                c.wettelijkKader(),
                c.themas(),
                c.trainingen(),
                c.directory(),
                new Herkenning(
                        h.voorbeelden(),
                        h.buitenBereik(),
                        h.signaalwoorden(),
                        h.waarneming(),
                        h.hypothetisch(),
                        h.urgentiewoorden(),
                        h.dwang(),
                        h.tijdNu(),
                        h.tijdVandaag(),
                        h.verleden(),
                        h.elders(),
                        h.algemeneVraag(),
                        h.leerlingwoorden(),
                        h.leerlingverwijzing(),
                        h.afkortingen(),
                        rules,
                        h.samenstellingen(),
                        h.chattaal(),
                        h.context()),
                c.checksum());
    }
}

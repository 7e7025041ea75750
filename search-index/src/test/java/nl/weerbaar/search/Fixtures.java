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
        try (InputStream in = Fixtures.class.getResourceAsStream("/eval/dev.jsonl")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return EvaluateCommand.parse(text.lines().toList());
        }
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
                        h.samenstellingen()),
                c.checksum());
    }
}

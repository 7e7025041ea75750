package nl.weerbaar.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads and validates a catalogue folder. Every problem in every file is reported at once; a
 * folder with any problem yields no catalogue at all.
 */
public final class CatalogLoader {

    /** The files of a catalogue folder, in the order they are read and checksummed. */
    public static final List<String> FILES = List.of(
            ContentReader.CATALOGUS,
            ContentReader.TRAININGEN,
            DirectoryReader.ORGANISATIE,
            RecognitionReader.VOORBEELDEN,
            RecognitionReader.SIGNALEN,
            RecognitionReader.SYNONIEMEN,
            RecognitionReader.SAMENSTELLINGEN);

    /** Files a folder may have; a missing one counts as empty. */
    public static final List<String> OPTIONAL_FILES = List.of(RecognitionReader.CHATTAAL, InformatieReader.INFORMATIE);

    /** Every file a catalogue folder can have: {@link #FILES}, then {@link #OPTIONAL_FILES}. */
    public static final List<String> ALL_FILES = java.util.stream.Stream.concat(FILES.stream(), OPTIONAL_FILES.stream())
            .toList();

    private CatalogLoader() {}

    public static LoadResult load(Path folder) {
        return load(CatalogSource.folder(folder));
    }

    public static LoadResult loadBundled() {
        return load(CatalogSource.bundled());
    }

    public static LoadResult load(CatalogSource source) {
        List<Problem> problems = new ArrayList<>();
        MessageDigest digest = sha256();
        List<Optional<String>> texts = new ArrayList<>();
        for (String file : FILES) {
            Optional<String> text = read(source, file, problems);
            text.ifPresent(t -> {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(t.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            texts.add(text);
        }
        Optional<String> chattaalText = readOptional(source, RecognitionReader.CHATTAAL, problems);
        chattaalText.ifPresent(t -> {
            digest.update(RecognitionReader.CHATTAAL.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(t.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        Optional<String> informatieText = readOptional(source, InformatieReader.INFORMATIE, problems);
        informatieText.ifPresent(t -> {
            digest.update(InformatieReader.INFORMATIE.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(t.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });

        Ids knelpuntIds = new Ids("knelpunt");
        var content = yaml(
                texts.get(0),
                ContentReader.CATALOGUS,
                problems,
                root -> ContentReader.readCatalogus(root, knelpuntIds));
        if (content.isEmpty()) {
            knelpuntIds.unknown();
        }
        var trainingen = yaml(
                texts.get(1),
                ContentReader.TRAININGEN,
                problems,
                root -> ContentReader.readTrainingen(root, knelpuntIds));
        var directory = yaml(
                texts.get(2), DirectoryReader.ORGANISATIE, problems, root -> Optional.of(DirectoryReader.read(root)));
        List<String> knelpuntOrder = content.map(c -> c.themas().stream()
                        .flatMap(t -> t.knelpunten().stream())
                        .map(Knelpunt::id)
                        .toList())
                .orElse(List.of());
        var voorbeelden = yaml(
                texts.get(3),
                RecognitionReader.VOORBEELDEN,
                problems,
                root -> Optional.of(RecognitionReader.readVoorbeelden(root, knelpuntIds, knelpuntOrder)));
        var signalen = yaml(
                texts.get(4),
                RecognitionReader.SIGNALEN,
                problems,
                root -> Optional.of(RecognitionReader.readSignalen(root)));
        List<String> synoniemen = texts.get(5)
                .map(t -> RecognitionReader.readSynoniemen(t, problems))
                .orElse(List.of());
        List<String> samenstellingen = texts.get(6)
                .map(t -> RecognitionReader.readSamenstellingen(t, problems))
                .orElse(List.of());
        var informatie = yaml(
                informatieText,
                InformatieReader.INFORMATIE,
                problems,
                root -> Optional.of(InformatieReader.read(root, knelpuntIds)));
        if (informatie.isPresent() && voorbeelden.isPresent()) {
            InformatieReader.checkAgainst(informatie.get(), voorbeelden.get());
        }
        List<String> chattaal = chattaalText
                .map(t -> RecognitionReader.readChattaal(t, problems))
                .orElse(List.of());

        if (!problems.isEmpty()) {
            return LoadResult.failed(source.description(), problems);
        }
        var c = content.orElseThrow();
        var v = voorbeelden.orElseThrow();
        var s = signalen.orElseThrow();
        Introductie introductie = new Introductie(
                c.introductie().titel(),
                c.introductie().paragrafen(),
                trainingen.orElseThrow().inleiding());
        Herkenning herkenning = new Herkenning(
                v.perKnelpunt(),
                v.buitenBereik(),
                s.signaalwoorden(),
                s.waarneming(),
                s.hypothetisch(),
                s.urgentiewoorden(),
                s.dwang(),
                s.tijdNu(),
                s.tijdVandaag(),
                s.verleden(),
                s.elders(),
                s.algemeneVraag(),
                s.leerlingwoorden(),
                s.leerlingverwijzing(),
                s.afkortingen(),
                synoniemen,
                samenstellingen,
                chattaal,
                v.context());
        Catalog catalog = new Catalog(
                introductie,
                c.wettelijkKader(),
                c.themas(),
                trainingen.orElseThrow().trainingen(),
                directory.orElseThrow(),
                herkenning,
                informatie.map(InformatieReader.Gelezen::informatie).orElse(Informatie.LEEG),
                HexFormat.of().formatHex(digest.digest()));
        return LoadResult.ok(source.description(), catalog);
    }

    private static Optional<String> read(CatalogSource source, String file, List<Problem> problems) {
        try {
            Optional<String> text = source.read(file);
            if (text.isEmpty()) {
                problems.add(new Problem(
                        file, "", 0, "Dit bestand ontbreekt in de catalogusmap " + source.description() + "."));
            }
            return text.map(t -> t.startsWith("\uFEFF") ? t.substring(1) : t);
        } catch (IOException e) {
            problems.add(new Problem(file, "", 0, "Dit bestand kan niet worden gelezen: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static Optional<String> readOptional(CatalogSource source, String file, List<Problem> problems) {
        try {
            return source.read(file).map(t -> t.startsWith("\uFEFF") ? t.substring(1) : t);
        } catch (IOException e) {
            problems.add(new Problem(file, "", 0, "Dit bestand kan niet worden gelezen: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static <T> Optional<T> yaml(
            Optional<String> text, String file, List<Problem> problems, Function<YamlNode, Optional<T>> reader) {
        return text.flatMap(t -> YamlNode.parse(file, t, problems)).flatMap(reader);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

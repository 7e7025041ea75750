package nl.weerbaar.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The customer's document (src/test/resources/seed/weerbare-school.txt) read independently of
 * the catalogue, so tests can compare the catalogue against it. The format: introduction
 * paragraphs, a tab-separated table (theme, knelpunt, interventions as {@code <ul ...>- a.- b.}),
 * then "Aansluitende trainingen en trajecten" with per training a name, a "Voor ..." line,
 * description paragraphs and a "→ **Lost op:** ..." line.
 */
record SeedDocument(
        List<String> introductie,
        List<Row> rows,
        String trainingenInleiding,
        List<SeedTraining> trainingen,
        List<String> paragraphs) {

    static final String RESOURCE = "/seed/weerbare-school.txt";

    private static final String TABLE_HEADER = "Thema\tKnelpunt (voorbeeld)\tInterventie / Verbeteractie";
    private static final String TRAININGEN_HEADER = "Aansluitende trainingen en trajecten";
    private static final String LOST_OP = "→ **Lost op:** ";
    private static final Pattern LIST_OPEN = Pattern.compile("^<ul[^>]*>");
    /** "- " that starts an item: at the start of the cell or right after a non-space. */
    private static final Pattern ITEM = Pattern.compile("(?:^|(?<=\\S))- ");

    record Row(String thema, String knelpunt, List<String> interventies) {}

    record SeedTraining(String naam, String voor, List<String> beschrijving, String lostOp) {}

    static String text() {
        try (InputStream in = SeedDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SeedDocument parse() {
        return parse(text());
    }

    static SeedDocument parse(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int header = lines.indexOf(TABLE_HEADER);
        int trainingenStart = lines.indexOf(TRAININGEN_HEADER);
        if (header < 0 || trainingenStart < header) {
            throw new IllegalStateException("the seed document has no table or no trainingen section");
        }

        List<String> introductie = nonBlank(lines.subList(0, header));

        List<Row> rows = new ArrayList<>();
        String thema = null;
        for (String line : lines.subList(header + 1, trainingenStart)) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw new IllegalStateException("a table row needs three tab-separated cells: " + line);
            }
            if (!cells[0].isBlank()) {
                thema = cells[0].strip();
            }
            rows.add(new Row(thema, cells[1].strip(), interventies(cells[2])));
        }

        List<String> rest = nonBlank(lines.subList(trainingenStart + 1, lines.size()));
        String inleiding = rest.get(0);
        List<SeedTraining> trainingen = new ArrayList<>();
        int i = 1;
        while (i < rest.size()) {
            String naam = rest.get(i++);
            String voor = rest.get(i++);
            List<String> beschrijving = new ArrayList<>();
            while (!rest.get(i).startsWith(LOST_OP)) {
                beschrijving.add(rest.get(i++));
            }
            String lostOp = rest.get(i++).substring(LOST_OP.length());
            trainingen.add(new SeedTraining(naam, voor, beschrijving, lostOp));
        }

        return new SeedDocument(introductie, rows, inleiding, trainingen, nonBlank(lines));
    }

    /** Splits an interventions cell: {@code <ul ...>- a.- b.- c.} into a, b, c. */
    static List<String> interventies(String cell) {
        String items = LIST_OPEN.matcher(cell.strip()).replaceFirst("");
        return Arrays.stream(ITEM.split(items))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    List<String> themas() {
        return rows.stream().map(Row::thema).distinct().toList();
    }

    /** The sentences of the document that contain the phrase. */
    List<String> sentencesContaining(String phrase) {
        return paragraphs.stream()
                .flatMap(p -> Arrays.stream(p.split("(?<=[.!?])\\s+")))
                .filter(s -> s.contains(phrase))
                .toList();
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank()).map(String::strip).toList();
    }
}

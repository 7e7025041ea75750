package nl.weerbaar.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A complete, validated catalogue: the customer's content, the organisation directory and the
 * recognition data, the informatievragen (informatie.yaml), with the checksum of the files it was loaded from. Immutable.
 */
public record Catalog(
        Introductie introductie,
        WettelijkKader wettelijkKader,
        List<Thema> themas,
        List<Training> trainingen,
        Directory directory,
        Herkenning herkenning,
        Informatie informatie,
        String checksum) {
    public Catalog {
        themas = List.copyOf(themas);
        trainingen = List.copyOf(trainingen);
        informatie = informatie == null ? Informatie.LEEG : informatie;
    }

    /** A catalogue without informatievragen (a folder without informatie.yaml). */
    public Catalog(
            Introductie introductie,
            WettelijkKader wettelijkKader,
            List<Thema> themas,
            List<Training> trainingen,
            Directory directory,
            Herkenning herkenning,
            String checksum) {
        this(introductie, wettelijkKader, themas, trainingen, directory, herkenning, Informatie.LEEG, checksum);
    }

    /** All knelpunten in the document's order. */
    public List<Knelpunt> knelpunten() {
        return themas.stream().flatMap(t -> t.knelpunten().stream()).toList();
    }

    public Optional<Knelpunt> knelpunt(String id) {
        return knelpunten().stream().filter(k -> k.id().equals(id)).findFirst();
    }

    public Optional<Thema> thema(String id) {
        return themas.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The trainingen whose "Lost op" names this knelpunt; empty when none does. */
    public List<Training> trainingenVoor(String knelpuntId) {
        return trainingen.stream().filter(t -> t.lost(knelpuntId)).toList();
    }

    /** A short version label: the first 12 hex digits of the checksum. */
    public String versie() {
        return checksum.substring(0, Math.min(12, checksum.length()));
    }
}

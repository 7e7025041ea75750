package nl.weerbaar.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whom a training is meant for, and what a staff member does (organisatie.yaml, {@code functie} of a
 * medewerker): the teacher in the classroom, the school's leadership (teamleiders,
 * zorgcoördinatoren, beleidsmakers, directie) or the municipality. A reply shows the trainingen for
 * the asker's functie first and labels the others by whom they are for.
 */
public enum Functie {
    LERAAR,
    SCHOOLLEIDING,
    GEMEENTE;

    /** How the value is written in organisatie.yaml. */
    public String yamlNaam() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Functie> vanYaml(String waarde) {
        return Arrays.stream(values())
                .filter(f -> f.yamlNaam().equals(waarde.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}

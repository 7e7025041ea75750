package nl.weerbaar.catalog;

import java.util.List;

/** A school location (or team) with its aanspreekpunt and the backup who takes over. */
public record Locatie(String id, String naam, List<String> teams, Persoon aanspreekpunt, Persoon backup) {
    public Locatie {
        teams = List.copyOf(teams);
    }
}

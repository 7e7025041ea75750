package nl.weerbaar.catalog;

/** A staff member whose locatie is known in advance. */
public record Medewerker(Persoon persoon, String locatieId) {}

package nl.weerbaar.catalog;

/**
 * A staff member whose locatie is known in advance.
 *
 * @param functie what they do, when the directory says so (which trainingen are theirs); else null
 */
public record Medewerker(Persoon persoon, String locatieId, Functie functie) {}

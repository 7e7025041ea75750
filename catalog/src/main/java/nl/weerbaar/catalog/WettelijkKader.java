package nl.weerbaar.catalog;

/** The legal frame the document names: the sentence that names it and a short explanation. */
public record WettelijkKader(String naam, int jaar, String bron, String toelichting) {}

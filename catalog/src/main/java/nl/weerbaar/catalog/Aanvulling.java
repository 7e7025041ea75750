package nl.weerbaar.catalog;

/**
 * What the bot adds to an informatievraag's fixed answer, from data that lives elsewhere.
 */
public enum Aanvulling {
    /** Nothing: the answer and its contacts are all. */
    GEEN("geen"),
    /** The asker's aanspreekpunt with phone and e-mail (organisatie.yaml). */
    AANSPREEKPUNT("aanspreekpunt"),
    /** The backup of the aanspreekpunt who is away, with role, phone and e-mail (organisatie.yaml). */
    BACKUP("backup"),
    /** The legal frame of catalogus.yaml (wettelijkKader). */
    WETTELIJK_KADER("wettelijkKader"),
    /**
     * The best answer to the question itself: the message is recognised again without this
     * informatievraag (a question in another language).
     */
    BESTE_ANTWOORD("besteAntwoord");

    private final String naam;

    Aanvulling(String naam) {
        this.naam = naam;
    }

    /** The value as written in informatie.yaml. */
    public String naam() {
        return naam;
    }

    static java.util.Optional<Aanvulling> van(String naam) {
        for (Aanvulling a : values()) {
            if (a.naam.equals(naam)) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }
}

package nl.weerbaar.bot.admin;

import java.util.List;
import nl.weerbaar.bot.CatalogSummary;
import nl.weerbaar.catalog.Problem;

/** What a reindex, upload, restore or added example phrasing came to. */
public sealed interface Uitkomst {

    /**
     * The new version is current and served.
     *
     * @param versieId the id of the version in the database
     * @param ongewijzigd true when the content equals the version already current (nothing stored)
     * @param duurMs the whole operation: read, validate, index, store, swap
     * @param indexBouwMs building the recognition index alone
     */
    record Gelukt(
            long versieId,
            String versie,
            String checksum,
            CatalogSummary aantallen,
            boolean ongewijzigd,
            long duurMs,
            long indexBouwMs)
            implements Uitkomst {}

    /** Refused: the problems, in the catalogue's files; the version served before keeps serving. */
    record Geweigerd(String bron, List<Problem> problemen, String actueleVersie) implements Uitkomst {
        public Geweigerd {
            problemen = List.copyOf(problemen);
        }
    }
}

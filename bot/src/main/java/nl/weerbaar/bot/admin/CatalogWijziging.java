package nl.weerbaar.bot.admin;

import java.util.List;
import nl.weerbaar.bot.catalog.CatalogSummary;
import nl.weerbaar.catalog.Problem;

/** What a reindex, upload, restore or added example phrasing came to. */
public sealed interface CatalogWijziging {

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
            implements CatalogWijziging {}

    /** Refused: the problems, in the catalogue's files; the version served before keeps serving. */
    record Geweigerd(String bron, List<Problem> problemen, String actueleVersie) implements CatalogWijziging {
        public Geweigerd {
            problemen = List.copyOf(problemen);
        }
    }

    /**
     * Valid, but it could not be stored (the database or the catalogue folder cannot be written):
     * nothing changed, the version served before keeps serving.
     *
     * @param wat what could not be stored, in Dutch ("de nieuwe catalogusversie", "voorbeelden.yaml in …")
     * @param oorzaak why
     * @param actueleVersie the version that keeps serving
     */
    record NietOpgeslagen(String wat, Oorzaak oorzaak, String actueleVersie) implements CatalogWijziging {
        /** Why a change could not be stored. */
        public enum Oorzaak {
            /** the disk is full (the database's or the catalogue folder's) */
            SCHIJF_VOL,
            /** the database cannot be reached or refuses to write */
            DATABASE,
            /** the catalogue folder cannot be written for another reason (e.g. permissions) */
            SCHRIJVEN
        }

        /** The message for the admin, in Dutch. */
        public String melding() {
            return switch (oorzaak) {
                case SCHIJF_VOL -> AdminTeksten.schijfVol(wat, actueleVersie);
                case DATABASE -> AdminTeksten.databaseWeg(wat, actueleVersie);
                case SCHRIJVEN -> AdminTeksten.nietGeschreven(wat, actueleVersie);
            };
        }
    }
}

package nl.weerbaar.bot.admin;

import java.util.List;
import nl.weerbaar.bot.catalog.CatalogSummary;
import nl.weerbaar.catalog.CatalogVerschil;
import nl.weerbaar.catalog.Problem;

/**
 * What a reindex, upload, restore, added example phrasing or organisation edit came to: a preview
 * ({@link Voorstel}, nothing changed yet), activated ({@link Gelukt}), refused, not storable, or
 * refused because another version became current since the preview ({@link Verouderd}).
 */
public sealed interface CatalogWijziging {

    /**
     * How a change is applied: previewed only, activated at once, or activated as previewed.
     *
     * @param voorvertoning only compute the difference and the problems; change nothing
     * @param basis when set, activate only while this version id is still current
     * @param checksum when set, activate only when the content still has this checksum
     */
    record Stap(boolean voorvertoning, Long basis, String checksum) {
        public static final Stap DIRECT = new Stap(false, null, null);
        public static final Stap VOORVERTONING = new Stap(true, null, null);
    }

    /**
     * The preview of a valid change, computed against the version served ({@code basisVersieId});
     * nothing is stored. Activate it with {@code basis} = {@code basisVersieId} and {@code checksum}.
     *
     * @param ongewijzigd true when the content equals the version served
     */
    record Voorstel(
            Long basisVersieId,
            String basisVersie,
            String versie,
            String checksum,
            CatalogSummary aantallen,
            boolean ongewijzigd,
            CatalogVerschil verschil)
            implements CatalogWijziging {
        public boolean voorvertoning() {
            return true;
        }
    }

    /**
     * Not activated: since the preview another version became current ({@code ANDERE_VERSIE}) or
     * the content changed ({@code ANDERE_INHOUD}); nothing changed.
     */
    record Verouderd(Reden reden, Long basisVersieId, Long actueleVersieId, String actueleVersie)
            implements CatalogWijziging {
        public enum Reden {
            ANDERE_VERSIE,
            ANDERE_INHOUD
        }

        public String melding() {
            return reden == Reden.ANDERE_VERSIE
                    ? AdminTeksten.verouderd(actueleVersieId, actueleVersie)
                    : AdminTeksten.inhoudVeranderd(actueleVersie);
        }
    }

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

package nl.weerbaar.bot.signals;

import java.time.Instant;
import nl.weerbaar.catalog.Kanaal;

/** A signal as stored. Its texts are case data: never log them. */
public record Signaal(
        long id,
        String referentie,
        String locatieId,
        String knelpuntId,
        boolean urgent,
        String beschrijving,
        String leerling,
        Kanaal melderKanaal,
        String melderId,
        String melderNaam,
        Status status,
        Instant aangemaaktOp,
        int escalatieNiveau,
        Instant opgepaktOp,
        String opgepaktDoor,
        Instant afgeslotenOp) {

    public enum Status {
        NIEUW,
        OPGEPAKT,
        AFGEHANDELD
    }

    @Override
    public String toString() {
        // records print every field; this one must never print its texts
        return "Signaal[" + referentie + ", " + status + "]";
    }
}

package nl.weerbaar.bot.signals;

import java.time.Instant;
import nl.weerbaar.catalog.Kanaal;

/**
 * A signal being composed, step by step, stored in the database (so it survives restarts and
 * works across instances). Its id is opaque and doubles as the idempotency key of the signal.
 *
 * @param urgent null while not yet asked
 */
public record Concept(
        String id,
        Kanaal kanaal,
        String userId,
        Stap stap,
        String beschrijving,
        boolean beschrijvingOk,
        String locatieId,
        String knelpuntId,
        Boolean urgent,
        String leerling,
        boolean leerlingGevraagd,
        Instant aangemaaktOp) {

    public static final int MAX_BESCHRIJVING = 1000;
    public static final int MAX_LEERLING = 50;

    /** Where the teacher is in the flow. */
    public enum Stap {
        /**
         * Just made from a pressed "Signaal doorgeven" (before its first step is saved), or parked
         * because another draft of the user was started: not waiting for typed text.
         */
        VOORSTEL,
        /** Waiting for the typed description. */
        BESCHRIJVING,
        CONTROLE,
        LOCATIE,
        URGENTIE,
        /** Waiting for the typed pupil reference, or "Overslaan". */
        LEERLING,
        BEVESTIGEN,
        /** Being filled in a Slack modal. */
        MODAL;

        /**
         * A step that asks the teacher something: what they type next is read as the answer (or, when
         * it is none, leads to the question whether to go on with the draft).
         */
        public boolean wachtOpAntwoord() {
            return this != VOORSTEL && this != MODAL;
        }
    }

    public Concept met(Stap nieuweStap) {
        return new Concept(
                id,
                kanaal,
                userId,
                nieuweStap,
                beschrijving,
                beschrijvingOk,
                locatieId,
                knelpuntId,
                urgent,
                leerling,
                leerlingGevraagd,
                aangemaaktOp);
    }

    public Concept metBeschrijving(String tekst, boolean ok) {
        return new Concept(
                id,
                kanaal,
                userId,
                stap,
                kort(tekst, MAX_BESCHRIJVING),
                ok,
                locatieId,
                knelpuntId,
                urgent,
                leerling,
                leerlingGevraagd,
                aangemaaktOp);
    }

    public Concept metLocatie(String locatie) {
        return new Concept(
                id,
                kanaal,
                userId,
                stap,
                beschrijving,
                beschrijvingOk,
                locatie,
                knelpuntId,
                urgent,
                leerling,
                leerlingGevraagd,
                aangemaaktOp);
    }

    public Concept metUrgent(Boolean dringend) {
        return new Concept(
                id,
                kanaal,
                userId,
                stap,
                beschrijving,
                beschrijvingOk,
                locatieId,
                knelpuntId,
                dringend,
                leerling,
                leerlingGevraagd,
                aangemaaktOp);
    }

    public Concept metLeerling(String verwijzing) {
        return new Concept(
                id,
                kanaal,
                userId,
                stap,
                beschrijving,
                beschrijvingOk,
                locatieId,
                knelpuntId,
                urgent,
                verwijzing == null || verwijzing.isBlank() ? null : kort(verwijzing, MAX_LEERLING),
                true,
                aangemaaktOp);
    }

    public boolean compleet() {
        return beschrijving != null && !beschrijving.isBlank() && locatieId != null && urgent != null;
    }

    static String kort(String tekst, int max) {
        if (tekst == null) {
            return null;
        }
        String s = tekst.strip();
        return s.length() > max ? s.substring(0, max) : s;
    }
}

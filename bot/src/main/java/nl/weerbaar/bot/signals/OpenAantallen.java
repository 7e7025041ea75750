package nl.weerbaar.bot.signals;

import java.util.List;

/**
 * What an admin may know of the open signals that were not escalated to them: how many there are
 * per locatie and status, never a description, pupil reference or reporter (need-to-know, see
 * docs/SIGNALEN.md).
 *
 * @param regels one line per locatie and status, in locatie and status order
 */
public record OpenAantallen(List<Regel> regels) {

    public OpenAantallen {
        regels = List.copyOf(regels);
    }

    /**
     * Open signals of one locatie with one status.
     *
     * @param locatieId the locatie's id (as stored with the signal)
     * @param locatie its name from the directory, or the id when the directory no longer has it
     */
    public record Regel(String locatieId, String locatie, Signaal.Status status, long aantal) {
        /** e.g. "Locatie De Linde, nog niet opgepakt: 2". */
        public String zin() {
            return SignaalTeksten.aantalOpen(locatie, status, aantal);
        }
    }

    /** The heading above the lines. */
    public String kop() {
        return SignaalTeksten.AANTALLEN_KOP;
    }

    public boolean leeg() {
        return regels.isEmpty();
    }
}

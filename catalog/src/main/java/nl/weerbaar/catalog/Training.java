package nl.weerbaar.catalog;

import java.util.List;

/**
 * A training or programme from the document. {@code lostOp} holds the knelpunt ids it solves,
 * {@code lostOpTekst} the document's verbatim "Lost op:" line. {@code voorLeraren} is false when
 * the audience is not the teachers themselves (school leaders, municipalities).
 */
public record Training(
        String id,
        String naam,
        String voor,
        List<String> beschrijving,
        String doelgroep,
        boolean voorLeraren,
        String vorm,
        String lostOpTekst,
        List<String> lostOp) {
    public Training {
        beschrijving = List.copyOf(beschrijving);
        lostOp = List.copyOf(lostOp);
    }

    public boolean lost(String knelpuntId) {
        return lostOp.contains(knelpuntId);
    }

    /**
     * Whom the training is for: the teachers ({@code voorLeraren}), the municipality (its doelgroep
     * names gemeenten, as "Regie op Schoolveiligheid" does) or else the school's leadership
     * (teamleiders, zorgcoördinatoren, beleidsmakers).
     */
    public Functie publiek() {
        if (voorLeraren) {
            return Functie.LERAAR;
        }
        return doelgroep != null && doelgroep.toLowerCase(java.util.Locale.ROOT).contains("gemeente")
                ? Functie.GEMEENTE
                : Functie.SCHOOLLEIDING;
    }

    /** The first sentence of the description, for a one-line summary. */
    public String eersteZin() {
        String eerste = beschrijving.isEmpty() ? "" : beschrijving.get(0);
        int punt = eerste.indexOf(". ");
        return punt < 0 ? eerste : eerste.substring(0, punt + 1);
    }
}

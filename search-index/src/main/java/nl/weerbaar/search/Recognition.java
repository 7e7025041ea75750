package nl.weerbaar.search;

import java.util.List;

/**
 * What the recogniser made of one utterance.
 *
 * @param catalogVersion the version of the catalogue that produced this answer
 * @param knelpunten candidates, best first, at most three
 * @param decision answer, ask which of the top options, or don't know
 * @param matchedWords the user's own words the top candidate was recognised on ("herkend op: …")
 * @param signal a concrete observation about a pupil that could be passed on
 * @param urgent acute danger (implies signal); the bot advises 112 first
 * @param informatievraag the id of the informatievraag (informatie.yaml) the message asks, or null;
 *     then the decision about knelpunten is DONT_KNOW, except for an informatievraag whose answer
 *     adds the best answer to the question itself (a question in English), which keeps the
 *     decision made without it
 */
public record Recognition(
        String catalogVersion,
        List<Match> knelpunten,
        Decision decision,
        List<String> matchedWords,
        boolean signal,
        boolean urgent,
        String informatievraag) {
    public Recognition {
        knelpunten = List.copyOf(knelpunten);
        matchedWords = List.copyOf(matchedWords);
        if (knelpunten.size() > 3) {
            throw new IllegalArgumentException("at most three candidates");
        }
        if (urgent && !signal) {
            throw new IllegalArgumentException("urgent implies signal");
        }
    }

    /** A recognition without an informatievraag. */
    public Recognition(
            String catalogVersion,
            List<Match> knelpunten,
            Decision decision,
            List<String> matchedWords,
            boolean signal,
            boolean urgent) {
        this(catalogVersion, knelpunten, decision, matchedWords, signal, urgent, null);
    }

    /** The informatievraag the message asks, if any. */
    public java.util.Optional<String> informatie() {
        return java.util.Optional.ofNullable(informatievraag);
    }

    /** True when the recogniser does not know which knelpunt is meant. */
    public boolean abstain() {
        return decision == Decision.DONT_KNOW;
    }

    /** The best candidate's id, or null when there is none. */
    public String best() {
        return knelpunten.isEmpty() ? null : knelpunten.get(0).knelpuntId();
    }
}

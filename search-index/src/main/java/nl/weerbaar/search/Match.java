package nl.weerbaar.search;

/**
 * One candidate knelpunt with a calibrated confidence in [0,1]: the probability, fitted on
 * held-out example phrasings, that this knelpunt is the one the teacher means (see
 * RECOGNITION.md). It means the same across queries; it is not a raw BM25 score.
 */
public record Match(String knelpuntId, double score) {
    public Match {
        if (knelpuntId == null || knelpuntId.isBlank()) {
            throw new IllegalArgumentException("a match needs a knelpunt id");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0,1]: " + score);
        }
    }
}

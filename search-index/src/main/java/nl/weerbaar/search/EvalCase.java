package nl.weerbaar.search;

import java.util.List;

/**
 * One labelled utterance, as in dev.jsonl.
 *
 * @param expect the knelpunt id, or null when the utterance is out of scope
 * @param also other ids that count as correct
 */
public record EvalCase(String text, String expect, List<String> also, boolean signal, boolean urgent) {
    public EvalCase {
        also = also == null ? List.of() : List.copyOf(also);
    }

    public boolean inScope() {
        return expect != null;
    }

    public boolean accepts(String id) {
        return id != null && (id.equals(expect) || also.contains(id));
    }
}

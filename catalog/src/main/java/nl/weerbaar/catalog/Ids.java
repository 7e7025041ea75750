package nl.weerbaar.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks ids of one kind: their form, and that none is used twice. */
final class Ids {
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String kind;
    private final Map<String, Integer> seen = new HashMap<>();
    private boolean known = true;

    Ids(String kind) {
        this.kind = kind;
    }

    /** Reads the id at this node, reporting a bad form or a second use. */
    String claim(YamlNode idNode) {
        String id = idNode.text();
        if (id == null) {
            return null;
        }
        if (!FORM.matcher(id).matches()) {
            idNode.problem(
                    "Het id '" + id + "' mag alleen kleine letters, cijfers en streepjes bevatten (zoals 'de-linde').");
        }
        Integer first = seen.putIfAbsent(id, idNode.line());
        if (first != null) {
            idNode.problem("Het " + kind + "-id '" + id + "' komt twee keer voor (ook op regel " + first
                    + "). Elk id moet uniek zijn.");
        }
        return id;
    }

    /**
     * Marks these ids as unknown because the file that defines them could not be read (missing or
     * malformed). References to them are then not checked: that file's own problem is reported,
     * not one "unknown id" per reference.
     */
    void unknown() {
        known = false;
    }

    /** True only when the id was claimed (false when the ids are unknown). */
    boolean knows(String id) {
        return seen.containsKey(id);
    }

    /** True when the id was claimed, or when the ids are unknown (see {@link #unknown()}). */
    boolean contains(String id) {
        return !known || seen.containsKey(id);
    }
}

package nl.weerbaar.catalog;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A position in a YAML file, read with the line numbers kept, that reports every structural
 * problem (missing, empty, wrongly typed or unknown fields) to a shared problem list instead of
 * failing at the first one.
 *
 * <p>A problem is reported where an admin looks for it: a field's problems at the field's own key
 * (line and column of {@code naam:}, also when its value starts on the next line, as a list
 * does), a list item's at the item, a missing field's at the mapping that lacks it.
 */
final class YamlNode {
    private static final int MAX_TEXT = 100_000;
    /** Deeper than any catalogue file needs; the composer recurses per level and would overflow. */
    private static final int MAX_DEPTH = 64;
    /** Aliases to lists or mappings: each one can multiply the file (a "billion laughs" bomb). */
    private static final int MAX_COLLECTION_ALIASES = 10;

    private final String file;
    private final String path;
    private final Node node;
    private final int line;
    private final int column;
    private final List<Problem> problems;

    /**
     * @param at where problems about this node are reported: its key, or the node itself
     * @param line,column the position to fall back on when {@code at} has none (1-based, 0 unknown)
     */
    private YamlNode(
            String file, String path, Node node, Optional<Mark> at, int line, int column, List<Problem> problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.line = at.map(m -> m.getLine() + 1).orElse(line);
        this.column = at.map(m -> m.getColumn() + 1).orElse(column);
        this.problems = problems;
    }

    /** A mapping's field: reported at its key. */
    private YamlNode field(NodeTuple tuple, String key) {
        return new YamlNode(
                file, child(key), tuple.getValueNode(), tuple.getKeyNode().getStartMark(), line, column, problems);
    }

    /** A field that is not there: reported at the mapping that lacks it. */
    private YamlNode missing(String key) {
        return new YamlNode(file, child(key), null, Optional.empty(), line, column, problems);
    }

    /** Parses a whole file; on malformed YAML reports the problem and returns empty. */
    static Optional<YamlNode> parse(String file, String text, List<Problem> problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setAllowDuplicateKeys(true) // reported by us, with the path
                .setMaxAliasesForCollections(10)
                .setCodePointLimit(20 * 1024 * 1024)
                .build();
        try {
            Optional<Problem> unsafe = unsafeStructure(file, settings, text);
            if (unsafe.isPresent()) {
                problems.add(unsafe.get());
                return Optional.empty();
            }
            Optional<Node> root = new Compose(settings).composeReader(new StringReader(text));
            if (root.isEmpty()) {
                problems.add(new Problem(file, "", 0, "Het bestand is leeg."));
                return Optional.empty();
            }
            return Optional.of(new YamlNode(file, "", root.get(), root.get().getStartMark(), 0, 0, problems));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(0);
            String where = e.getProblemMark()
                    .map(m -> " (regel " + (m.getLine() + 1) + ", kolom " + (m.getColumn() + 1) + ")")
                    .orElse("");
            problems.add(new Problem(
                    file,
                    "",
                    line,
                    column,
                    "Dit is geen geldige YAML" + where + ": " + e.getProblem()
                            + ". Controleer de inspringing, de dubbele punten en de aanhalingstekens."));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(new Problem(file, "", 0, "Dit is geen geldige YAML: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Streams the parser's events (no recursion) to find what the composer cannot handle safely:
     * nesting deeper than {@link #MAX_DEPTH}, or more than {@link #MAX_COLLECTION_ALIASES} aliases
     * to lists or mappings.
     */
    private static Optional<Problem> unsafeStructure(String file, LoadSettings settings, String text) {
        int depth = 0;
        int collectionAliases = 0;
        Set<Anchor> collections = new HashSet<>();
        for (Event event : new Parse(settings).parseString(text)) {
            int line = event.getStartMark().map(m -> m.getLine() + 1).orElse(0);
            int column = event.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    ((NodeEvent) event).getAnchor().ifPresent(collections::add);
                    if (++depth > MAX_DEPTH) {
                        return Optional.of(new Problem(
                                file,
                                "",
                                line,
                                column,
                                "Lijsten en velden staan hier meer dan " + MAX_DEPTH
                                        + " lagen diep in elkaar. Zo diep gaat geen catalogusbestand; het bestand is"
                                        + " waarschijnlijk beschadigd."));
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                case Alias -> {
                    if (collections.contains(((AliasEvent) event).getAlias())
                            && ++collectionAliases > MAX_COLLECTION_ALIASES) {
                        return Optional.of(new Problem(
                                file,
                                "",
                                line,
                                column,
                                "Dit bestand verwijst meer dan "
                                        + MAX_COLLECTION_ALIASES + " keer met een YAML-alias (*naam) naar een lijst of"
                                        + " een groep velden. Zo kan een klein bestand onbeperkt groot worden; schrijf"
                                        + " de lijst voluit in plaats van met &naam en *naam."));
                    }
                }
                default -> {}
            }
        }
        return Optional.empty();
    }

    String file() {
        return file;
    }

    String path() {
        return path;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    void problem(String message) {
        problems.add(new Problem(file, path, line, column, message));
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    /** The fields of a mapping, in file order; reports a field that appears twice. */
    Map<String, YamlNode> fields() {
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problem("Hier horen velden (naam: waarde).");
            return fields;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            YamlNode child = field(tuple, key);
            if (fields.containsKey(key)) {
                child.problem("Het veld '" + key + "' staat hier twee keer (ook op regel "
                        + fields.get(key).line() + ").");
            } else {
                fields.put(key, child);
            }
        }
        return fields;
    }

    /** Reports every field that is not one of the allowed ones, with a suggestion. */
    void allowOnly(Set<String> allowed) {
        if (!(node instanceof MappingNode)) {
            return;
        }
        for (Map.Entry<String, YamlNode> field : fields().entrySet()) {
            if (!allowed.contains(field.getKey())) {
                String suggestion = closest(field.getKey(), allowed)
                        .map(s -> " Bedoel je '" + s + "'?")
                        .orElse(" Toegestaan zijn: "
                                + String.join(", ", allowed.stream().sorted().toList()) + ".");
                field.getValue().problem("Onbekend veld '" + field.getKey() + "'." + suggestion);
            }
        }
    }

    /** The child field, or a missing node (reported by the typed accessors). */
    YamlNode get(String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                    return field(tuple, key);
                }
            }
        } else if (node != null) {
            problem("Hier horen velden (naam: waarde).");
        }
        return missing(key);
    }

    boolean isPresent() {
        return node != null && !isNull();
    }

    private boolean isNull() {
        return node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    /** A required, non-blank text. */
    String text() {
        Optional<String> text = optionalText();
        if (text.isEmpty() && node == null) {
            problem("Het veld '" + lastName() + "' ontbreekt.");
        } else if (text.isEmpty() && isNull()) {
            problem("Het veld '" + lastName() + "' is leeg.");
        } else if (text.isPresent() && text.get().isBlank()) {
            problem("Het veld '" + lastName() + "' is leeg.");
            return null;
        }
        return text.orElse(null);
    }

    /** An optional text: empty when absent or null. */
    Optional<String> optionalText() {
        if (node == null || isNull()) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem("Hier hoort een tekst, geen lijst of velden.");
            return Optional.empty();
        }
        String value = scalar.getValue();
        if (value.length() > MAX_TEXT) {
            problem("Deze tekst is langer dan " + MAX_TEXT + " tekens.");
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    Optional<Boolean> optionalBoolean() {
        return optionalText().flatMap(t -> switch (t.toLowerCase()) {
            case "true", "ja" -> Optional.of(true);
            case "false", "nee" -> Optional.of(false);
            default -> {
                problem("Hier hoort true of false.");
                yield Optional.empty();
            }
        });
    }

    /** A required list; reported when missing or not a list. */
    List<YamlNode> list() {
        if (node == null || isNull()) {
            problem("Het veld '" + lastName() + "' ontbreekt of is leeg; hier hoort een lijst.");
            return List.of();
        }
        return optionalList();
    }

    /** An optional list: empty when absent. */
    List<YamlNode> optionalList() {
        List<YamlNode> items = new ArrayList<>();
        if (node == null || isNull()) {
            return items;
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem("Hier hoort een lijst (elk onderdeel op een eigen regel, beginnend met '- ').");
            return items;
        }
        List<Node> values = sequence.getValue();
        for (int i = 0; i < values.size(); i++) {
            items.add(new YamlNode(
                    file, path + "[" + i + "]", values.get(i), values.get(i).getStartMark(), line, column, problems));
        }
        return items;
    }

    /** A required list of non-blank texts. */
    List<String> texts() {
        return list().stream().map(YamlNode::text).filter(t -> t != null).toList();
    }

    /** An optional list of non-blank texts. */
    List<String> optionalTexts() {
        return optionalList().stream()
                .map(YamlNode::text)
                .filter(t -> t != null)
                .toList();
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String lastName() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** The allowed name closest to a misspelled one, when it is close enough to be meant. */
    static Optional<String> closest(String key, java.util.Collection<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = distance(key.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

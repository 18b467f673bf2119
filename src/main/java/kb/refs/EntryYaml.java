package kb.refs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * New bibliography entries as YAML text in the file's own style, written by SnakeYAML: {@code - key: ...}, fields
 * two spaces in, one author per {@code - } line, numbers that are identifiers quoted ({@code volume: '4'}), the
 * year plain, each value on one line, and the {@code finding} folded ({@code >-}) under its field.
 */
final class EntryYaml {

    /** Text written as a folded block. */
    private record Folded(String text) {
    }

    private EntryYaml() {
    }

    /** The entries as a YAML list, each {@code key} first, ending with a line break. */
    static String write(List<Map<String, Object>> entries) {
        List<Map<String, Object>> shaped = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            Map<String, Object> copy = new LinkedHashMap<>();
            entry.forEach((name, value) -> copy.put(name, switch (name) {
                case "year" -> value instanceof String s && s.matches("[1-9][0-9]{3}") ? Integer.valueOf(s) : value;
                case "finding" -> new Folded(String.valueOf(value));
                default -> value;
            }));
            shaped.add(copy);
        }
        return yaml().dump(shaped);
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setIndent(2);
        return new Yaml(new EntryRepresenter(options), options);
    }

    /** SnakeYAML's representer, with {@link Folded} text as a folded block. */
    private static final class EntryRepresenter extends Representer {

        EntryRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(Folded.class, data -> new ScalarNode(Tag.STR, ((Folded) data).text(), null, null,
                    DumperOptions.ScalarStyle.FOLDED));
        }
    }
}

package kb.content;

import kb.report.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reading SnakeYAML's node tree with positions, shared by the files the build reads as YAML (front matter, the
 * bibliography, the search synonyms): the tree keeps every key's and value's place, which the plain loader loses.
 */
public final class YamlNodes {

    private YamlNodes() {
    }

    /** The value of the key {@code name} in {@code mapping}, or null. */
    public static Node field(MappingNode mapping, String name) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    /** The 1-based file position of a mark; SnakeYAML counts from 0, and the YAML starts on file line {@code firstLine}. */
    public static SourcePosition position(Mark mark, int firstLine) {
        return SourcePosition.fromBody(mark.getLine(), mark.getColumn(), firstLine);
    }
}

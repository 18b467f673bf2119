package kb.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.report.Problem;
import kb.report.Rules;
import kb.report.SourcePosition;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML block between two {@code ---} lines at the top of a content file, with the file line of every key and
 * list item. Values stay untyped here (strings, lists, maps): SnakeYAML's implicit typing turns {@code no} into
 * false and dates into time-zone-shifted instants, so {@link FrontMatterSchema} types each field on purpose.
 */
public final class FrontMatter {

    private static final String FENCE = "---";

    /** One key with its value and where it was written. */
    public record Entry(String key, Object value, int line, int column, int valueLine, int valueColumn,
                        List<Integer> itemLines) {
    }

    private final Map<String, Entry> entries;
    private final int bodyStartLine;
    private final String body;

    private FrontMatter(Map<String, Entry> entries, int bodyStartLine, String body) {
        this.entries = entries;
        this.bodyStartLine = bodyStartLine;
        this.body = body;
    }

    public Map<String, Entry> entries() {
        return Collections.unmodifiableMap(entries);
    }

    public Entry entry(String key) {
        return entries.get(key);
    }

    /** 1-based line of the key, or 1 (the opening fence) when the key is absent. */
    public int lineOf(String key) {
        Entry entry = entries.get(key);
        return entry == null ? 1 : entry.line();
    }

    /** The 1-based file line on which the Markdown body starts. */
    public int bodyStartLine() {
        return bodyStartLine;
    }

    /** The Markdown after the front matter; null once {@link #withoutBody()} has dropped it. */
    public String body() {
        return body;
    }

    /**
     * The same fields without the body. The body goes to the Markdown parser once; a page keeps its fields for the
     * whole build, and keeping a copy of every page's text as well made the live heap a fifth larger.
     */
    public FrontMatter withoutBody() {
        return new FrontMatter(entries, bodyStartLine, null);
    }

    /** Splits {@code text} into front matter and body, or throws every problem found in the front matter. */
    public static FrontMatter parse(String text, String file) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            int fence = lines.indexOf(FENCE);
            if (fence > 0 && lines.subList(0, fence).stream().allMatch(String::isBlank)) {
                throw new ContentException(Problem.error(Rules.FRONT_MATTER_MISSING, file, 1, 1,
                        "front matter must start on line 1, but the first \"---\" is on line " + (fence + 1),
                        "delete the blank lines above the first ---"));
            }
            int jbakeEnd = jbakeHeaderEnd(lines);
            if (jbakeEnd > 0) {
                throw new ContentException(Problem.error(Rules.FRONT_MATTER_MISSING, file, 1, 1,
                        "file starts with a JBake header (key=value lines ended by \"~~~~~~\" on line " + jbakeEnd
                                + "), not YAML front matter",
                        "rewrite the header as YAML between two lines \"---\", e.g. \"type: page\" instead of \"type=page\""));
            }
            throw new ContentException(Problem.error(Rules.FRONT_MATTER_MISSING, file, 1, 1,
                    "file does not start with front matter (a line \"---\")",
                    "start the file with ---, then a line \"type: \" with the page's type and lines such as \"title: Runner's knee\", then ---"));
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new ContentException(Problem.error(Rules.FRONT_MATTER_UNCLOSED, file, 1, 1,
                    "front matter opened on line 1 is never closed",
                    "add a line \"---\" after the last front matter field"));
        }
        String yaml = String.join("\n", lines.subList(1, close));
        int bodyStart = close + 2;
        String body = bodyOf(text, close + 1);
        return new FrontMatter(readYaml(yaml, file), bodyStart, body);
    }

    /** The 1-based line of JBake's {@code ~~~~~~} header separator after {@code key=value} lines, or 0. */
    private static int jbakeHeaderEnd(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.matches("~{3,}")) {
                return i > 0 ? i + 1 : 0;
            }
            if (!line.matches("[A-Za-z_.-]+\\s*=.*")) {
                return 0;
            }
        }
        return 0;
    }

    /** The text after the first {@code n} lines, keeping the original line breaks. */
    private static String bodyOf(String text, int skipLines) {
        int index = 0;
        for (int i = 0; i < skipLines && index >= 0; i++) {
            index = text.indexOf('\n', index);
            index = index < 0 ? -1 : index + 1;
        }
        return index < 0 ? "" : text.substring(index);
    }

    /**
     * One YAML reader per thread: building one costs more than reading a page's front matter, and a reader may
     * not be shared between threads.
     */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        return new Yaml(options);
    });

    private static Map<String, Entry> readYaml(String yaml, String file) {
        Map<String, Entry> result = new LinkedHashMap<>();
        if (yaml.isBlank()) {
            return result;
        }
        Node root;
        try {
            root = YAML.get().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePosition at = mark == null ? new SourcePosition(2, 1) : yamlPosition(mark);
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (what.contains("\\t(TAB)")) {
                throw new ContentException(Problem.error(Rules.FRONT_MATTER_SYNTAX, file, at.line(), at.column(),
                        "front matter is indented with a tab", "indent with spaces: YAML does not allow tabs there"));
            }
            throw new ContentException(Problem.error(Rules.FRONT_MATTER_SYNTAX, file, at.line(), at.column(),
                    "front matter is not valid YAML: " + what,
                    "write one \"key: value\" per line; put quotes around values that contain \": \" or start with a special character"));
        } catch (YAMLException e) {
            throw new ContentException(Problem.error(Rules.FRONT_MATTER_SYNTAX, file, 2, 1,
                    "front matter is not valid YAML: " + e.getMessage(), "write one \"key: value\" per line"));
        }
        if (root == null) {
            return result;
        }
        if (!(root instanceof MappingNode mapping)) {
            SourcePosition at = yamlPosition(root.getStartMark());
            throw new ContentException(Problem.error(Rules.FRONT_MATTER_SYNTAX, file, at.line(), at.column(),
                    "front matter must be \"key: value\" lines", root instanceof SequenceNode
                            ? "write one \"key: value\" per line, without \"- \" in front"
                            : "write one \"key: value\" per line"));
        }
        List<Problem> problems = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            SourcePosition at = yamlPosition(tuple.getKeyNode().getStartMark());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(Problem.error(Rules.FRONT_MATTER_SYNTAX, file, at.line(), at.column(),
                        "front matter keys must be plain words", "write one \"key: value\" per line"));
                continue;
            }
            String key = keyNode.getValue();
            if (result.containsKey(key)) {
                problems.add(Problem.error(Rules.FRONT_MATTER_DUPLICATE_KEY, file, at.line(), at.column(),
                        "key \"" + key + "\" is given twice (first on line " + result.get(key).line() + ")",
                        "keep one of the two lines"));
                continue;
            }
            List<Integer> itemLines = new ArrayList<>();
            if (tuple.getValueNode() instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    itemLines.add(yamlPosition(item.getStartMark()).line());
                }
            }
            SourcePosition valueAt = yamlPosition(tuple.getValueNode().getStartMark());
            result.put(key, new Entry(key, valueOf(tuple.getValueNode()), at.line(), at.column(), valueAt.line(),
                    valueAt.column(), List.copyOf(itemLines)));
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return result;
    }

    /** The YAML starts on file line 2, after the opening fence. */
    private static SourcePosition yamlPosition(Mark mark) {
        return YamlNodes.position(mark, 2);
    }

    private static Object valueOf(Node node) {
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue();
            boolean plain = scalar.getScalarStyle() == ScalarStyle.PLAIN;
            if (plain && (value.isEmpty() || value.equals("~") || value.equals("null"))) {
                return null;
            }
            return value;
        }
        if (node instanceof SequenceNode seq) {
            List<Object> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(valueOf(item));
            }
            return items;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            map.put(String.valueOf(valueOf(tuple.getKeyNode())), valueOf(tuple.getValueNode()));
        }
        return map;
    }
}

package kb.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kb.report.FileFailure;
import kb.content.YamlNodes;
import kb.report.Problem;
import kb.report.Rules;
import kb.report.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code content/search-synonyms.yaml}: a top-level {@code synonyms:} list whose entries are lists of words or
 * phrases a reader may use for the same thing ({@code - [tendonitis, tendinitis, tendinopathy]}). A search for
 * any of them finds pages with any other. Read from SnakeYAML's node tree so each problem names its line; a
 * group with a problem is left out and the others are kept.
 */
public record SearchSynonyms(List<List<String>> groups, List<Problem> problems) {

    public static final String FILE_NAME = "search-synonyms.yaml";

    private static final String HINT = "write each group on its own line as \"  - [word, other word, phrase]\" under "
            + "\"synonyms:\", as in docs/writing.md";

    /** The groups of {@code path}; a missing file means no synonyms and no problem. */
    public static SearchSynonyms read(Path path, String displayName) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (NoSuchFileException e) {
            return new SearchSynonyms(List.of(), List.of());
        } catch (CharacterCodingException e) {
            return failed(Problem.error(Rules.SEARCH_SYNONYMS_ENCODING, displayName, 1, 1,
                    "the search synonyms file is not valid UTF-8", "save the file as UTF-8 in your editor"));
        } catch (IOException e) {
            return failed(Problem.error(Rules.SEARCH_SYNONYMS_UNREADABLE, displayName, 0, 0,
                    "cannot read the search synonyms file: " + FileFailure.reason(e), "check that the file can be read"));
        }
        return parse(text, displayName);
    }

    /** Parses the file's text; {@code displayName} names the file in problems. */
    public static SearchSynonyms parse(String text, String displayName) {
        List<Problem> problems = new ArrayList<>();
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            // A bracket left open is noticed on a later line; its first cause is where the list started.
            boolean openList = e.getContext() != null && e.getContext().contains("flow") && e.getContextMark() != null;
            Mark mark = openList || e.getProblemMark() == null ? e.getContextMark() : e.getProblemMark();
            SourcePosition at = mark == null ? new SourcePosition(1, 1) : YamlNodes.position(mark, 1);
            return failed(Problem.error(Rules.SEARCH_SYNONYMS_SYNTAX, displayName, at.line(), at.column(),
                    "the search synonyms file is not valid YAML: " + (e.getProblem() != null ? e.getProblem() : e.getMessage()),
                    HINT));
        } catch (YAMLException e) {
            return failed(Problem.error(Rules.SEARCH_SYNONYMS_SYNTAX, displayName, 1, 1,
                    "the search synonyms file is not valid YAML: " + e.getMessage(), HINT));
        }
        if (root == null) {
            return new SearchSynonyms(List.of(), List.of());
        }
        Node list = root instanceof MappingNode mapping ? YamlNodes.field(mapping, "synonyms") : null;
        if (!(list instanceof SequenceNode entries)) {
            SourcePosition at = YamlNodes.position(root.getStartMark(), 1);
            return failed(Problem.error(Rules.SEARCH_SYNONYMS_SYNTAX, displayName, at.line(), at.column(),
                    "the search synonyms file must have a \"synonyms:\" list at the top",
                    "start the file with a line \"synonyms:\" followed by groups \"  - [word, other word]\""));
        }
        List<List<String>> groups = new ArrayList<>();
        for (Node entry : entries.getValue()) {
            List<String> group = group(entry, displayName, problems);
            if (group != null) {
                groups.add(group);
            }
        }
        return new SearchSynonyms(List.copyOf(groups), List.copyOf(problems));
    }

    /** One group: at least two different words or phrases, each plain text; null (and one problem) otherwise. */
    private static List<String> group(Node entry, String file, List<Problem> problems) {
        SourcePosition at = YamlNodes.position(entry.getStartMark(), 1);
        if (!(entry instanceof SequenceNode sequence)) {
            problems.add(Problem.error(Rules.SEARCH_SYNONYMS_GROUP, file, at.line(), at.column(),
                    "a synonym group must be a list in square brackets, not \"" + shown(entry) + "\"", HINT));
            return null;
        }
        List<String> words = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            SourcePosition itemAt = YamlNodes.position(item.getStartMark(), 1);
            String word = item instanceof ScalarNode scalar ? scalar.getValue().strip().toLowerCase(Locale.ROOT) : "";
            if (word.isEmpty() || !word.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}' -]*")) {
                problems.add(Problem.error(Rules.SEARCH_SYNONYMS_GROUP, file, itemAt.line(), itemAt.column(),
                        "\"" + shown(item) + "\" is not a word or phrase a reader could type",
                        "use letters, digits, spaces, hyphens and apostrophes only, and no empty entries"));
                return null;
            }
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        if (words.size() < 2) {
            problems.add(Problem.error(Rules.SEARCH_SYNONYMS_GROUP, file, at.line(), at.column(),
                    "a synonym group needs at least two different words or phrases",
                    "add the other names readers use, or delete the line"));
            return null;
        }
        return List.copyOf(words);
    }

    private static String shown(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : node.getNodeId().name().toLowerCase(Locale.ROOT);
    }

    private static SearchSynonyms failed(Problem problem) {
        return new SearchSynonyms(List.of(), List.of(problem));
    }


}

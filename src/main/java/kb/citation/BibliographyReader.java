package kb.citation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kb.report.FileFailure;
import kb.content.YamlNodes;
import kb.report.Problem;
import kb.report.Rule;
import kb.report.Rules;
import kb.report.SourcePosition;
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
 * Reads {@code content/bibliography.yaml}: a top-level {@code references:} list of entries. Works on SnakeYAML's
 * node tree (not its typed objects) so every problem names the line of the entry or field, and values stay text
 * ({@code 0123} and {@code 2012} are identifiers here, not numbers). Every problem is collected; an entry with a
 * bad field is still kept, so its citations do not turn into a second, misleading "unknown key" error.
 */
public final class BibliographyReader {

    /** The fields an entry may have, in the order docs/writing.md documents them. */
    public static final List<String> FIELDS = List.of("key", "authors", "title", "journal", "publisher", "year", "volume",
            "issue", "pages", "article_number", "doi", "pmid", "pmcid", "url", "evidence", "finding");

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}/\\S+");
    private static final Pattern PMID = Pattern.compile("[0-9]{1,9}");
    private static final Pattern PMCID = Pattern.compile("PMC[0-9]+");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    /** The bibliography and the problems found reading it. */
    public record Result(Bibliography bibliography, List<Problem> problems) {
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private BibliographyReader(String file) {
        this.file = file;
    }

    /**
     * Reads the bibliography file. A missing file gives an empty bibliography and no problem: a site that cites
     * nothing needs none (citations then report their keys as unknown).
     */
    public static Result read(Path path, String displayName) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(path);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            return new Result(new Bibliography(List.of(), displayName, false), List.of());
        } catch (CharacterCodingException e) {
            return failed(displayName, Problem.error(Rules.BIBLIOGRAPHY_ENCODING, displayName, 1, 1,
                    "the bibliography is not valid UTF-8", "save the file as UTF-8 in your editor"));
        } catch (IOException e) {
            return failed(displayName, Problem.error(Rules.BIBLIOGRAPHY_UNREADABLE, displayName, 0, 0,
                    "cannot read the bibliography: " + FileFailure.reason(e), "check that the file can be read"));
        }
        return parse(text, displayName);
    }

    /** Parses bibliography text; {@code displayName} names the file in problems. */
    public static Result parse(String text, String displayName) {
        BibliographyReader reader = new BibliographyReader(displayName);
        List<Reference> references = reader.references(text);
        return new Result(new Bibliography(references, displayName, true), List.copyOf(reader.problems));
    }

    private static Result failed(String displayName, Problem problem) {
        return new Result(new Bibliography(List.of(), displayName, true), List.of(problem));
    }

    private List<Reference> references(String text) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both lines
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePosition at = mark == null ? new SourcePosition(1, 1) : YamlNodes.position(mark, 1);
            error(Rules.BIBLIOGRAPHY_SYNTAX, at, "the bibliography is not valid YAML: " + (e.getProblem() != null ? e.getProblem() : e.getMessage()),
                    "indent each entry as in docs/writing.md: \"- key: ...\" then its fields two spaces in; quote titles that contain \": \"");
            return List.of();
        } catch (YAMLException e) {
            error(Rules.BIBLIOGRAPHY_SYNTAX, new SourcePosition(1, 1), "the bibliography is not valid YAML: " + e.getMessage(),
                    "compare the file with the format in docs/writing.md");
            return List.of();
        }
        if (root == null) {
            return List.of();
        }
        Node list = root instanceof MappingNode mapping ? YamlNodes.field(mapping, "references") : null;
        if (!(list instanceof SequenceNode entries)) {
            error(Rules.BIBLIOGRAPHY_SYNTAX, YamlNodes.position(root.getStartMark(), 1), "the bibliography must have a \"references:\" list at the top",
                    "start the file with a line \"references:\" followed by entries \"- key: ...\"");
            return List.of();
        }
        List<Reference> references = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Node node : entries.getValue()) {
            Reference reference = entry(node, seen);
            if (reference != null) {
                references.add(reference);
            }
        }
        return references;
    }

    /** One entry, or null when it has no key or repeats the key of an earlier entry ({@code seen}: key → line). */
    private Reference entry(Node node, Map<String, Integer> seen) {
        SourcePosition at = YamlNodes.position(node.getStartMark(), 1);
        if (!(node instanceof MappingNode mapping)) {
            error(Rules.BIBLIOGRAPHY_SYNTAX, at, "each bibliography entry must be a list of \"field: value\" lines",
                    "start the entry with \"- key: ...\" and indent its fields");
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, SourcePosition> where = new LinkedHashMap<>();
        Map<String, SourcePosition> valueAt = new LinkedHashMap<>();
        Set<String> shapeless = new HashSet<>();
        List<String> authors = null;
        for (NodeTuple tuple : mapping.getValue()) {
            SourcePosition fieldAt = YamlNodes.position(tuple.getKeyNode().getStartMark(), 1);
            String name = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!FIELDS.contains(name)) {
                error(Rules.BIBLIOGRAPHY_UNKNOWN_FIELD, fieldAt, "unknown bibliography field \"" + name + "\"",
                        "use only the fields listed in docs/writing.md: " + String.join(", ", FIELDS));
                continue;
            }
            if (where.containsKey(name)) {
                error(Rules.BIBLIOGRAPHY_DUPLICATE_FIELD, fieldAt, "field \"" + name + "\" is given twice in this entry", "keep one of the two lines");
                continue;
            }
            where.put(name, fieldAt);
            if (name.equals("authors")) {
                authors = authors(tuple.getValueNode(), fieldAt);
            } else if (tuple.getValueNode() instanceof ScalarNode scalar) {
                String value = scalar.getValue().strip();
                if (name.equals("finding")) {
                    value = value.replaceAll("\\s+", " "); // one paragraph, however it was folded or wrapped
                }
                if (!value.isEmpty()) {
                    values.put(name, value);
                    valueAt.put(name, YamlNodes.position(scalar.getStartMark(), 1));
                }
            } else {
                shapeless.add(name);
                error(Rules.BIBLIOGRAPHY_SYNTAX, fieldAt, "field \"" + name + "\" must be a single value", "write it on one line: " + name + ": ...");
            }
        }
        String key = values.get("key");
        if (key == null) {
            error(Rules.BIBLIOGRAPHY_REQUIRED, at, "bibliography entry has no \"key\"", "add a line such as \"key: crane2012massage\" (first author, year, first word of the title)");
            return null;
        }
        SourcePosition keyAt = where.get("key");
        Integer first = seen.putIfAbsent(key, keyAt.line());
        if (first != null) {
            error(Rules.BIBLIOGRAPHY_DUPLICATE_KEY, keyAt, "key \"" + key + "\" is used by two entries (first on line "
                    + first + ")", "give each reference its own key, or delete the repeated entry");
            return null;
        }
        if (!CitationSyntax.isKey(key)) {
            error(Rules.BIBLIOGRAPHY_FORMAT, keyAt, "key \"" + key + "\" cannot be cited", "use letters, digits and _ with single . - : / between them, e.g. crane2012massage");
        }
        check(values, where, keyAt, authors);
        EvidenceKind evidence = evidence(values, valueAt, shapeless, keyAt);
        String finding = values.get("finding");
        if (finding == null && !shapeless.contains("finding")) {
            error(Rules.BIBLIOGRAPHY_EVIDENCE_MISSING, keyAt, "reference \"" + key + "\" has no finding",
                    "add \"finding:\" as the entry's last line: in one or two plain sentences, what the source showed, in whom, with its key numbers (docs/writing.md, \"The bibliography file\")");
        }
        return new Reference(key, authors, values.get("title"), values.get("journal"), values.get("publisher"),
                values.get("year"), values.get("volume"), values.get("issue"), values.get("pages"),
                values.get("article_number"), values.get("doi"), values.get("pmid"), values.get("pmcid"),
                values.get("url"), evidence, finding, keyAt.line());
    }

    /** The entry's kind of evidence, or null (reported) when it is missing or not one of {@link EvidenceKind#VALUES}. */
    private EvidenceKind evidence(Map<String, String> values, Map<String, SourcePosition> valueAt,
                                  Set<String> shapeless, SourcePosition keyAt) {
        String written = values.get("evidence");
        String allowed = String.join(", ", EvidenceKind.VALUES);
        if (written == null) {
            if (!shapeless.contains("evidence")) {
                error(Rules.BIBLIOGRAPHY_EVIDENCE_MISSING, keyAt, "reference \"" + values.get("key") + "\" has no evidence kind",
                        "add \"evidence:\" with one of " + allowed + " (docs/writing.md, \"The bibliography file\")");
            }
            return null;
        }
        Optional<EvidenceKind> kind = EvidenceKind.of(written);
        if (kind.isEmpty()) {
            Optional<String> closest = EvidenceKind.closest(written);
            error(Rules.BIBLIOGRAPHY_EVIDENCE_KIND, valueAt.get("evidence"), "unknown evidence kind \"" + written + "\""
                            + closest.map(value -> "; did you mean \"" + value + "\"?").orElse(""),
                    "write one of " + allowed + " (docs/writing.md, \"The bibliography file\", says which fits)");
        }
        return kind.orElse(null);
    }

    private void check(Map<String, String> values, Map<String, SourcePosition> where, SourcePosition keyAt,
                       List<String> authors) {
        String key = values.get("key");
        if (authors == null || authors.isEmpty()) {
            error(Rules.BIBLIOGRAPHY_REQUIRED, keyAt, "reference \"" + key + "\" has no authors", "add \"authors:\" with one \"- Surname AB\" line per author");
        }
        for (String required : List.of("title", "year")) {
            if (!values.containsKey(required)) {
                error(Rules.BIBLIOGRAPHY_REQUIRED, keyAt, "reference \"" + key + "\" has no " + required, "add a line \"" + required + ": ...\" to the entry");
            }
        }
        if (!values.containsKey("journal") && !values.containsKey("publisher")) {
            error(Rules.BIBLIOGRAPHY_REQUIRED, keyAt, "reference \"" + key + "\" has neither a journal nor a publisher",
                    "add \"journal: ...\" (full journal name) or, for a book or report, \"publisher: ...\"");
        }
        format(values, where, "year", YEAR, "a year has four digits, e.g. 2012");
        format(values, where, "doi", DOI, "a DOI starts with \"10.\", e.g. 10.1126/scitranslmed.3002882 (without https://doi.org/)");
        format(values, where, "pmid", PMID, "a PubMed ID is digits only, e.g. 22301554");
        format(values, where, "pmcid", PMCID, "a PubMed Central ID looks like PMC4701942");
        format(values, where, "url", URL, "write the full address starting with https://");
    }

    private void format(Map<String, String> values, Map<String, SourcePosition> where, String field, Pattern pattern,
                        String hint) {
        String value = values.get(field);
        if (value != null && !pattern.matcher(value).matches()) {
            error(Rules.BIBLIOGRAPHY_FORMAT, where.get(field), "malformed " + field + " \"" + value + "\"", hint);
        }
    }

    private List<String> authors(Node node, SourcePosition at) {
        if (!(node instanceof SequenceNode list)) {
            error(Rules.BIBLIOGRAPHY_SYNTAX, at, "\"authors\" must be a list", "write one \"- Surname AB\" line per author under \"authors:\"");
            return null;
        }
        List<String> authors = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                authors.add(scalar.getValue().strip());
            } else {
                error(Rules.BIBLIOGRAPHY_SYNTAX, YamlNodes.position(item.getStartMark(), 1), "each author must be one name such as \"Crane JD\"",
                        "write one \"- Surname AB\" line per author");
            }
        }
        return authors;
    }

    private void error(Rule rule, SourcePosition at, String message, String hint) {
        problems.add(Problem.error(rule, file, at.line(), at.column(), message, hint));
    }
}

package kb.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import kb.report.DidYouMean;
import kb.report.FileFailure;
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
 * Reads a site's types file (docs/configuration.md, "Content types"): a {@code fields:} mapping and a
 * {@code types:} mapping. Works on SnakeYAML's node tree so every mistake is one problem at its own line; a name
 * that is declared but has a mistake of its own still counts as declared, so what refers to it adds no second
 * message. With any problem there are no types: the build reports them and builds nothing.
 */
public final class ContentTypesReader {

    private static final List<String> TOP = List.of("fields", "types");
    private static final List<String> FIELD_SETTINGS = List.of("kind", "example", "values", "to", "list", "reverse");
    private static final List<String> TYPE_SETTINGS = List.of("label", "plural", "folder", "required", "optional",
            "sections", "questions", "care_callout", "json_ld");
    private static final List<String> JSON_LD_SETTINGS = List.of("type", "reviewed_type", "about", "anatomy",
            "treatments");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern FOLDER = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");

    /** The types read, or null when the file has a mistake, and the problems found. */
    public record Result(ContentTypes types, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    /** Where each declared name was declared, for references to it. */
    private final Map<String, Node> fieldNodes = new LinkedHashMap<>();
    private final Map<String, Node> typeNodes = new LinkedHashMap<>();

    private ContentTypesReader(String file) {
        this.file = file;
    }

    /** Reads the types file at {@code path}; {@code displayName} names it in problems. */
    public static Result read(Path path, String displayName) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(path);
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            return failed(Problem.error(Rules.TYPES_FILE, displayName, 0, 0,
                    "the content types file " + displayName + " does not exist",
                    "create it (docs/configuration.md shows one), or fix kb.types in jbake.properties"));
        } catch (CharacterCodingException e) {
            return failed(Problem.error(Rules.TYPES_FILE, displayName, 1, 1,
                    "the content types file is not valid UTF-8", "save the file as UTF-8 in your editor"));
        } catch (IOException e) {
            return failed(Problem.error(Rules.TYPES_FILE, displayName, 0, 0,
                    "cannot read the content types file: " + FileFailure.reason(e), "check that the file can be read"));
        }
        return parse(text, displayName);
    }

    /** Reads types file text; {@code displayName} names the file in problems. */
    public static Result parse(String text, String displayName) {
        ContentTypesReader reader = new ContentTypesReader(displayName);
        ContentTypes types = reader.types(text);
        return new Result(reader.problems.isEmpty() ? types : null, reader.problems);
    }

    private static Result failed(Problem problem) {
        return new Result(null, List.of(problem));
    }

    private ContentTypes types(String text) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported below, at the second one
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            // An unclosed [list], {mapping} or quoted text is noticed lines later: its start is the first cause.
            boolean opened = e.getContext() != null && e.getContextMark() != null
                    && (e.getContext().contains("flow") || e.getContext().contains("quoted"));
            Mark mark = opened ? e.getContextMark() : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            error(Rules.TYPES_SYNTAX, mark == null ? new SourcePosition(1, 1) : YamlNodes.position(mark, 1),
                    "the content types file is not valid YAML: " + (opened ? e.getContext() + ", " + problem : problem),
                    "indent each setting two spaces under its field or type as in docs/configuration.md; quote a value "
                            + "that contains \": \" or starts with [ or \"");
            return null;
        } catch (YAMLException e) {
            error(Rules.TYPES_SYNTAX, new SourcePosition(1, 1), "the content types file is not valid YAML: " + e.getMessage(),
                    "compare the file with the example in docs/configuration.md");
            return null;
        }
        if (!(root instanceof MappingNode top) || !(YamlNodes.field(top, "types") instanceof MappingNode)) {
            error(Rules.TYPES_SYNTAX, root == null ? new SourcePosition(1, 1) : at(root),
                    "the content types file must have a \"types:\" section with one entry per type",
                    "start the file with \"fields:\" (the front matter fields) and \"types:\" (each type and its "
                            + "fields), as in docs/configuration.md");
            return null;
        }
        Map<String, Node> sections = settings(top, TOP, "the content types file");
        Map<String, MappingNode> fieldDeclarations = entries(sections.get("fields"), "field", fieldNodes);
        Map<String, MappingNode> typeDeclarations = entries(sections.get("types"), "type", typeNodes);
        if (typeNodes.isEmpty() && problems.isEmpty()) {
            error(Rules.TYPES_SYNTAX, at(sections.get("types")), "the content types file declares no type",
                    "declare at least one type under \"types:\", e.g. \"page:\" with \"required: [title]\"");
        }
        Map<String, ContentTypes.Field> fields = new LinkedHashMap<>();
        fieldDeclarations.forEach((name, node) -> {
            ContentTypes.Field field = field(name, node);
            if (field != null) {
                fields.put(name, field);
            }
        });
        Map<String, ContentTypes.Type> types = new LinkedHashMap<>();
        typeDeclarations.forEach((name, node) -> {
            ContentTypes.Type type = type(name, node, fields);
            if (type != null) {
                types.put(name, type);
            }
        });
        checkQuestionLinks(fields, types);
        checkPluralsDiffer(types);
        return new ContentTypes(fields, types);
    }

    /** The entries of a {@code fields:} or {@code types:} mapping by name; each must itself be a mapping. */
    private Map<String, MappingNode> entries(Node node, String what, Map<String, Node> declared) {
        Map<String, MappingNode> entries = new LinkedHashMap<>();
        if (node == null) {
            return entries;
        }
        if (!(node instanceof MappingNode mapping)) {
            error(Rules.TYPES_SYNTAX, at(node), "\"" + what + "s:\" must list each " + what + " by name, with its "
                    + "settings indented under it", "write \"" + what + "s:\" on its own line, then each " + what
                    + " as \"  name:\" followed by its settings indented further");
            return entries;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String name = scalar(tuple.getKeyNode());
            if (name == null || !NAME.matcher(name).matches()) {
                error(Rules.TYPES_SETTING, at(tuple.getKeyNode()), "\"" + text(tuple.getKeyNode()) + "\" cannot be the name "
                        + "of a " + what, "use lower-case letters a-z, digits, hyphens and underscores, starting with a letter");
                continue;
            }
            if (declared.containsKey(name)) {
                error(Rules.TYPES_SETTING, at(tuple.getKeyNode()), "the " + what + " \"" + name + "\" is declared twice "
                        + "(first on line " + at(declared.get(name)).line() + ")", "keep one of the two and remove the other");
                continue;
            }
            declared.put(name, tuple.getKeyNode());
            if (what.equals("field") && name.equals(ContentTypes.TYPE_KEY)) {
                error(Rules.TYPES_SETTING, at(tuple.getKeyNode()), "\"type\" cannot be declared as a field: every page has "
                        + "it, and it names one of the types", "remove this field");
                continue;
            }
            if (!(tuple.getValueNode() instanceof MappingNode settings)) {
                error(Rules.TYPES_SYNTAX, at(tuple.getValueNode()), "the " + what + " \"" + name + "\" must have its "
                        + "settings indented under it", "write each setting on its own line below \"" + name + ":\", "
                        + "indented, e.g. " + (what.equals("field") ? "kind: text" : "required: [title]"));
                continue;
            }
            entries.put(name, settings);
        }
        return entries;
    }

    private ContentTypes.Field field(String name, MappingNode node) {
        int before = problems.size();
        Map<String, Node> settings = settings(node, FIELD_SETTINGS, "the field \"" + name + "\"");
        Node kindNode = settings.get("kind");
        ContentTypes.Kind kind = null;
        if (kindNode == null) {
            error(Rules.TYPES_SETTING, at(node), "the field \"" + name + "\" has no kind",
                    "add a line \"kind: text\" (or " + kinds() + ")");
        } else {
            String value = scalar(kindNode);
            try {
                kind = value == null ? null : ContentTypes.Kind.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                kind = null;
            }
            if (kind == null || !value.equals(value.toLowerCase(Locale.ROOT))) {
                List<String> closest = value == null ? List.of() : DidYouMean.closest(value, kindNames(), 2, 1);
                error(Rules.TYPES_KIND, at(kindNode), "unknown field kind \"" + text(kindNode) + "\" for the field \""
                        + name + "\"", (closest.isEmpty() ? "" : "did you mean \"" + closest.get(0) + "\"? ")
                        + "a field is one of: " + kinds());
                kind = null;
            }
        }
        String example = text(settings, "example");
        List<String> values = list(settings, "values");
        String to = text(settings, "to");
        String list = text(settings, "list");
        String reverse = text(settings, "reverse");
        if (kind != null) {
            boolean linking = kind == ContentTypes.Kind.LINKS || kind == ContentTypes.Kind.QUESTIONS;
            if (!values.isEmpty() && kind != ContentTypes.Kind.TEXT) {
                misplaced(settings.get("values"), "values", name, "only a text field can have a list of values");
            }
            if (linking && to == null && settings.get("to") == null) {
                error(Rules.TYPES_SETTING, at(kindNode), "the " + kind.name().toLowerCase(Locale.ROOT) + " field \"" + name
                        + "\" does not say which type it names", "add a line \"to: \" with the name of a type");
            }
            for (String setting : List.of("to", "list")) {
                if (!linking && settings.get(setting) != null) {
                    misplaced(settings.get(setting), setting, name, "only a links or questions field has it");
                }
            }
            if (kind != ContentTypes.Kind.LINKS && settings.get("reverse") != null) {
                misplaced(settings.get("reverse"), "reverse", name, "only a links field has a reverse list");
            }
            if (to != null && !typeNodes.containsKey(to)) {
                unknownType(settings.get("to"), to, "the field \"" + name + "\"");
            }
        }
        if (problems.size() > before || kind == null) {
            return null;
        }
        return new ContentTypes.Field(name, kind, example == null ? "" : example, values, to, list, reverse);
    }

    private ContentTypes.Type type(String name, MappingNode node, Map<String, ContentTypes.Field> fields) {
        int before = problems.size();
        Map<String, Node> settings = settings(node, TYPE_SETTINGS, "the type \"" + name + "\"");
        String label = text(settings, "label");
        String plural = text(settings, "plural");
        String folder = text(settings, "folder");
        if (folder != null && !FOLDER.matcher(folder).matches()) {
            error(Rules.TYPES_SETTING, at(settings.get("folder")), "the folder \"" + folder + "\" of the type \"" + name
                    + "\" cannot be part of a page address", "name a folder under content/ in lower-case letters, "
                    + "digits and hyphens, without a leading or trailing /, e.g. folder: " + plural(name, plural));
        }
        List<String> required = fieldNames(settings, "required", name);
        List<String> optional = fieldNames(settings, "optional", name);
        List<String> sections = list(settings, "sections");
        boolean questions = flag(settings, "questions");
        String careCallout = text(settings, "care_callout");
        if (careCallout != null && !sections.contains(careCallout)) {
            error(Rules.TYPES_REFERENCE, at(settings.get("care_callout")), "care_callout of the type \"" + name
                    + "\" names the section \"" + careCallout + "\", which is not one of its sections",
                    "name one of its sections exactly as written there" + (sections.isEmpty() ? "" : ", e.g. "
                            + sections.get(sections.size() - 1)));
        }
        ContentTypes.JsonLd jsonLd = jsonLd(settings.get("json_ld"), name, required, optional, fields);
        if (problems.size() > before) {
            return null;
        }
        return new ContentTypes.Type(name, label == null ? name : label, plural(name, plural), folder, required,
                optional, sections, questions, careCallout, jsonLd);
    }

    private static String plural(String name, String plural) {
        return plural != null ? plural : name + "s";
    }

    /** A type's {@code required:} or {@code optional:} list; each entry must be a declared field. */
    private List<String> fieldNames(Map<String, Node> settings, String key, String type) {
        List<String> names = new ArrayList<>();
        Node node = settings.get(key);
        if (!(node instanceof SequenceNode sequence)) {
            return list(settings, key);
        }
        for (Node item : sequence.getValue()) {
            String name = scalar(item);
            if (name == null) {
                error(Rules.TYPES_SYNTAX, at(item), key + " of the type \"" + type + "\" must list field names",
                        "write it as " + key + ": [title, summary]");
            } else if (!name.equals(ContentTypes.TYPE_KEY) && !fieldNodes.containsKey(name)) {
                List<String> closest = DidYouMean.closest(name, fieldNodes.keySet(), 2, 1);
                error(Rules.TYPES_REFERENCE, at(item), key + " of the type \"" + type + "\" names the field \"" + name
                        + "\", which is not declared under \"fields:\"", closest.isEmpty()
                        ? "declare it under \"fields:\" with its kind, or remove it from the list"
                        : "did you mean \"" + closest.get(0) + "\"?");
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private ContentTypes.JsonLd jsonLd(Node node, String type, List<String> required, List<String> optional,
                                       Map<String, ContentTypes.Field> fields) {
        if (node == null) {
            return new ContentTypes.JsonLd(List.of("WebPage"), null, null, null, null);
        }
        if (!(node instanceof MappingNode mapping)) {
            error(Rules.TYPES_SYNTAX, at(node), "json_ld of the type \"" + type + "\" must have its settings indented "
                    + "under it", "write e.g. \"json_ld:\" and below it \"  type: WebPage\"");
            return null;
        }
        Map<String, Node> settings = settings(mapping, JSON_LD_SETTINGS, "json_ld of the type \"" + type + "\"");
        List<String> types = list(settings, "type");
        if (types.isEmpty()) {
            error(Rules.TYPES_SETTING, at(node), "json_ld of the type \"" + type + "\" has no schema.org type",
                    "add a line \"type: WebPage\" (or another schema.org type) under json_ld");
        }
        String anatomy = text(settings, "anatomy");
        String treatments = text(settings, "treatments");
        checkOwnField(settings.get("anatomy"), anatomy, ContentTypes.Kind.TEXT, type, required, optional, fields);
        checkOwnField(settings.get("treatments"), treatments, ContentTypes.Kind.LINKS, type, required, optional, fields);
        return new ContentTypes.JsonLd(types, text(settings, "reviewed_type"), text(settings, "about"), anatomy,
                treatments);
    }

    /** A json_ld setting that names one of the type's own fields, of {@code kind}. */
    private void checkOwnField(Node node, String name, ContentTypes.Kind kind, String type, List<String> required,
                               List<String> optional, Map<String, ContentTypes.Field> fields) {
        if (name == null) {
            return;
        }
        ContentTypes.Field field = fields.get(name);
        if (!required.contains(name) && !optional.contains(name)) {
            error(Rules.TYPES_REFERENCE, at(node), "json_ld of the type \"" + type + "\" names the field \"" + name
                    + "\", which pages of that type do not have", "name one of the fields in its required or optional list");
        } else if (field != null && field.kind() != kind) {
            error(Rules.TYPES_REFERENCE, at(node), "json_ld of the type \"" + type + "\" names the field \"" + name
                    + "\", which is not a " + kind.name().toLowerCase(Locale.ROOT) + " field",
                    "name a field of kind " + kind.name().toLowerCase(Locale.ROOT));
        }
    }

    /** A questions field must name a type whose pages are questions. */
    private void checkQuestionLinks(Map<String, ContentTypes.Field> fields, Map<String, ContentTypes.Type> types) {
        for (ContentTypes.Field field : fields.values()) {
            ContentTypes.Type target = field.to() == null ? null : types.get(field.to());
            if (field.kind() == ContentTypes.Kind.QUESTIONS && target != null && !target.questions()) {
                error(Rules.TYPES_REFERENCE, at(fieldNodes.get(field.name())), "the questions field \"" + field.name()
                        + "\" names the type \"" + field.to() + "\", whose pages are not questions",
                        "add \"questions: true\" to the type \"" + field.to() + "\", or make the field kind: links");
            }
        }
    }

    /** Two types with one plural would share one template list, the second hiding the first. */
    private void checkPluralsDiffer(Map<String, ContentTypes.Type> types) {
        Map<String, String> byPlural = new LinkedHashMap<>();
        for (ContentTypes.Type type : types.values()) {
            String other = byPlural.putIfAbsent(type.plural(), type.name());
            if (other != null) {
                error(Rules.TYPES_SETTING, at(typeNodes.get(type.name())), "the types \"" + other + "\" and \""
                        + type.name() + "\" have the same plural \"" + type.plural() + "\"", "give each type its own "
                        + "plural: it names the list of its pages in templates (site." + type.plural() + ")");
            }
        }
    }

    /** The settings of a mapping by key; unknown keys and keys given twice are problems. */
    private Map<String, Node> settings(MappingNode mapping, List<String> known, String owner) {
        Map<String, Node> settings = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (key == null || !known.contains(key)) {
                List<String> closest = key == null ? List.of() : DidYouMean.closest(key, known, 2, 1);
                error(Rules.TYPES_SETTING, at(tuple.getKeyNode()), "unknown setting \"" + text(tuple.getKeyNode())
                        + "\" in " + owner, closest.isEmpty() ? "the settings here are: " + String.join(", ", known)
                        : "did you mean \"" + closest.get(0) + "\"?");
            } else if (settings.containsKey(key)) {
                error(Rules.TYPES_SETTING, at(tuple.getKeyNode()), "\"" + key + "\" is set twice in " + owner,
                        "keep one of the two lines");
            } else {
                settings.put(key, tuple.getValueNode());
            }
        }
        return settings;
    }

    private String text(Map<String, Node> settings, String key) {
        Node node = settings.get(key);
        if (node == null) {
            return null;
        }
        String value = scalar(node);
        if (value == null || value.isBlank()) {
            error(Rules.TYPES_SYNTAX, at(node), "\"" + key + "\" must be a single line of text",
                    "write a value after the colon, e.g. " + key + ": " + exampleOf(key));
            return null;
        }
        return value.strip();
    }

    private List<String> list(Map<String, Node> settings, String key) {
        Node node = settings.get(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return List.of(scalar.getValue().strip());
        }
        List<String> items = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String value = scalar(item);
                if (value == null || value.isBlank()) {
                    break;
                }
                items.add(value.strip());
            }
            if (items.size() == sequence.getValue().size()) {
                return items;
            }
        }
        error(Rules.TYPES_SYNTAX, at(node), "\"" + key + "\" must be a list of names or headings",
                "write it as " + key + ": [first, second], or one \"- item\" per line below it");
        return List.of();
    }

    private boolean flag(Map<String, Node> settings, String key) {
        Node node = settings.get(key);
        if (node == null) {
            return false;
        }
        String value = scalar(node);
        if (!"true".equals(value) && !"false".equals(value)) {
            error(Rules.TYPES_SYNTAX, at(node), "\"" + key + "\" must be true or false, not \"" + text(node) + "\"",
                    "write " + key + ": true");
            return false;
        }
        return Boolean.parseBoolean(value);
    }

    private void misplaced(Node node, String setting, String field, String why) {
        error(Rules.TYPES_SETTING, at(node), "the field \"" + field + "\" cannot have \"" + setting + "\": " + why,
                "remove the line, or change the field's kind");
    }

    private void unknownType(Node node, String name, String owner) {
        List<String> closest = DidYouMean.closest(name, typeNodes.keySet(), 2, 1);
        error(Rules.TYPES_REFERENCE, at(node), owner + " names the type \"" + name + "\", which is not declared under "
                + "\"types:\"", closest.isEmpty() ? "use one of: " + String.join(", ", typeNodes.keySet())
                : "did you mean \"" + closest.get(0) + "\"?");
    }

    private static String exampleOf(String key) {
        return switch (key) {
            case "kind" -> "text";
            case "to" -> "the name of a type";
            case "care_callout" -> "the heading of one of the type's sections";
            default -> "...";
        };
    }

    private static List<String> kindNames() {
        List<String> names = new ArrayList<>();
        for (ContentTypes.Kind kind : ContentTypes.Kind.values()) {
            names.add(kind.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static String kinds() {
        return String.join(", ", kindNames());
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** A node as the editor wrote it, for messages: a scalar's text, else what it is. */
    private static String text(Node node) {
        String value = scalar(node);
        return value != null ? value : node instanceof SequenceNode ? "[...]" : "{...}";
    }

    private static SourcePosition at(Node node) {
        return YamlNodes.position(node.getStartMark(), 1);
    }

    private void error(Rule rule, SourcePosition at, String message, String hint) {
        problems.add(Problem.error(rule, file, at.line(), at.column(), message, hint));
    }
}

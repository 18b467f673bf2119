package kb.content;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kb.report.DidYouMean;
import kb.report.Problem;
import kb.report.Rules;
import org.jbake.model.DocumentModel;

/**
 * The front matter fields a content file may use, their kind, and which content types require them. Checks a
 * {@link FrontMatter} and writes typed values into JBake's {@link DocumentModel}: text as strings, dates as
 * {@link Date} at midnight UTC, booleans, lists of strings.
 */
public final class FrontMatterSchema {

    /** The content types, each rendered by {@code templates/<type>.ftl}. */
    public static final List<String> TYPES = List.of("injury", "technique", "faq", "page");

    private static final Set<String> HEALTH = Set.of("injury", "technique", "faq");
    private static final Set<String> ALL = Set.copyOf(TYPES);
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** What a value must look like. */
    public enum Kind { TEXT, DATE, BOOLEAN, LIST }

    /**
     * One allowed key: its kind, the types that require it, the types that may use it, an example value, and the
     * values it may take (empty: any value of its kind).
     */
    public record Field(String name, Kind kind, Set<String> requiredFor, Set<String> allowedFor, String example,
                        List<String> values) {
        public Field {
            values = List.copyOf(values);
        }
    }

    private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

    static {
        add("type", Kind.TEXT, ALL, ALL, "injury");
        add("title", Kind.TEXT, ALL, ALL, "Runner's knee");
        add("summary", Kind.TEXT, HEALTH, ALL, "A dull ache around the kneecap.");
        add("date", Kind.DATE, Set.of(), ALL, "2026-11-25");
        add("last_reviewed", Kind.DATE, HEALTH, ALL, "2026-11-25");
        add("next_review", Kind.DATE, HEALTH, ALL, "2027-11-25");
        add("reviewed_by", Kind.TEXT, HEALTH, ALL, "Jane Doe, sports massage therapist");
        add("draft", Kind.BOOLEAN, Set.of(), ALL, "true");
        add("tags", Kind.LIST, Set.of(), ALL, "[knee, overuse]");
        add("short", Kind.TEXT, Set.of(), ALL, "rk");
        add("aliases", Kind.LIST, Set.of(), ALL, "[/injuries/patellofemoral-pain/]");
        add("image", Kind.TEXT, Set.of(), ALL, "/img/knee.png");
        add("region", Kind.TEXT, Set.of("injury"), Set.of("injury"), "knee",
                List.of("knee", "hip", "lower leg", "ankle", "foot", "thigh", "whole leg"));
        add("techniques", Kind.LIST, Set.of(), Set.of("injury"), "[effleurage, trigger-point]");
        add("faq", Kind.LIST, Set.of(), ALL, "[how-often, should-it-hurt]");
        add("template", Kind.TEXT, Set.of(), Set.of("page"), "home");
        add("lists", Kind.TEXT, Set.of(), Set.of("page"), "injury");
    }

    private static void add(String name, Kind kind, Set<String> requiredFor, Set<String> allowedFor, String example) {
        add(name, kind, requiredFor, allowedFor, example, List.of());
    }

    private static void add(String name, Kind kind, Set<String> requiredFor, Set<String> allowedFor, String example,
                            List<String> values) {
        FIELDS.put(name, new Field(name, kind, requiredFor, allowedFor, example, values));
    }

    private FrontMatterSchema() {
    }

    public static Map<String, Field> fields() {
        return java.util.Collections.unmodifiableMap(FIELDS);
    }

    /**
     * What {@link #apply} found: problems that leave the page unusable ({@code fatal}: it is not built), and values
     * that are usable but not allowed ({@code values}: the page is still built, so links to it do not break and the
     * one mistake gets one message).
     */
    public record Findings(List<Problem> fatal, List<Problem> values) {
        public Findings {
            fatal = List.copyOf(fatal);
            values = List.copyOf(values);
        }
    }

    /** Checks every field and fills {@code model}; returns all problems found (none when the header is good). */
    public static Findings apply(FrontMatter fm, String file, DocumentModel model) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> values = new ArrayList<>();
        String type = typeOf(fm, file, problems);
        for (FrontMatter.Entry entry : fm.entries().values()) {
            Field field = FIELDS.get(entry.key());
            if (field == null) {
                problems.add(Problem.error(Rules.FRONT_MATTER_UNKNOWN_KEY, file, entry.line(), entry.column(),
                        "unknown front matter key \"" + entry.key() + "\"", suggestion(entry.key())));
                continue;
            }
            if (type != null && !field.allowedFor().contains(type)) {
                problems.add(Problem.error(Rules.FRONT_MATTER_UNKNOWN_KEY, file, entry.line(), entry.column(),
                        "key \"" + entry.key() + "\" is not used on pages of type " + type,
                        "it is used by " + String.join(", ", field.allowedFor()) + " pages; remove the line"));
                continue;
            }
            Object value = typed(field, entry, file, problems);
            if (value instanceof String text && !allowed(field, text)) {
                values.add(notAllowed(field, text, entry, file));
            }
            if (value instanceof List<?> tags && field.name().equals("tags")) {
                // JBake reads tags as a String[] (DocumentModel.getTags): given anything else it looks for OrientDB's
                // list class, which the build does not ship, and then drops the tags.
                model.setTags(tags.toArray(String[]::new));
            } else if (value != null) {
                model.put(field.name(), value);
            }
        }
        if (type != null) {
            for (Field field : FIELDS.values()) {
                if (field.requiredFor().contains(type) && fm.entry(field.name()) == null) {
                    problems.add(Problem.error(Rules.FRONT_MATTER_REQUIRED, file, 1, 1,
                            "front matter has no \"" + field.name() + "\" (required when type is " + type + ")",
                            "add a line such as \"" + field.name() + ": " + field.example() + "\""));
                }
            }
            model.setType(type);
        }
        model.setStatus(Boolean.TRUE.equals(model.get("draft")) ? "draft" : "published");
        return new Findings(problems, values);
    }

    private static String typeOf(FrontMatter fm, String file, List<Problem> problems) {
        FrontMatter.Entry entry = fm.entry("type");
        if (entry == null) {
            problems.add(Problem.error(Rules.FRONT_MATTER_REQUIRED, file, 1, 1, "front matter has no \"type\"",
                    "add a line \"type: injury\" (one of: " + String.join(", ", TYPES) + ")"));
            return null;
        }
        Object value = entry.value();
        if (value instanceof String type && TYPES.contains(type)) {
            return type;
        }
        if (value == null) {
            problems.add(Problem.error(Rules.FRONT_MATTER_REQUIRED, file, entry.line(), entry.column(),
                    "\"type\" is empty", "use one of: " + String.join(", ", TYPES)));
        } else if (value instanceof String) {
            // A list or map given as type is reported by the kind check of every field.
            problems.add(Problem.error(Rules.FRONT_MATTER_UNKNOWN_TYPE, file, entry.valueLine(), entry.valueColumn(),
                    "unknown content type \"" + value + "\"", "use one of: " + String.join(", ", TYPES)));
        }
        return null;
    }

    private static Object typed(Field field, FrontMatter.Entry entry, String file, List<Problem> problems) {
        Object value = entry.value();
        String quoted = "\"" + entry.key() + "\"";
        if (value == null) {
            if (field.name().equals("type")) {
                return null;
            }
            problems.add(Problem.error(Rules.FRONT_MATTER_EMPTY, file, entry.line(), entry.column(),
                    quoted + " has no value", "write a value after the colon, e.g. " + entry.key() + ": " + field.example()));
            return null;
        }
        switch (field.kind()) {
            case TEXT:
                if (value instanceof String text) {
                    return field.name().equals("type") ? null : text.strip();
                }
                problems.add(Problem.error(Rules.FRONT_MATTER_KIND, file, entry.valueLine(), entry.valueColumn(),
                        quoted + " must be a single line of text", "write it as " + entry.key() + ": " + field.example()));
                return null;
            case DATE:
                return date(value, entry, file, problems);
            case BOOLEAN:
                if ("true".equals(value) || "false".equals(value)) {
                    return Boolean.valueOf((String) value);
                }
                problems.add(Problem.error(Rules.FRONT_MATTER_KIND, file, entry.valueLine(), entry.valueColumn(),
                        quoted + " must be true or false, not \"" + value + "\"", "write " + entry.key() + ": true"));
                return null;
            case LIST:
            default:
                return list(value, entry, file, problems);
        }
    }

    /**
     * Whether a field may have {@code text}: any text, unless it declares its values. A placeholder ({@code kb new}
     * writes {@code region: "TODO: ..."}) is left to the placeholder check, which allows it in drafts.
     */
    private static boolean allowed(Field field, String text) {
        return field.values().isEmpty() || field.values().contains(text) || Placeholder.startsWith(text);
    }

    private static Problem notAllowed(Field field, String text, FrontMatter.Entry entry, String file) {
        List<String> closest = DidYouMean.closest(text, field.values(), 2, 1);
        return Problem.error(Rules.FRONT_MATTER_VALUE, file, entry.valueLine(), entry.valueColumn(),
                "\"" + entry.key() + "\" must be one of " + String.join(", ", field.values()) + ", not \"" + text + "\"",
                closest.isEmpty() ? "write one of these values, e.g. " + entry.key() + ": " + field.values().get(0)
                        : "did you mean \"" + closest.get(0) + "\"?");
    }

    private static Object date(Object value, FrontMatter.Entry entry, String file, List<Problem> problems) {
        String text = String.valueOf(value).strip();
        try {
            LocalDate date = LocalDate.parse(text, ISO_DATE);
            return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            boolean shaped = text.matches("\\d{4}-\\d{2}-\\d{2}");
            problems.add(Problem.error(Rules.FRONT_MATTER_DATE, file, entry.valueLine(), entry.valueColumn(),
                    shaped ? "\"" + text + "\" in \"" + entry.key() + "\" is not a real date"
                           : "\"" + text + "\" in \"" + entry.key() + "\" is not a date in the form YYYY-MM-DD",
                    "write the date as year-month-day, e.g. " + entry.key() + ": 2026-11-25"));
            return null;
        }
    }

    private static Object list(Object value, FrontMatter.Entry entry, String file, List<Problem> problems) {
        if (value instanceof String single) {
            return List.of(single.strip());
        }
        if (value instanceof List<?> items) {
            List<String> out = new ArrayList<>();
            for (Object item : items) {
                if (!(item instanceof String text)) {
                    problems.add(Problem.error(Rules.FRONT_MATTER_KIND, file, entry.valueLine(), entry.valueColumn(),
                            "\"" + entry.key() + "\" must be a list of words or slugs",
                            "write it as " + entry.key() + ": " + FIELDS.get(entry.key()).example()));
                    return null;
                }
                out.add(text.strip());
            }
            return List.copyOf(out);
        }
        problems.add(Problem.error(Rules.FRONT_MATTER_KIND, file, entry.valueLine(), entry.valueColumn(),
                "\"" + entry.key() + "\" must be a list", "write it as " + entry.key() + ": " + FIELDS.get(entry.key()).example()));
        return null;
    }

    private static String suggestion(String key) {
        List<String> closest = DidYouMean.closest(key, FIELDS.keySet(), 2, 1);
        return !closest.isEmpty() ? "did you mean \"" + closest.get(0) + "\"?"
                : "known keys: " + String.join(", ", FIELDS.keySet());
    }
}

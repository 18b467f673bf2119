package kb.content;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import kb.report.DidYouMean;
import kb.report.Problem;
import kb.content.ContentTypes.Field;
import kb.report.Rules;
import org.jbake.model.DocumentModel;

/**
 * Checks a {@link FrontMatter} against the site's {@link ContentTypes}: the page's type, the fields of that type,
 * their kinds and allowed values. Writes typed values into JBake's {@link DocumentModel}: text as strings, dates as
 * {@link Date} at midnight UTC, booleans, lists of strings.
 */
public final class FrontMatterSchema {

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final ContentTypes types;

    public FrontMatterSchema(ContentTypes types) {
        this.types = types;
    }

    /** The site's content types this schema checks against. */
    public ContentTypes types() {
        return types;
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
    public Findings apply(FrontMatter fm, String file, DocumentModel model) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> values = new ArrayList<>();
        ContentTypes.Type type = typeOf(fm, file, problems);
        for (FrontMatter.Entry entry : fm.entries().values()) {
            if (entry.key().equals(ContentTypes.TYPE_KEY)) {
                continue;
            }
            Field field = types.field(entry.key());
            if (field == null) {
                problems.add(Problem.error(Rules.FRONT_MATTER_UNKNOWN_KEY, file, entry.line(), entry.column(),
                        "unknown front matter key \"" + entry.key() + "\"", suggestion(entry.key())));
                continue;
            }
            if (type != null && !type.allows(field.name())) {
                problems.add(Problem.error(Rules.FRONT_MATTER_UNKNOWN_KEY, file, entry.line(), entry.column(),
                        "key \"" + entry.key() + "\" is not used on pages of type " + type.name(),
                        "it is used by " + String.join(", ", typesWith(field.name())) + " pages; remove the line"));
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
            for (Field field : types.fieldsOf(type)) {
                if (type.requires(field.name()) && fm.entry(field.name()) == null) {
                    problems.add(Problem.error(Rules.FRONT_MATTER_REQUIRED, file, 1, 1,
                            "front matter has no \"" + field.name() + "\" (required when type is " + type.name() + ")",
                            "add a line such as \"" + field.name() + ": " + field.example() + "\""));
                }
            }
            model.setType(type.name());
        }
        model.setStatus(Boolean.TRUE.equals(model.get("draft")) ? "draft" : "published");
        return new Findings(problems, values);
    }

    private ContentTypes.Type typeOf(FrontMatter fm, String file, List<Problem> problems) {
        FrontMatter.Entry entry = fm.entry(ContentTypes.TYPE_KEY);
        String names = String.join(", ", types.names());
        if (entry == null) {
            problems.add(Problem.error(Rules.FRONT_MATTER_REQUIRED, file, 1, 1, "front matter has no \"type\"",
                    "add a line \"type: " + types.names().get(0) + "\" (one of: " + names + ")"));
            return null;
        }
        Object value = entry.value();
        if (value instanceof String name && types.type(name) != null) {
            return types.type(name);
        }
        if (value == null) {
            problems.add(Problem.error(Rules.FRONT_MATTER_REQUIRED, file, entry.line(), entry.column(),
                    "\"type\" is empty", "use one of: " + names));
        } else if (value instanceof String) {
            problems.add(Problem.error(Rules.FRONT_MATTER_UNKNOWN_TYPE, file, entry.valueLine(), entry.valueColumn(),
                    "unknown content type \"" + value + "\"", "use one of: " + names));
        } else {
            problems.add(Problem.error(Rules.FRONT_MATTER_KIND, file, entry.valueLine(), entry.valueColumn(),
                    "\"type\" must be a single line of text", "write it as type: " + types.names().get(0)));
        }
        return null;
    }

    /** The types whose pages may have {@code field}, for the hint of a misplaced key. */
    private List<String> typesWith(String field) {
        return types.types().values().stream().filter(t -> t.allows(field)).map(ContentTypes.Type::name).toList();
    }

    private static Object typed(Field field, FrontMatter.Entry entry, String file, List<Problem> problems) {
        Object value = entry.value();
        String quoted = "\"" + entry.key() + "\"";
        if (value == null) {
            problems.add(Problem.error(Rules.FRONT_MATTER_EMPTY, file, entry.line(), entry.column(),
                    quoted + " has no value", "write a value after the colon, e.g. " + entry.key() + ": " + field.example()));
            return null;
        }
        switch (field.kind()) {
            case TEXT:
                if (value instanceof String text) {
                    return text.strip();
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
            default:
                return list(value, field, entry, file, problems);
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

    private static Object list(Object value, Field field, FrontMatter.Entry entry, String file, List<Problem> problems) {
        if (value instanceof String single) {
            return List.of(single.strip());
        }
        if (value instanceof List<?> items) {
            List<String> out = new ArrayList<>();
            for (Object item : items) {
                if (!(item instanceof String text)) {
                    problems.add(Problem.error(Rules.FRONT_MATTER_KIND, file, entry.valueLine(), entry.valueColumn(),
                            "\"" + entry.key() + "\" must be a list of words or slugs",
                            "write it as " + entry.key() + ": " + field.example()));
                    return null;
                }
                out.add(text.strip());
            }
            return List.copyOf(out);
        }
        problems.add(Problem.error(Rules.FRONT_MATTER_KIND, file, entry.valueLine(), entry.valueColumn(),
                "\"" + entry.key() + "\" must be a list", "write it as " + entry.key() + ": " + field.example()));
        return null;
    }

    private String suggestion(String key) {
        List<String> keys = new ArrayList<>();
        keys.add(ContentTypes.TYPE_KEY);
        keys.addAll(types.fields().keySet());
        List<String> closest = DidYouMean.closest(key, keys, 2, 1);
        return !closest.isEmpty() ? "did you mean \"" + closest.get(0) + "\"?"
                : "known keys: " + String.join(", ", keys);
    }
}

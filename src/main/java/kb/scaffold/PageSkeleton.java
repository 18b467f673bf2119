package kb.scaffold;

import java.time.LocalDate;
import java.util.Map;
import kb.content.ContentTypes;
import kb.content.ContentTypes.Field;
import kb.content.Placeholder;
import kb.content.RequiredSections;

/**
 * The text of a new page: every front matter field its type may use (required ones filled in, optional lists
 * empty, other optional fields as commented examples), {@code draft: true}, and the required {@code ##} sections
 * with a TODO line each. Every placeholder is written through {@link Placeholder#note}, the form the build refuses
 * to publish.
 */
final class PageSkeleton {

    static final String TODO_CALLOUT = Placeholder.note("when to see a doctor or physiotherapist soon; start another "
            + "quotation with > [!urgent] for the same day or > [!emergency] for an emergency.");
    static final String TODO_SECTION = Placeholder.note("write this section in plain language and cite each claim.");

    /** What to write in a required field; a field with a set of values lists them instead. */
    private static final Map<String, String> PLACEHOLDERS = Map.of(
            "summary", "one plain sentence, shown under the title and in page lists.",
            "reviewed_by", "who checked this page, e.g. Jane Doe, sports massage therapist");

    private PageSkeleton() {
    }

    /**
     * A whole new page of {@code type} titled {@code title}, reviewed {@code today}: for a type of questions, the
     * page of its first question.
     */
    static String page(ContentTypes types, ContentTypes.Type type, String title, LocalDate today) {
        StringBuilder out = new StringBuilder("---\n");
        out.append(ContentTypes.TYPE_KEY).append(": ").append(type.name()).append('\n');
        for (Field field : types.fieldsOf(type)) {
            out.append(line(field, type, title, today)).append('\n');
        }
        out.append("---\n");
        if (type.questions()) {
            out.append('\n').append(question(title));
        } else if (type.sections().isEmpty()) {
            out.append('\n').append(Placeholder.note("write the page.")).append('\n');
        }
        for (String heading : type.sections()) {
            out.append("\n## ").append(heading).append("\n");
            if (!heading.equals(RequiredSections.REFERENCES)) {
                out.append('\n').append(TODO_SECTION).append('\n');
            }
            if (heading.equals(type.careCallout())) {
                // The build warns about a page of this type without an urgent-care call-out: start it with one.
                out.append("\n> [!soon]\n> ").append(TODO_CALLOUT).append('\n');
            }
        }
        return out.toString();
    }

    /** One FAQ question as a {@code ##} section, followed by a blank line. */
    static String question(String question) {
        return "## " + question + "\n\n" + Placeholder.note("answer in two or three plain sentences and cite each claim.")
                + "\n\n";
    }

    private static String line(Field field, ContentTypes.Type type, String title, LocalDate today) {
        String name = field.name();
        switch (name) {
            case "title":
                return "title: " + quoted(type.questions() ? Placeholder.note("the topic of these questions") : title);
            case "draft":
                return "draft: true   # remove this line when the page is ready to publish";
            case "last_reviewed":
                return "last_reviewed: " + today;
            case "next_review":
                return "next_review: " + today.plusYears(1);
            default:
                break;
        }
        if (type.requires(name)) {
            String what = !field.values().isEmpty() ? "one of " + String.join(", ", field.values())
                    : PLACEHOLDERS.getOrDefault(name, "the " + name.replace('_', ' '));
            return name + ": " + quoted(Placeholder.note(what));
        }
        if (field.kind().isList()) {
            return name + ": []   # e.g. " + field.example();
        }
        return "# " + name + ": " + field.example() + "   (optional)";
    }

    /** A YAML double-quoted scalar, so titles with colons, quotes or # stay plain text. */
    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}

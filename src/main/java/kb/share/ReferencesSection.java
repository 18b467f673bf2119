package kb.share;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The part of a page body that the JSON-LD citations are read from, parsed without the rest of the body: the
 * "References" heading and everything after it. Parsing from the heading on gives the same elements as parsing
 * the whole body only when the heading sits at the top level and nothing before it carries the same id, so
 * anything before it that could nest or hide elements (an unknown or unbalanced tag, a comment) falls back to
 * parsing the whole body.
 */
final class ReferencesSection {

    /** How flexmark writes the required "## References" heading. */
    private static final String HEADING = "<h2 id=\"" + StructuredData.REFERENCES_ID + "\">";
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)");
    private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*[\"']?\\s*references", Pattern.CASE_INSENSITIVE);
    private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr");
    /** Tags that parse the same wherever they are and cannot swallow the heading once closed. */
    private static final Set<String> PLAIN = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "em", "strong", "a", "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "sup", "sub",
            "blockquote", "span", "del", "dl", "dt", "dd", "div", "abbr", "kbd", "small", "figure",
            "figcaption", "caption", "b", "i", "q", "cite", "section", "aside", "br", "hr", "img", "wbr");

    private ReferencesSection() {
    }

    /** A document whose element with the references id has the same following siblings as in the whole body. */
    static Document of(String body) {
        int heading = body.indexOf(HEADING);
        if (heading < 0 || !atTopLevel(body.substring(0, heading))) {
            return Jsoup.parseBodyFragment(body);
        }
        return Jsoup.parseBodyFragment(body.substring(heading));
    }

    /** Whether every element opened before the heading is closed before it, and no element there has its id. */
    private static boolean atTopLevel(String before) {
        if (before.contains("<!") || before.contains("<?") || ID.matcher(before).find()) {
            return false;
        }
        java.util.Map<String, Integer> open = new java.util.HashMap<>();
        Matcher tag = TAG.matcher(before);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (!PLAIN.contains(name)) {
                return false;
            }
            if (!VOID.contains(name)) {
                open.merge(name, tag.group(1).isEmpty() ? 1 : -1, Integer::sum);
            }
        }
        return open.values().stream().allMatch(count -> count == 0);
    }
}

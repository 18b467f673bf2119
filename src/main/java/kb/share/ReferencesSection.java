package kb.share;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
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
    private static final Map<String, Integer> PLAIN = plain();

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

    /**
     * Whether every element opened before the heading is closed before it, and no element there may carry its id
     * (an attribute holding "references" or a character reference). A scan from one {@code <} to the next rather
     * than a regular expression: this runs on every page.
     */
    private static boolean atTopLevel(String before) {
        int[] open = new int[PLAIN.size()];
        for (int at = before.indexOf('<'); at >= 0; at = before.indexOf('<', at + 1)) {
            int name = at + 1 < before.length() && before.charAt(at + 1) == '/' ? at + 2 : at + 1;
            if (name >= before.length() || !isLetter(before.charAt(name))) {
                if (name < before.length() && (before.charAt(name) == '!' || before.charAt(name) == '?')) {
                    return false; // a comment or declaration could hide tags
                }
                continue; // not a tag: Jsoup reads it as text
            }
            int nameEnd = name;
            while (nameEnd < before.length() && (isLetter(before.charAt(nameEnd)) || Character.isDigit(before.charAt(nameEnd)))) {
                nameEnd++;
            }
            int end = before.indexOf('>', nameEnd);
            if (end < 0) {
                return false;
            }
            char after = before.charAt(nameEnd);
            Integer tag = PLAIN.get(before.substring(name, nameEnd).toLowerCase(Locale.ROOT));
            if (!(after == '>' || after == '/' || Character.isWhitespace(after)) || tag == null
                    || !plainAttributes(before, nameEnd, end)) {
                return false;
            }
            if (tag >= 0) {
                open[tag] += name == at + 1 ? 1 : -1;
            }
            at = end;
        }
        for (int count : open) {
            if (count != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * No character reference and no "references" (either could spell the id), and an even number of each quote
     * (else a quoted value holds a {@code >} and the tag does not end where it seems to).
     */
    private static boolean plainAttributes(String html, int from, int to) {
        int doubleQuotes = 0;
        int singleQuotes = 0;
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            if (c == '&' || c == 'r' && html.startsWith(StructuredData.REFERENCES_ID, i)) {
                return false;
            }
            doubleQuotes += c == '"' ? 1 : 0;
            singleQuotes += c == '\'' ? 1 : 0;
        }
        return doubleQuotes % 2 == 0 && singleQuotes % 2 == 0;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Tags that parse the same wherever they are, each with its counter (-1: a void element, never open). */
    private static Map<String, Integer> plain() {
        List<String> paired = List.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "a",
                "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "sup", "sub", "blockquote", "span", "del",
                "dl", "dt", "dd", "div", "abbr", "kbd", "small", "figure", "figcaption", "caption", "b", "i", "q",
                "cite", "section", "aside");
        Map<String, Integer> tags = new HashMap<>();
        for (int i = 0; i < paired.size(); i++) {
            tags.put(paired.get(i), i);
        }
        for (String tag : List.of("br", "hr", "img", "wbr")) {
            tags.put(tag, -1);
        }
        return Map.copyOf(tags);
    }
}

package kb.content;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the silence comments of a page, {@code <!-- kb:ignore claim/uncited: the reason -->}, in flexmark's HTML
 * comment nodes. A comment alone on its line silences its rule on the next line; one after other text silences it
 * on its own line. Whether the rule exists, may be silenced, and was silenced at all is decided after the checks
 * ({@code kb.build.Silencer}). The raw HTML cleaner takes every comment out of the page, so none is published.
 *
 * <p>With JBake's pegdown options flexmark ends an HTML comment block at the next blank line, not at {@code -->}:
 * the line a comment is written above would become raw HTML (not Markdown, not checked). So a comment alone on
 * its line is blanked out (same length, so every position stays) and the page parsed again: the line below is
 * Markdown as if the comment were not there.
 */
public final class SilenceComments {

    /** What every silence comment holds; a page without it has none. */
    public static final String MARK = "kb:ignore";

    private static final Pattern SILENCE = Pattern.compile("<!--\\s*kb:ignore\\b([\\s\\S]*?)-->");
    private static final Pattern RULE_AND_REASON = Pattern.compile("\\s*([^\\s:]*)\\s*(?::([\\s\\S]*))?");

    /** The silence comments of one page, in order. */
    public record Found(List<Silence> silences) {
        public Found {
            silences = List.copyOf(silences);
        }
    }

    /**
     * One comment: the rule id as written (may be empty or unknown), the reason (empty when none), where the
     * comment starts, and the file line whose findings it silences.
     */
    public record Silence(String rule, String reason, int line, int column, int targetLine) {
    }

    /**
     * The silence comments of a parsed page, and the page body with those alone on their line blanked out (null
     * when there are none, so the page need not be parsed again).
     */
    public record Scan(Found found, String blankedBody) {
    }

    /** Finds the silence comments of {@code document}, parsed from {@code body}. */
    public static Scan scan(Document document, String body, PageSource page) {
        List<Silence> found = new ArrayList<>();
        char[] blanked = body.toCharArray();
        boolean[] changed = {false};
        collect(document, document, body, page, found, blanked, changed);
        return new Scan(new Found(found), changed[0] ? new String(blanked) : null);
    }

    private static void collect(Node node, Document document, String body, PageSource page, List<Silence> found,
                                char[] blanked, boolean[] changed) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlCommentBlock || child instanceof HtmlInnerBlockComment
                    || child instanceof HtmlInlineComment) {
                silence(child, document, body, page, found, blanked, changed);
            }
            collect(child, document, body, page, found, blanked, changed);
        }
    }

    private static void silence(Node comment, Document document, String body, PageSource page, List<Silence> found,
                                char[] blanked, boolean[] changed) {
        if (comment.getChars().getBase() != document.getChars().getBase()) {
            return; // a comment in an included snippet: the offsets below are the page body's
        }
        String text = comment.getChars().toString();
        Matcher m = SILENCE.matcher(text);
        if (!m.find()) {
            return;
        }
        Matcher parts = RULE_AND_REASON.matcher(m.group(1));
        parts.matches(); // matches any text: both groups are optional
        String rule = parts.group(1);
        String reason = parts.group(2) == null ? "" : parts.group(2).strip();
        int start = comment.getStartOffset() + m.start();
        int end = comment.getStartOffset() + m.end();
        FilePosition at = LinkCollector.position(document, comment.getChars(), start, page);
        FilePosition last = LinkCollector.position(document, comment.getChars(), Math.max(start, end - 1), page);
        boolean alone = blank(body, lineStart(body, start), start) && blank(body, end, lineEnd(body, end));
        if (alone && comment instanceof HtmlCommentBlock) {
            for (int i = start; i < end; i++) {
                if (blanked[i] != '\n') {
                    blanked[i] = ' ';
                }
            }
            changed[0] = true;
        }
        found.add(new Silence(rule, reason, at.line(), at.column(), alone ? last.line() + 1 : at.line()));
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private static int lineEnd(String text, int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }

    private static boolean blank(String text, int from, int to) {
        return from >= to || text.substring(from, to).isBlank();
    }
}

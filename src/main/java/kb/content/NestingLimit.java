package kb.content;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import kb.report.Problem;
import kb.report.Rules;
import kb.report.SourcePosition;

/**
 * How deeply a page may nest block quotes, lists, emphasis, links and the like. flexmark parses and renders
 * nested Markdown by recursion, one group of stack frames per level: about a thousand levels (a line of 1,000
 * {@code >}) overflow the stack of a build thread, and deeper ones overflow the parser itself. Real pages nest a
 * few levels, so a page that nests more than {@link #MAX} is refused before anything recursive runs: first a scan
 * of the source lines for block quote and list markers (the nesting that can be written cheaply, one level per
 * character or two, deep enough to overflow the parser; refused above {@link #MAX_MARKERS}), then an iterative walk of the parsed document before
 * the inspectors and the renderer see it. Both walks are loops, never recursion.
 */
public final class NestingLimit {

    /** The most levels a page may nest; a real page needs a handful (a list in a list in a block quote). */
    public static final int MAX = 32;

    /**
     * Markers a line may start with before the source scan refuses it. Higher than {@link #MAX}, so that a code
     * sample full of {@code >} is left to the document walk (which knows it is code); far below the few thousand
     * levels at which the parser overflows.
     */
    static final int MAX_MARKERS = 8 * MAX;

    private NestingLimit() {
    }

    /**
     * When a line of {@code body} starts with more than {@link #MAX_MARKERS} block quote and list markers, a
     * problem at the first line with more than {@link #MAX}, or null. Runs before parsing: the parser overflows
     * on deep enough lines.
     */
    static Problem checkSource(String body, PageSource page) {
        int firstTooDeep = -1;
        int deepest = 0;
        int lineStart = 0;
        for (int line = 0; lineStart <= body.length(); line++) {
            int lineEnd = body.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? body.length() : lineEnd;
            int levels = leadingMarkers(body, lineStart, lineEnd);
            if (levels > MAX && firstTooDeep < 0) {
                firstTooDeep = line;
            }
            deepest = Math.max(deepest, levels);
            lineStart = lineEnd + 1;
        }
        // Reported where the nesting first goes too deep, which may be lines before the deepest one.
        return deepest > MAX_MARKERS
                ? tooDeep(page, SourcePosition.fromBody(firstTooDeep, 0, page.bodyStartLine()), deepest) : null;
    }

    /**
     * The first place in {@code document} (in reading order) that lies more than {@link #MAX} levels deep, as a
     * problem that gives the page's deepest level, or null. A level is a node that holds other nodes, except
     * paragraphs and the list around list items (a list item is the level).
     */
    static Problem checkDocument(Document document, PageSource page) {
        Node tooDeep = null;
        int deepest = 0;
        int level = 0;
        Node node = document.getFirstChild();
        while (node != null) {
            boolean counts = counts(node);
            int here = level + (counts ? 1 : 0);
            if (here > MAX && tooDeep == null) {
                tooDeep = node;
            }
            deepest = Math.max(deepest, here);
            // Depth first, without recursion: down to the first child, else to the next sibling, else back up.
            if (node.getFirstChild() != null) {
                level = here;
                node = node.getFirstChild();
                continue;
            }
            while (node != null) {
                if (node.getNext() != null) {
                    node = node.getNext();
                    break;
                }
                node = node.getParent();
                if (node == document) {
                    node = null;
                } else {
                    level -= counts(node) ? 1 : 0;
                }
            }
        }
        return tooDeep == null ? null
                : tooDeep(document, tooDeep, page, deepest);
    }

    /**
     * The problem for a page whose parser or renderer overflowed the stack even so (the limits above should make
     * this impossible): at the line with the most nesting marks, which is where such a page goes too deep.
     */
    static Problem overflowed(String body, PageSource page) {
        int bestLine = 0;
        int bestMarks = -1;
        int lineStart = 0;
        for (int line = 0; lineStart <= body.length(); line++) {
            int lineEnd = body.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? body.length() : lineEnd;
            int marks = 0;
            for (int i = lineStart; i < lineEnd; i++) {
                marks += "*_[!~>-<".indexOf(body.charAt(i)) >= 0 ? 1 : 0;
            }
            if (marks > bestMarks) {
                bestMarks = marks;
                bestLine = line;
            }
            lineStart = lineEnd + 1;
        }
        return Problem.error(Rules.MARKDOWN_TOO_DEEP, page.displayName(), bestLine + page.bodyStartLine(), 1,
                "this part of the page is nested too deeply to be read (block quotes, lists, emphasis or links inside"
                        + " each other); the most a page may nest is " + MAX,
                HINT);
    }

    private static final String HINT = "write it with fewer levels: a block quote or list inside another is fine a"
            + " few times over, not dozens; for text that really is this deep, put it in a code block";

    private static Problem tooDeep(PageSource page, SourcePosition at, int levels) {
        return tooDeep(page, at, levels, "this block is nested ");
    }

    private static Problem tooDeep(PageSource page, SourcePosition at, int levels, String what) {
        return tooDeep(new FilePosition(page.displayName(), at.line(), at.column()), levels, what);
    }

    private static Problem tooDeep(FilePosition at, int levels, String what) {
        return Problem.error(Rules.MARKDOWN_TOO_DEEP, at.file(), at.line(), at.column(),
                what + levels + " levels deep; the most a page may nest is " + MAX, HINT);
    }

    private static Problem tooDeep(Document document, Node node, PageSource page, int levels) {
        FilePosition at = LinkCollector.position(document, node.getChars(), page);
        return tooDeep(at, levels, node instanceof Block ? "this block is nested "
                : "this text is nested (emphasis, links or images inside each other) ");
    }

    private static boolean counts(Node node) {
        return node.getFirstChild() != null && !(node instanceof Paragraph) && !(node instanceof ListBlock);
    }

    /**
     * Block quote and list markers at the start of a line ({@code > > - 1. x}), as CommonMark reads them: up to
     * three spaces, then {@code >} or a list marker followed by a space. A line of markers only is not counted: a
     * line such as {@code - - -} is a horizontal rule, not a list.
     */
    private static int leadingMarkers(String text, int start, int end) {
        int levels = 0;
        int quotes = 0;
        int i = start;
        while (true) {
            int spaces = 0;
            while (i < end && text.charAt(i) == ' ' && spaces < 4) {
                i++;
                spaces++;
            }
            if (i >= end || spaces > 3) {
                break;
            }
            char c = text.charAt(i);
            if (c == '>') {
                i++;
                levels++;
                quotes++;
                continue;
            }
            int marker = i;
            if (c == '-' || c == '+' || c == '*') {
                marker++;
            } else {
                while (marker < end && marker - i < 9 && Character.isDigit(text.charAt(marker))) {
                    marker++;
                }
                if (marker == i || marker >= end || (text.charAt(marker) != '.' && text.charAt(marker) != ')')) {
                    break;
                }
                marker++;
            }
            if (marker >= end || (text.charAt(marker) != ' ' && text.charAt(marker) != '\t')) {
                break;
            }
            i = marker;
            levels++;
        }
        // Markers alone ("- - -") may be a horizontal rule: then only the block quotes surely nest.
        return text.substring(i, end).isBlank() ? quotes : levels;
    }
}

package kb.report;

/**
 * A position in a source file, counted from 1. The one place where positions from libraries (flexmark counts
 * from 0, and JBake hands markup engines the body without its front matter) become the positions we print.
 */
public record SourcePosition(int line, int column) {

    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

    /**
     * Converts a 0-based line and column inside a document body to a 1-based position in the file.
     *
     * @param bodyStartLine the 1-based file line on which the body starts (1 when there is no front matter)
     */
    public static SourcePosition fromBody(int zeroBasedLine, int zeroBasedColumn, int bodyStartLine) {
        return new SourcePosition(zeroBasedLine + bodyStartLine, zeroBasedColumn + 1);
    }

    /** Converts a 0-based offset in {@code text} to a 1-based line and column. */
    public static SourcePosition ofOffset(CharSequence text, int offset, int bodyStartLine) {
        int line = 0;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return fromBody(line, end - lineStart, bodyStartLine);
    }
}

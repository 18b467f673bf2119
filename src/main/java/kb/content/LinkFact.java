package kb.content;

/**
 * A link or image written in a page's Markdown, as the validator needs it: the destination as written, the site
 * path it resolves to (null for external or mail links), and where it was written: the file (the page's, or the
 * snippet's the link came from) and the 1-based line and column.
 */
public record LinkFact(Kind kind, String written, String sitePath, String fragment, String text, String file,
                       int line, int column) {

    /** What the destination is used for. */
    public enum Kind { LINK, IMAGE }

    public boolean isInternal() {
        return sitePath != null;
    }
}

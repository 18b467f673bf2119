package kb.content;

/**
 * A link or image written in a page's Markdown, as the validator needs it: the destination as written, the site
 * path it resolves to (null for external or mail links), and where it was written (1-based).
 */
public record LinkFact(Kind kind, String written, String sitePath, String fragment, String text, int line, int column) {

    /** What the destination is used for. */
    public enum Kind { LINK, IMAGE }

    public boolean isInternal() {
        return sitePath != null;
    }
}

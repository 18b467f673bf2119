package kb.content;

/**
 * Looks at the HTML a page's Markdown rendered to, after rendering, and records problems in its outcome. Like
 * {@link DocumentInspector}s, it keeps no state between pages (pages may render on several threads).
 */
@FunctionalInterface
public interface RenderedBodyCheck {

    void check(String html, PageSource page, MarkdownOutcome outcome);
}

package kb.content;

/**
 * What the Markdown stage knows about the file it is rendering: its name for messages (relative to the site
 * folder), its path under {@code content/}, its URL, and the file line on which its body starts. Attached to each
 * flexmark {@code Document} under {@link MarkdownRenderer#PAGE} so extensions can resolve links and report
 * positions.
 */
public record PageSource(String displayName, String contentPath, String url, int bodyStartLine) {
}

package kb.content;

/**
 * Where something in a page's Markdown was written: the file as messages show it, and its 1-based line and column.
 * The file is the page's, or a shared snippet's when the text came from one (see {@link IncludedSources}).
 */
public record FilePosition(String file, int line, int column) {
}

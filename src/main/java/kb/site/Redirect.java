package kb.site;

import kb.content.Permalinks;

/**
 * An old or short URL that leads to a page: declared in {@code redirects.yaml}, by a page's {@code aliases:} or by
 * its {@code short:} code ({@code /i/<code>/}). Each becomes a small redirect page.
 *
 * @param file   where it was declared, relative to the site folder
 * @param line   1-based line of the declaration (0 when unknown)
 */
public record Redirect(String from, String to, String file, int line, int column) {

    /** Whether the old URL can be served as a folder of its own: {@code /lower-case/path/}. */
    public boolean hasCleanFrom() {
        return from.startsWith("/") && from.endsWith("/") && from.length() > 1
                && Permalinks.badSegment(from.substring(1, from.length() - 1)) == null;
    }
}

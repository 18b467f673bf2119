package kb.assets;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The allow-list of file types published from {@code assets/} and {@code content/} (pages, the {@code .md} files
 * of {@code content/}, are rendered, not copied): styles, scripts, the image formats browsers show, web fonts and
 * PDF. Everything else is left out and reported ({@link LeftOutFiles}). HTML is published from {@code assets/}
 * only, because the build's output check ({@code kb.validate.PageSecurityCheck}) reads every {@code .html} file
 * of the site: such a file needs the Content-Security-Policy tag and no inline script, like a rendered page. SVG is
 * published only after {@link kb.sanitize.SvgInspector} found nothing in it.
 */
public final class PublishedTypes {

    /** Types published from both folders (lower-case extensions, without the dot). */
    private static final Set<String> EVERYWHERE = Set.of("css", "js", "png", "jpg", "jpeg", "gif", "webp", "avif",
            "svg", "ico", "woff", "woff2", "pdf");

    /** Types published from {@code assets/} only: checked as pages by the output security check. */
    private static final Set<String> ASSETS_ONLY = Set.of("html");

    private PublishedTypes() {
    }

    /** Whether a file with this extension (any case; the name rule asks for lower case) is published. */
    public static boolean isPublished(String extension, boolean inAssets) {
        String type = extension.toLowerCase(Locale.ROOT);
        return EVERYWHERE.contains(type) || inAssets && ASSETS_ONLY.contains(type);
    }

    /** Whether the file must pass the SVG check before it is published. */
    static boolean isSvg(String extension) {
        return extension.equalsIgnoreCase("svg");
    }

    /** The published types, sorted, for messages: {@code avif, css, gif, ...; html from assets/ only}. */
    static String list() {
        return String.join(", ", new TreeSet<>(EVERYWHERE)) + "; html from assets/ only";
    }
}

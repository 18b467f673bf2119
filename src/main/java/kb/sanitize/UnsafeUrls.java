package kb.sanitize;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** URL schemes that run code or smuggle content in a link or image: javascript:, vbscript: and data:. */
final class UnsafeUrls {

    /** For flexmark's {@code SUPPRESSED_LINKS}: such links render as their text only. */
    static final String FLEXMARK_PATTERN = "(?is)[\\x00-\\x20]*(?:javascript|vbscript|data):.*";

    private static final Pattern SCHEME = Pattern.compile("^(javascript|vbscript|data):");
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20]");

    private UnsafeUrls() {
    }

    /** Whether {@code url} is written with character references ({@code &#106;avascript:}) that hide its scheme. */
    static boolean disguised(String url) {
        String squeezed = IGNORED_BY_BROWSERS.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        return !SCHEME.matcher(squeezed).find();
    }

    /** The unsafe scheme of {@code url} (entities decoded, spaces and control characters ignored), or null. */
    static String unsafeScheme(String url) {
        String decoded = Parser.unescapeEntities(url, true);
        String squeezed = IGNORED_BY_BROWSERS.matcher(decoded).replaceAll("").toLowerCase(Locale.ROOT);
        var m = SCHEME.matcher(squeezed);
        return m.find() ? m.group(1) : null;
    }
}

package kb.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Maps a destination written in Markdown to a site path. Writers may link to a source file
 * ({@code ../techniques/cupping.md#evidence}) or to a site URL ({@code /techniques/cupping/}); both become the
 * site path {@code /techniques/cupping/}. Anything with a scheme ({@code https:}, {@code mailto:}) is external.
 */
public final class MarkdownLinks {

    /** A scheme ({@code https:}, {@code mailto:}); compiled once, as every link of every page is tested. */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private MarkdownLinks() {
    }

    /** A destination split into site path and fragment; {@code path} is null for external links. */
    public record Target(String path, String fragment) {
    }

    public static boolean isExternal(String written) {
        // Browsers decode character references first: "&#106;avascript:" is a javascript: address, not a file.
        String address = written.indexOf('&') < 0 ? written : org.jsoup.parser.Parser.unescapeEntities(written, true);
        return SCHEME.matcher(address).matches() || address.startsWith("//");
    }

    /**
     * Resolves {@code written} from the page whose source is {@code contentPath}.
     *
     * @return the target, or null when the link is external
     */
    public static Target resolve(String written, String contentPath) {
        if (isExternal(written)) {
            return null;
        }
        Target parts = split(written);
        String path = parts.path();
        String fragment = parts.fragment();
        String ownUrl = Permalinks.urlOf(contentPath);
        if (path.isEmpty()) {
            return new Target(ownUrl, fragment);
        }
        String base;
        if (path.startsWith("/")) {
            base = "";
        } else if (path.endsWith(".md")) {
            int slash = contentPath.lastIndexOf('/');
            base = "/" + (slash < 0 ? "" : contentPath.substring(0, slash + 1));
        } else {
            base = ownUrl;
        }
        String normalized = normalize(base, path);
        if (normalized == null) {
            return new Target("/../" + path, fragment); // escapes the site: the validator reports it
        }
        if (normalized.endsWith(".md")) {
            normalized = Permalinks.urlOf(normalized.substring(1));
        }
        return new Target(normalized, fragment);
    }

    /** Splits a destination as written into its path (without query) and fragment (null when there is none). */
    public static Target split(String written) {
        int hash = written.indexOf('#');
        String path = hash < 0 ? written : written.substring(0, hash);
        int query = path.indexOf('?');
        return new Target(query < 0 ? path : path.substring(0, query), hash < 0 ? null : written.substring(hash + 1));
    }

    private static String normalize(String base, String path) {
        try {
            URI uri = new URI(null, null, path.startsWith("/") ? path : base + path, null).normalize();
            String result = uri.getPath();
            return result.startsWith("/..") ? null : result;
        } catch (URISyntaxException e) {
            return "/" + path;
        }
    }

    /** The href to write into the page at {@code fromUrl} for a resolved internal target. */
    public static String href(String fromUrl, Target target) {
        String path = target.path().equals(fromUrl) && target.fragment() != null ? "" : Permalinks.relative(fromUrl, target.path());
        if (path.isEmpty() && target.fragment() == null) {
            path = "./";
        }
        return target.fragment() == null ? path : path + "#" + target.fragment();
    }
}

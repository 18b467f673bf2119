package kb.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import kb.content.MarkdownLinks;

/**
 * An href found in rendered HTML, resolved against the URL of the page that holds it, as browsers do: a site path
 * and a fragment. External hrefs ({@code https:}, {@code mailto:}, {@code //host}) have no site path.
 */
record RenderedHref(String written, String path, String fragment) {

    /** Resolves {@code href} from the page served at {@code fromUrl}; null when the href is external. */
    static RenderedHref resolve(String fromUrl, String href) {
        if (MarkdownLinks.isExternal(href)) {
            return null;
        }
        MarkdownLinks.Target parts = MarkdownLinks.split(href);
        String path = parts.path();
        String fragment = parts.fragment();
        if (path.isEmpty()) {
            return new RenderedHref(href, fromUrl, fragment);
        }
        String resolved = isPlain(fromUrl) && isPlain(path) ? resolvePlain(fromUrl, path) : resolveUri(fromUrl, path);
        if (resolved == null) {
            return new RenderedHref(href, "/" + path, fragment);
        }
        return new RenderedHref(href, resolved.startsWith("/..") ? "/../" + path : resolved, fragment);
    }

    /** What {@link URI#resolve} makes of {@code path} from the absolute path {@code fromUrl}, or null. */
    static String resolveUri(String fromUrl, String path) {
        try {
            return new URI("http", "site", fromUrl, null).resolve(new URI(null, null, path, null)).getPath();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * The same as {@link #resolveUri} for paths of letters, digits and {@code -._~/} (nearly every link of a site),
     * without building two URIs per link (2 % of a build in a profile): an absolute path as it is; a relative one
     * joined to the page's folder, then without {@code .} segments, {@code x/..} pairs and repeated slashes, a
     * trailing slash kept where the last kept segment had one (what {@link URI#normalize} does).
     */
    static String resolvePlain(String fromUrl, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        String joined = fromUrl.substring(0, fromUrl.lastIndexOf('/') + 1) + path;
        Deque<String> kept = new ArrayDeque<>();
        boolean trailingSlash = false;
        int start = 1;
        while (start <= joined.length()) {
            int slash = joined.indexOf('/', start);
            int end = slash < 0 ? joined.length() : slash;
            String segment = joined.substring(start, end);
            boolean followedBySlash = slash >= 0;
            if (segment.equals("..") && !kept.isEmpty() && !kept.peekLast().equals("..")) {
                kept.removeLast();
                trailingSlash = true; // the segment before a ".." was followed by a slash
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                kept.addLast(segment);
                trailingSlash = followedBySlash;
            }
            start = end + 1;
        }
        return "/" + String.join("/", kept) + (trailingSlash && !kept.isEmpty() ? "/" : "");
    }

    private static boolean isPlain(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    boolean hasFragment() {
        return fragment != null && !fragment.isEmpty();
    }
}

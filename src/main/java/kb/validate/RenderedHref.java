package kb.validate;

import java.net.URI;
import java.net.URISyntaxException;
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
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? null : href.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty()) {
            return new RenderedHref(href, fromUrl, fragment);
        }
        try {
            String resolved = new URI("http", "site", fromUrl, null).resolve(new URI(null, null, path, null)).getPath();
            return new RenderedHref(href, resolved.startsWith("/..") ? "/../" + path : resolved, fragment);
        } catch (URISyntaxException e) {
            return new RenderedHref(href, "/" + path, fragment);
        }
    }

    boolean hasFragment() {
        return fragment != null && !fragment.isEmpty();
    }
}

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
        MarkdownLinks.Target parts = MarkdownLinks.split(href);
        String path = parts.path();
        String fragment = parts.fragment();
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

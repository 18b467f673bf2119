package kb.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a content file is published. The URL mirrors the file's place under {@code content/}, without the
 * extension and with a trailing slash, so a therapist can paste a clean, stable link:
 * {@code content/injuries/runners-knee.md} → {@code /injuries/runners-knee/} (written as
 * {@code injuries/runners-knee/index.html}); {@code content/index.md} → {@code /}; {@code content/faq.md} →
 * {@code /faq/}. Slugs are lower-case ASCII, digits and hyphens: JBake URL-encodes other names into broken links.
 */
public final class Permalinks {

    /** A file or folder name allowed in content paths. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Permalinks() {
    }

    /**
     * The site URL (starting and ending with {@code /}) of a content file.
     *
     * @param contentPath path relative to {@code content/}, with {@code /} separators, e.g. {@code injuries/x.md}
     */
    public static String urlOf(String contentPath) {
        String withoutExt = withoutMd(contentPath);
        if (withoutExt.equals("index")) {
            return "/";
        }
        if (withoutExt.endsWith("/index")) {
            return "/" + withoutExt.substring(0, withoutExt.length() - "index".length());
        }
        return "/" + withoutExt + "/";
    }

    /** The output file of a URL, relative to the site folder: {@code /a/b/} → {@code a/b/index.html}. */
    public static String outputFileOf(String url) {
        return url.substring(1) + "index.html";
    }

    /**
     * The URL of a file written into the site folder: {@code references/index.html} → {@code /references/},
     * {@code 404.html} → {@code /404.html}.
     */
    public static String urlOfOutputFile(String relative) {
        return "/" + (relative.endsWith("index.html") ? relative.substring(0, relative.length() - "index.html".length()) : relative);
    }

    /** The relative path from a page's URL back to the site root: {@code /a/b/} → {@code ../../}. */
    public static String rootPathOf(String url) {
        int depth = (int) url.chars().filter(c -> c == '/').count() - 1;
        return "../".repeat(Math.max(0, depth));
    }

    /** The last path segment of a URL, used as the page's slug: {@code /injuries/runners-knee/} → runners-knee. */
    public static String slugOf(String url) {
        if (url.equals("/")) {
            return "index";
        }
        String trimmed = url.substring(0, url.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The path without a final {@code .md} (no regular expression: this runs for every link of every page). */
    private static String withoutMd(String contentPath) {
        return contentPath.endsWith(".md") ? contentPath.substring(0, contentPath.length() - 3) : contentPath;
    }

    /**
     * The slug for a title, as a file name or heading anchor: accents dropped, apostrophes removed, lower-case
     * ASCII letters and digits with single hyphens between words ({@code "Runner's knee"} → {@code runners-knee}).
     * Empty when the title has no letter or digit.
     */
    public static String slugify(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    /** Returns the first segment of {@code contentPath} that is not a valid slug, or null when all are. */
    public static String badSegment(String contentPath) {
        String[] parts = withoutMd(contentPath).split("/");
        for (String part : parts) {
            if (!SLUG.matcher(part).matches()) {
                return part;
            }
        }
        return null;
    }

    /** A link from the page at {@code fromUrl} to the site URL {@code toUrl}, relative so it works under any base. */
    public static String relative(String fromUrl, String toUrl) {
        return rootPathOf(fromUrl) + toUrl.substring(1);
    }
}

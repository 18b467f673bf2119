package kb.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kb.citation.Bibliography;
import kb.content.ContentTypes;

/**
 * The in-memory content store that replaces JBake's OrientDB: every page of the build, indexed once by URL, type
 * and slug, with the per-type lists templates use computed once (JBake re-queries them for every page).
 */
public final class SiteIndex {

    private static final Comparator<Page> BY_TITLE = Comparator
            .comparing((Page p) -> p.title() == null ? "" : p.title().toLowerCase(Locale.ROOT))
            .thenComparing(Page::url);

    private final Map<String, Page> byUrl = new TreeMap<>();
    private final Map<String, List<Page>> byType = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> summaries = new LinkedHashMap<>();
    private final Map<String, Page> byTypeAndSlug = new java.util.HashMap<>();
    private final Bibliography bibliography;
    private final ContentTypes types;

    public SiteIndex(List<Page> pages, Bibliography bibliography, ContentTypes types) {
        this.bibliography = bibliography;
        this.types = types;
        for (String type : types.names()) {
            byType.put(type, new ArrayList<>());
        }
        for (Page page : pages) {
            byUrl.put(page.url(), page);
            byType.computeIfAbsent(page.type(), t -> new ArrayList<>()).add(page);
        }
        byType.values().forEach(list -> list.sort(BY_TITLE));
        byType.values().forEach(list -> list.forEach(p -> byTypeAndSlug.putIfAbsent(p.type() + "/" + p.slug(), p)));
        for (Page page : byUrl.values()) {
            summaries.put(page.url(), summarize(page));
        }
    }

    /** The site's content types. */
    public ContentTypes types() {
        return types;
    }

    /** The references pages may cite ({@code content/bibliography.yaml}). */
    public Bibliography bibliography() {
        return bibliography;
    }

    /** All pages, ordered by URL. */
    public List<Page> pages() {
        return List.copyOf(byUrl.values());
    }

    public Page byUrl(String url) {
        return byUrl.get(url);
    }

    /** Pages of one type, ordered by title. */
    public List<Page> ofType(String type) {
        return Collections.unmodifiableList(byType.getOrDefault(type, List.of()));
    }

    /** The page of {@code type} whose slug is {@code slug}, or null. */
    public Page find(String type, String slug) {
        return byTypeAndSlug.get(type + "/" + slug);
    }

    /** The small map templates get for a page in a list: title, url, path (url without the leading /), summary… */
    public Map<String, Object> summary(Page page) {
        return summaries.get(page.url());
    }

    /** Summaries of a list of pages. */
    public List<Map<String, Object>> summaries(List<Page> pages) {
        List<Map<String, Object>> out = new ArrayList<>(pages.size());
        for (Page page : pages) {
            out.add(summary(page));
        }
        return out;
    }

    /** Number of pages per type, in the order the types file declares them. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byType.forEach((type, list) -> counts.put(type, list.size()));
        return counts;
    }

    private static Map<String, Object> summarize(Page page) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("title", page.title());
        summary.put("url", page.url());
        summary.put("path", page.url().substring(1));
        summary.put("slug", page.slug());
        summary.put("type", page.type());
        for (String key : List.of("summary", "region", "short", "last_reviewed", "next_review", "date", "tags")) {
            Object value = page.model().get(key);
            if (value != null) {
                summary.put(key, value);
            }
        }
        Object headings = page.markdown().model().get(kb.content.HeadingOutline.KEY);
        if (headings != null) {
            summary.put("toc", headings); // the search index matches section headings too
        }
        return Collections.unmodifiableMap(summary);
    }
}

package kb.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kb.site.Page;
import kb.report.Problem;
import org.jsoup.nodes.Element;

/**
 * What the checks across pages need to know about one rendered page, kept after its document is dropped: the ids
 * it has (for anchors), its heading ids (published addresses), the links and assets it points to and where they
 * were written, and the problems its page checks found (reused while the page's HTML is unchanged).
 */
public final class PageFacts {

    /**
     * An href or src in the rendered HTML that the checks across pages must resolve.
     *
     * @param tag    the element's name ({@code a}, {@code img}, {@code link}, ...)
     * @param value  the attribute as written
     * @param inBody whether it sits in the page's Markdown body (true) or comes from the template
     * @param href   the value resolved against the page's URL, or null for external addresses
     */
    record Reference(String tag, String value, boolean inBody, RenderedHref href) {
    }

    private final Page page;
    private final long renderStamp;
    private final String file;
    private final String url;
    private final Set<String> ids;
    private final List<String> headingIds;
    private final List<Reference> references;
    private final List<Reference> imagesWithoutAlt;
    private final Set<String> linkedPaths;
    private final List<Problem> problems;

    private PageFacts(Builder builder, List<Problem> problems) {
        this.page = builder.page;
        this.renderStamp = builder.renderStamp;
        this.file = builder.file;
        this.url = builder.url;
        this.ids = Set.copyOf(builder.ids);
        this.headingIds = List.copyOf(builder.headingIds);
        this.references = List.copyOf(builder.references);
        this.imagesWithoutAlt = List.copyOf(builder.imagesWithoutAlt);
        this.linkedPaths = Set.copyOf(builder.linkedPaths);
        this.problems = List.copyOf(problems);
    }

    /** The content page, or null for a site-wide output. */
    public Page page() {
        return page;
    }

    /** The file to name in problems: the page's source, or the template of a site-wide output. */
    public String file() {
        return file;
    }

    public String url() {
        return url;
    }

    /** Every id (and {@code <a name>}) on the page. */
    public Set<String> ids() {
        return ids;
    }

    /** Ids of the page's headings, in document order. */
    List<String> headingIds() {
        return headingIds;
    }

    /** Links and assets not written as Markdown links, in document order. */
    List<Reference> references() {
        return references;
    }

    /** {@code <img>} elements without an alt attribute, in document order. */
    List<Reference> imagesWithoutAlt() {
        return imagesWithoutAlt;
    }

    /** Site paths the page links to with {@code <a href>}, other than its own. */
    Set<String> linkedPaths() {
        return linkedPaths;
    }

    /** What the page checks found on this page alone. */
    List<Problem> problems() {
        return problems;
    }

    /** Whether these facts were taken from the page's current output (the same render of the same page). */
    boolean isCurrent(Page current) {
        return page == current && renderStamp != 0 && renderStamp == current.renderStamp();
    }

    /** The template the page was rendered with, relative to the site folder. */
    public String template(BuiltSite site) {
        if (page == null) {
            return file;
        }
        return site.templateDisplay() + "/" + (page.template() == null ? "layout.ftl" : page.template());
    }

    /** Collects the facts of one page while its document is parsed; the ids come from the document itself. */
    public static final class Builder {

        private final Page page;
        private final long renderStamp;
        private final String file;
        private final String url;
        private final Set<String> ids = new HashSet<>();
        private final List<String> headingIds = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();
        private final List<Reference> imagesWithoutAlt = new ArrayList<>();
        private final Set<String> linkedPaths = new HashSet<>();

        Builder(RenderedPage rendered) {
            this.page = rendered.page();
            this.renderStamp = page == null ? 0 : page.renderStamp();
            this.file = rendered.file();
            this.url = rendered.url();
            for (Element element : rendered.elements()) {
                String id = element.id();
                if (!id.isEmpty()) {
                    ids.add(id);
                    if (isHeading(element.normalName())) {
                        headingIds.add(id);
                    }
                }
                if (element.normalName().equals("a") && element.hasAttr("name")) {
                    ids.add(element.attr("name"));
                }
            }
        }

        private static boolean isHeading(String tag) {
            return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        }

        void reference(Reference reference) {
            references.add(reference);
        }

        void imageWithoutAlt(Reference image) {
            imagesWithoutAlt.add(image);
        }

        void linksTo(String sitePath) {
            linkedPaths.add(sitePath);
        }

        PageFacts build(List<Problem> problems) {
            return new PageFacts(this, problems);
        }
    }
}

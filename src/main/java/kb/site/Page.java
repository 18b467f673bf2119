package kb.site;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kb.content.FrontMatter;
import kb.content.LinkFact;
import kb.content.MarkdownOutcome;
import org.jbake.model.DocumentModel;

/**
 * One content file turned into a page: JBake's document model (what templates see as {@code content}), where it
 * came from and where it goes, and what its Markdown produced. {@link #renderStamp()} tells when it was last rendered.
 */
public final class Page {

    /** Numbers each render of any page, so a render stamp never repeats within a JVM. */
    private static final AtomicLong RENDERS = new AtomicLong();

    private final String displayName;
    private final String contentPath;
    private final String url;
    private final DocumentModel model;
    private final FrontMatter frontMatter;
    private final MarkdownOutcome markdown;
    private final String slug;
    private volatile long renderStamp;
    private volatile String template;

    Page(String displayName, String contentPath, String url, DocumentModel model, FrontMatter frontMatter,
         MarkdownOutcome markdown) {
        this.displayName = displayName;
        this.contentPath = contentPath;
        this.url = url;
        this.model = model;
        this.frontMatter = frontMatter;
        this.markdown = markdown;
        this.slug = kb.content.Permalinks.slugOf(url);
    }

    /** The source file relative to the site folder, e.g. {@code content/injuries/runners-knee.md}. */
    public String displayName() {
        return displayName;
    }

    /** The source file relative to {@code content/}. */
    public String contentPath() {
        return contentPath;
    }

    /** The page's site URL, e.g. {@code /injuries/runners-knee/}. */
    public String url() {
        return url;
    }

    public String type() {
        return model.getType();
    }

    public String title() {
        return model.getTitle();
    }

    public String slug() {
        return slug;
    }

    public boolean isDraft() {
        return "draft".equals(model.getStatus());
    }

    public DocumentModel model() {
        return model;
    }

    public FrontMatter frontMatter() {
        return frontMatter;
    }

    public List<LinkFact> links() {
        return markdown.links();
    }

    public MarkdownOutcome markdown() {
        return markdown;
    }

    /** Whether the page has been rendered: its HTML is in its output file. */
    public boolean isRendered() {
        return renderStamp != 0;
    }

    /**
     * Which render wrote the page's output file: a new number every time the page is rendered, 0 before. The HTML
     * itself is not kept (a fifth of a large build's memory); whoever needs it reads the file.
     */
    public long renderStamp() {
        return renderStamp;
    }

    public void markRendered() {
        renderStamp = RENDERS.incrementAndGet();
    }

    /** The template file the page was rendered with (e.g. {@code injury.ftl}), or null if it was not rendered. */
    public String template() {
        return template;
    }

    public void template(String name) {
        this.template = name;
    }

    /** The output file relative to the site folder. */
    public String outputFile() {
        return kb.content.Permalinks.outputFileOf(url);
    }
}

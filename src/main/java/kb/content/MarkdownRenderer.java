package kb.content;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import kb.report.Problem;

/**
 * flexmark set up once per build: JBake's {@code markdown.extensions} flags (same names and {@code +}/{@code -}
 * syntax as JBake's own MarkdownEngine) plus the project's extensions and options. JBake builds a new parser
 * and renderer for every file; both are immutable and thread-safe, so we build them once.
 */
public final class MarkdownRenderer {

    /** The page being rendered, set on each flexmark {@code Document} so extensions can resolve links. */
    public static final NullableDataKey<PageSource> PAGE = new NullableDataKey<>("KB_PAGE_SOURCE");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final List<DocumentInspector> inspectors;

    /**
     * @param jbakeFlags    the {@code markdown.extensions} values from the site's configuration
     * @param extensions    extra flexmark extensions (citations, …)
     * @param extraOptions  options for those extensions, passed through their typed data keys
     * @param inspectors    run on each parsed document before rendering
     */
    public MarkdownRenderer(List<String> jbakeFlags, List<Extension> extensions, DataHolder extraOptions,
                            List<DocumentInspector> inspectors) {
        List<Extension> all = new ArrayList<>(extensions);
        all.add(SiteLinkExtension.create());
        all.add(AnchorLinkExtension.create());
        all.add(HeadingAnchorExtension.create());
        all.add(PlainTextExtension.create());
        int flags = flags(jbakeFlags);
        if ((flags & PegdownExtensions.AUTOLINKS) != 0) {
            flags &= ~PegdownExtensions.AUTOLINKS;
            all.add(AutolinkPrefilter.create());
        }
        MutableDataSet options = new MutableDataSet(PegdownOptionsAdapter.flexmarkOptions(flags,
                all.toArray(new Extension[0])));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.setAll(HeadingAnchorExtension.anchorLinkOptions());
        // The HTML renderer indents nothing (INDENT_SIZE 0), so its line formatting only re-examines every character
        // it writes; pass-through writes the same HTML (tested) for a tenth less rendering time.
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        options.setAll(extraOptions);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.inspectors = List.copyOf(inspectors);
    }

    /** Parses and renders one page body. */
    public MarkdownOutcome render(String body, PageSource page) {
        MarkdownOutcome outcome = new MarkdownOutcome();
        // A page nested too deeply is refused before the recursive parts of flexmark and the inspectors see it;
        // it renders as an empty body, so the preview still shows its page with the problem.
        Problem tooDeep = NestingLimit.checkSource(body, page);
        if (tooDeep != null) {
            outcome.problems().add(tooDeep);
            return outcome;
        }
        try {
            Document document = parser.parse(body);
            if (body.contains(SilenceComments.MARK)) { // most pages have none: no second walk of the tree
                SilenceComments.Scan silences = SilenceComments.scan(document, body, page);
                if (silences.blankedBody() != null) {
                    document = parser.parse(silences.blankedBody());
                }
                if (!silences.found().silences().isEmpty()) {
                    outcome.fact(SilenceComments.Found.class, silences.found());
                }
            }
            document.set(PAGE, page);
            tooDeep = NestingLimit.checkDocument(document, page);
            if (tooDeep != null) {
                outcome.problems().add(tooDeep);
                return outcome;
            }
            for (DocumentInspector inspector : inspectors) {
                inspector.inspect(document, page, outcome);
            }
            outcome.html(renderer.render(document));
            return outcome;
        } catch (StackOverflowError e) {
            // The checks above keep pages far from this; should some other nesting reach it, one problem at the
            // page instead of a stack trace (the frames are unwound here, so the thread is healthy again).
            MarkdownOutcome refused = new MarkdownOutcome();
            refused.problems().add(NestingLimit.overflowed(body, page));
            return refused;
        }
    }

    /** JBake's flag syntax: names of {@link PegdownExtensions} fields, {@code -NAME} removes, {@code +NAME} adds. */
    static int flags(List<String> names) {
        int flags = PegdownExtensions.NONE;
        for (String raw : names) {
            String name = raw.strip();
            boolean remove = name.startsWith("-");
            name = name.replaceFirst("^[+-]", "");
            if (name.isEmpty()) {
                continue;
            }
            int flag = flag(name);
            flags = remove ? flags & ~flag : flags | flag;
        }
        return flags;
    }

    private static int flag(String name) {
        try {
            Field field = PegdownExtensions.class.getField(name);
            return field.getInt(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            // JBake ignores unknown names silently; a typo would quietly switch a feature off, so we refuse it.
            throw new IllegalArgumentException("unknown markdown.extensions name \"" + name
                    + "\" in jbake.properties; use names such as TABLES, FENCED_CODE_BLOCKS, AUTOLINKS");
        }
    }
}

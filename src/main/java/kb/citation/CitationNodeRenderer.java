package kb.citation;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.List;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * Renders citations as superscript numbers that link to the page's reference list, and the list itself (each
 * entry with its kind of evidence and its finding, {@link EvidenceHtml}) at the bottom of the body (the {@link RenderingPhase#BODY_BOTTOM} phase, as flexmark's footnotes do). Every citation
 * number has its own id, so each list entry links back to every place it is cited. Unknown keys and malformed
 * citations are shown as written, marked {@code citation unresolved}, so a reader never sees a broken number.
 */
final class CitationNodeRenderer implements PhasedNodeRenderer {

    private final String referencePrefix;
    private final String citationPrefix;

    CitationNodeRenderer(DataHolder options) {
        this.referencePrefix = CitationExtension.REFERENCE_ID_PREFIX.get(options);
        this.citationPrefix = CitationExtension.CITATION_ID_PREFIX.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Citation.class, this::render));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_BOTTOM);
    }

    private void render(Citation citation, NodeRendererContext context, HtmlWriter html) {
        if (citation.isMalformed()) {
            unresolved(html, citation.getChars().toString());
            return;
        }
        List<CitationItem> resolved = citation.getItems().stream().filter(CitationItem::isResolved).toList();
        if (!resolved.isEmpty()) {
            html.attr("class", "citation").srcPos(citation.getChars()).withAttr().tag("sup");
            for (int i = 0; i < resolved.size(); i++) {
                CitationItem item = resolved.get(i);
                if (i > 0) {
                    html.raw(",");
                }
                html.attr("class", "citation-ref")
                        .attr("id", citationId(item.getNumber(), item.getOccurrence()))
                        .attr("href", "#" + referenceId(item.getNumber()))
                        .attr("aria-label", "Reference " + item.getNumber())
                        .withAttr().tag("a");
                html.text(String.valueOf(item.getNumber()));
                html.tag("/a");
                if (item.getLocator() != null) {
                    html.attr("class", "locator").withAttr().tag("span");
                    html.text("(" + item.getLocator() + ")");
                    html.tag("/span");
                }
            }
            html.tag("/sup");
        }
        for (CitationItem item : citation.getItems()) {
            if (!item.isResolved()) {
                unresolved(html, "[?" + item.getKey() + "]");
            }
        }
    }

    private static void unresolved(HtmlWriter html, String text) {
        html.attr("class", "citation unresolved").withAttr().tag("span");
        html.text(text);
        html.tag("/span");
    }

    @Override
    public void renderDocument(@NotNull NodeRendererContext context, @NotNull HtmlWriter html,
                               @NotNull Document document, @NotNull RenderingPhase phase) {
        CitedReferences cited = CitationExtension.CITED.get(document);
        if (phase != RenderingPhase.BODY_BOTTOM || cited == null || cited.isEmpty()) {
            return;
        }
        Bibliography bibliography = CitationExtension.BIBLIOGRAPHY.get(document);
        html.attr("class", "reference-list").withAttr().tagLineIndent("ol", () -> {
            for (CitedReferences.Entry entry : cited.entries()) {
                html.attr("id", referenceId(entry.number())).withAttr().tagLine("li", () -> {
                    String label = EvidenceHtml.label(entry.reference());
                    if (!label.isEmpty()) {
                        html.raw(label).raw(" ");
                    }
                    html.attr("class", "reference").withAttr().tag("span");
                    html.raw(bibliography.formatted(entry.reference()).html());
                    html.tag("/span");
                    backLinks(html, entry);
                    String finding = EvidenceHtml.finding(entry.reference());
                    if (!finding.isEmpty()) {
                        html.raw(" ").raw(finding);
                    }
                });
            }
        });
    }

    /** "↩" back to each place the reference is cited, numbered when there are several. */
    private void backLinks(HtmlWriter html, CitedReferences.Entry entry) {
        List<CitationItem> citations = entry.citations();
        html.raw(" ");
        html.attr("class", "backlinks").withAttr().tag("span");
        for (int i = 0; i < citations.size(); i++) {
            int occurrence = i + 1;
            if (i > 0) {
                html.raw(" ");
            }
            html.attr("class", "backlink")
                    .attr("href", "#" + citationId(entry.number(), occurrence))
                    .attr("aria-label", citations.size() == 1 ? "Back to where it is cited"
                            : "Back to citation " + occurrence + " of " + citations.size())
                    .withAttr().tag("a");
            html.raw("&#8617;");
            if (citations.size() > 1) {
                html.tag("sup").text(String.valueOf(occurrence)).tag("/sup");
            }
            html.tag("/a");
        }
        html.tag("/span");
    }

    private String referenceId(int number) {
        return referencePrefix + number;
    }

    private String citationId(int number, int occurrence) {
        return citationPrefix + number + "-" + occurrence;
    }

    static final class Factory implements NodeRendererFactory {
        @NotNull
        @Override
        public NodeRenderer apply(@NotNull DataHolder options) {
            return new CitationNodeRenderer(options);
        }
    }
}

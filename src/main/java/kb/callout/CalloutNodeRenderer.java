package kb.callout;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * Renders call-outs as boxes whose first line names their level in words (colour is never the only sign), practice
 * labels with their visible label, and, at the top of the body, a "Get help now if…" box that lists the page's
 * emergency and same-day advice as plain text linking to the full call-out (plain text: the citations stay in the
 * call-out, where they are numbered once).
 */
final class CalloutNodeRenderer implements PhasedNodeRenderer {

    private final String practiceLabel;
    private final String summaryTitle;
    private final String idPrefix;
    /**
     * The urgent-care call-outs of the document being rendered, numbered in page order for their ids; filled at the
     * top of the body (a renderer is made for each rendering). Numbered here, not while parsing, so call-outs from
     * included snippets are numbered with the page's.
     */
    private final Map<Callout, Integer> numbers = new IdentityHashMap<>();

    CalloutNodeRenderer(DataHolder options) {
        this.practiceLabel = CalloutExtension.PRACTICE_LABEL.get(options);
        this.summaryTitle = CalloutExtension.SUMMARY_TITLE.get(options);
        this.idPrefix = CalloutExtension.ID_PREFIX.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Callout.class, this::render),
                new NodeRenderingHandler<>(PracticeLabel.class, this::render));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_TOP);
    }

    private void render(Callout callout, NodeRendererContext context, HtmlWriter html) {
        CalloutKind kind = callout.getKind();
        if (kind == null) {
            // An unknown word is reported; meanwhile the content shows as the block quote it was written as.
            html.srcPos(callout.getChars()).withAttr().tagLineIndent("blockquote", () -> context.renderChildren(callout));
            return;
        }
        if (kind == CalloutKind.PRACTICE) {
            html.attr("class", "practice").srcPos(callout.getChars()).withAttr().tagLineIndent("div", () -> {
                html.attr("class", "practice-label").withAttr().tag("p").text(practiceLabel).closeTag("p").line();
                context.renderChildren(callout);
            });
            return;
        }
        html.attr("class", "callout callout-" + kind.marker()).attr("id", idPrefix + numbers.get(callout))
                .srcPos(callout.getChars()).withAttr().tagLineIndent("div", () -> {
                    html.attr("class", "callout-title").withAttr().tag("h3").text(kind.title()).closeTag("h3").line();
                    context.renderChildren(callout);
                });
    }

    private void render(PracticeLabel label, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", "practice").srcPos(label.getChars()).withAttr().tag("span");
        html.attr("class", "practice-label").withAttr().tag("span").text(practiceLabel + ":").closeTag("span");
        html.raw(" ");
        context.renderChildren(label);
        html.closeTag("span");
    }

    @Override
    public void renderDocument(@NotNull NodeRendererContext context, @NotNull HtmlWriter html, @NotNull Document document,
                               @NotNull RenderingPhase phase) {
        List<Callout> care = new ArrayList<>();
        collect(document, care);
        care.forEach(callout -> numbers.put(callout, numbers.size() + 1));
        List<Callout> summarised = care.stream().filter(c -> c.getKind().summarised()).toList();
        if (summarised.isEmpty()) {
            return;
        }
        html.attr("class", "callout-summary").withAttr().tagLineIndent("div", () -> {
            html.attr("class", "callout-summary-title").withAttr().tag("h2").text(summaryTitle).closeTag("h2").line();
            for (CalloutKind kind : CalloutKind.values()) {
                List<Callout> ofKind = summarised.stream().filter(c -> c.getKind() == kind).toList();
                if (ofKind.isEmpty()) {
                    continue;
                }
                html.attr("class", "callout-summary-level callout-" + kind.marker()).withAttr().tag("p")
                        .text(kind.title() + ":").closeTag("p").line();
                html.withAttr().tagLineIndent("ul", () -> {
                    for (Callout callout : ofKind) {
                        for (String item : items(callout)) {
                            html.withAttr().tag("li");
                            html.attr("href", "#" + idPrefix + numbers.get(callout)).withAttr().tag("a").text(item)
                                    .closeTag("a");
                            html.closeTag("li").line();
                        }
                    }
                });
            }
        });
    }

    private static void collect(Node parent, List<Callout> into) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Callout callout && callout.getKind() != null && callout.getKind().isCareLevel()) {
                into.add(callout);
            }
            collect(node, into);
        }
    }

    /** The call-out's list items, each as one line of plain text, or its whole text when it holds no list. */
    private static List<String> items(Callout callout) {
        List<String> items = new ArrayList<>();
        for (Node child = callout.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof BulletList || child instanceof OrderedList) {
                for (Node item = child.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        items.add(plainText(item));
                    }
                }
            }
        }
        if (items.isEmpty()) {
            items.add(plainText(callout));
        }
        items.removeIf(String::isBlank);
        return items;
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        // A citation leaves a space before the full stop: "rest [@x]." reads "rest ." without this.
        return text.toString().replaceAll("\\s+", " ").replaceAll(" ([.,;:!?])", "$1").strip();
    }

    private static void appendText(Node parent, StringBuilder text) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text || node instanceof Code) {
                text.append(node instanceof Code code ? code.getText() : node.getChars().unescape());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(' ');
            } else {
                appendText(node, text); // emphasis, links, paragraphs, list items: their text
                text.append(node instanceof Paragraph ? " " : "");
            }
        }
    }

    static final class Factory implements NodeRendererFactory {

        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return new CalloutNodeRenderer(options);
        }
    }
}

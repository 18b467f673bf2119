package kb.citation;

import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import org.jetbrains.annotations.NotNull;

/**
 * A citation as written in Markdown, {@code [@a; @b, p. 4]}: the brackets, the text between them and its items.
 * A citation whose text is not well formed ({@code [@a b]}) has no items and is rendered as written, marked
 * unresolved. {@link DoNotDecorate} keeps autolinking away from its keys.
 */
public final class Citation extends Node implements DelimitedNode, DoNotDecorate {

    private BasedSequence openingMarker = BasedSequence.NULL;
    private BasedSequence text = BasedSequence.NULL;
    private BasedSequence closingMarker = BasedSequence.NULL;
    private final List<CitationItem> items;

    public Citation(BasedSequence openingMarker, BasedSequence text, BasedSequence closingMarker, List<CitationItem> items) {
        super(openingMarker.baseSubSequence(openingMarker.getStartOffset(), closingMarker.getEndOffset()));
        this.openingMarker = openingMarker;
        this.text = text;
        this.closingMarker = closingMarker;
        this.items = List.copyOf(items);
    }

    /** The cited items in the order written; empty when the citation is malformed. */
    public List<CitationItem> getItems() {
        return items;
    }

    public boolean isMalformed() {
        return items.isEmpty();
    }

    @NotNull
    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {openingMarker, text, closingMarker};
    }

    @Override
    public void getAstExtra(@NotNull StringBuilder out) {
        delimitedSegmentSpanChars(out, openingMarker, text, closingMarker, "text");
        out.append(" items: ").append(items);
    }

    @Override
    public BasedSequence getOpeningMarker() {
        return openingMarker;
    }

    @Override
    public void setOpeningMarker(BasedSequence openingMarker) {
        this.openingMarker = openingMarker;
    }

    @Override
    public BasedSequence getText() {
        return text;
    }

    @Override
    public void setText(BasedSequence text) {
        this.text = text;
    }

    @Override
    public BasedSequence getClosingMarker() {
        return closingMarker;
    }

    @Override
    public void setClosingMarker(BasedSequence closingMarker) {
        this.closingMarker = closingMarker;
    }
}

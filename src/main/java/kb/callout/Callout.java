package kb.callout;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * A block quote whose first line is {@code [!word]}: its other content are the children. The kind is null when the
 * word names no kind; the page then reports it and the call-out renders as a plain block quote.
 */
public final class Callout extends Block {

    private final BasedSequence marker;
    private final String word;
    private final CalloutKind kind;

    Callout(BasedSequence chars, BasedSequence marker, String word, CalloutKind kind) {
        super(chars);
        this.marker = marker;
        this.word = word;
        this.kind = kind;
    }

    /** The {@code [!word]} as written, where it stands in the page. */
    public BasedSequence getMarker() {
        return marker;
    }

    /** The word as written. */
    public String getWord() {
        return word;
    }

    /** The kind, or null for a word that names none. */
    public CalloutKind getKind() {
        return kind;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return new BasedSequence[] {marker};
    }

    @Override
    public void getAstExtra(@NotNull StringBuilder out) {
        segmentSpanChars(out, marker, "marker");
    }
}

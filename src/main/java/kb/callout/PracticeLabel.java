package kb.callout;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** An inline {@code [practice: …]}: its children are the sentence, rendered after a visible label. */
public final class PracticeLabel extends Node {

    PracticeLabel(BasedSequence chars) {
        super(chars);
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}

package kb.snippet;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * An include line; once the page is parsed its children are the snippet's blocks (none for an unknown snippet or
 * one in a cycle).
 */
public final class SnippetInclude extends Block {

    private final BasedSequence name;

    SnippetInclude(BasedSequence chars, BasedSequence name) {
        super(chars);
        this.name = name;
    }

    /** The name as written, where it stands in the page. */
    public BasedSequence getName() {
        return name;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return new BasedSequence[] {name};
    }
}

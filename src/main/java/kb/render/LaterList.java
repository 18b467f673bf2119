package kb.render;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Function;
import kb.parallel.Later;

/**
 * A list of the {@code site} model that is still being made on another thread: whoever reads it first (a template,
 * or a comparison with the last build's model) waits until it is ready. The search index is one: no page template
 * reads it, so the pages render while it is made, and the site-wide outputs that do read it wait for it.
 */
final class LaterList<T, S> extends AbstractList<T> {

    private final Later<S> source;
    private final Function<S, List<T>> part;
    private List<T> list;

    /** The list {@code part} takes from what {@code source} makes. */
    LaterList(Later<S> source, Function<S, List<T>> part) {
        this.source = source;
        this.part = part;
    }

    private synchronized List<T> list() {
        if (list == null) {
            list = part.apply(source.get());
        }
        return list;
    }

    @Override
    public T get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }
}

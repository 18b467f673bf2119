package kb.build;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * A read-only view of the {@code site} template model that records which keys a template read, so a preview
 * rebuild knows which pages list what: a page that never read {@code site.techniques} need not be re-rendered
 * when a technique's title changes. Reading the whole map (listing it, its size) records {@link #ALL}.
 */
final class RecordingMap extends AbstractMap<String, Object> {

    static final String ALL = "*";

    private final Map<String, Object> delegate;
    private final Set<String> read;

    RecordingMap(Map<String, Object> delegate, Set<String> read) {
        this.delegate = delegate;
        this.read = read;
    }

    @Override
    public Object get(Object key) {
        read.add(String.valueOf(key));
        return delegate.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        read.add(String.valueOf(key));
        return delegate.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        read.add(ALL);
        return delegate.entrySet();
    }

    @Override
    public int size() {
        read.add(ALL);
        return delegate.size();
    }
}

package kb.render;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A read-only view of the {@code site} template model that records what a template read, so a preview rebuild
 * knows which pages list what: a page that never read {@code site.techniques} need not be rendered again when a
 * technique's title changes. Reading a list's entries records its key; asking only for its size or whether it is
 * empty ({@code ?has_content}, as the shared layout does) records {@code key#size}. Reading the whole map (listing
 * it, its size) records {@link #ALL}.
 */
public final class RecordingMap extends AbstractMap<String, Object> {

    public static final String ALL = "*";
    private static final String SIZE = "#size";

    private final Map<String, Object> delegate;
    private final Set<String> read;

    RecordingMap(Map<String, Object> delegate, Set<String> read) {
        this.delegate = delegate;
        this.read = read;
    }

    /** Whether a render that read {@code read} (keys recorded by a RecordingMap) read any of {@code changed}. */
    public static boolean readsAny(Set<String> read, Set<String> changed) {
        if (changed.isEmpty()) {
            return false;
        }
        return read.contains(ALL) || read.stream().anyMatch(changed::contains);
    }

    /** The keys (and {@code key#size}) whose reads give different results in {@code after} than in {@code before}. */
    public static Set<String> changes(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        Set<String> changed = new HashSet<>();
        for (String key : keys) {
            Object old = before.get(key);
            Object now = after.get(key);
            if (!Objects.equals(old, now)) {
                changed.add(key);
                if (!(old instanceof List<?> a && now instanceof List<?> b && a.size() == b.size())) {
                    changed.add(key + SIZE);
                }
            }
        }
        return changed;
    }

    @Override
    public Object get(Object key) {
        Object value = delegate.get(key);
        if (value instanceof List<?> list) {
            return new RecordingList(String.valueOf(key), list);
        }
        read.add(String.valueOf(key));
        return value;
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

    /** A list of the model that records whether its entries or only its size were read. */
    private final class RecordingList extends AbstractList<Object> {
        private final String key;
        private final List<?> list;

        RecordingList(String key, List<?> list) {
            this.key = key;
            this.list = list;
        }

        @Override
        public Object get(int index) {
            read.add(key);
            return list.get(index);
        }

        @Override
        public int size() {
            read.add(key + SIZE);
            return list.size();
        }
    }
}

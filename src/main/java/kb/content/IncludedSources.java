package kb.content;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The other files whose text was parsed into a page's document (shared snippets), so a problem found in that text
 * is placed in its own file and line. flexmark keeps the parsed String as the base of every sequence of its nodes,
 * so a node tells which text it came from by its base, whatever inspector looks at it. Kept under {@link #KEY} on
 * the page's document; a snippet parsed with {@code Parser.builder(document)} gets the page's data, and so the same
 * instance, which is how snippets included by snippets are registered too. One document is parsed on one thread.
 */
public final class IncludedSources {

    private static final NullableDataKey<IncludedSources> KEY = new NullableDataKey<>("KB_INCLUDED_SOURCES");

    private record Source(String displayName, LineIndex lines) {
    }

    private final Map<Object, Source> sources = new IdentityHashMap<>();

    /** The sources of {@code document}, made and kept on it on first use. */
    public static IncludedSources of(Document document) {
        IncludedSources sources = KEY.get(document);
        if (sources == null) {
            sources = new IncludedSources();
            document.set(KEY, sources);
        }
        return sources;
    }

    /** Records that nodes whose base is this very String come from {@code displayName}. */
    public void add(String text, String displayName) {
        sources.computeIfAbsent(text, t -> new Source(displayName, LineIndex.of(text)));
    }

    /**
     * The 1-based position of {@code offset} in {@code base} when that is the text of a file parsed into
     * {@code document}, or null (the page's own text).
     */
    static FilePosition position(Document document, Object base, int offset) {
        IncludedSources included = KEY.get(document);
        Source source = included == null ? null : included.sources.get(base);
        if (source == null) {
            return null;
        }
        return new FilePosition(source.displayName(), source.lines().line(offset) + 1, source.lines().column(offset) + 1);
    }
}

package kb.content;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.Arrays;

/**
 * Where each line of a page body starts, computed once per document. flexmark's {@code Document.getLineNumber}
 * counts line ends from the start of the body on every call, which made positions of links cost O(page size)
 * each.
 */
final class LineIndex {

    private static final NullableDataKey<LineIndex> KEY = new NullableDataKey<>("KB_LINE_INDEX");

    private final int[] starts;

    private LineIndex(String text) {
        int[] found = new int[64];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = i + 1;
        }
        this.starts = Arrays.copyOf(found, count);
    }

    /** The index of {@code document}, built on first use. */
    static LineIndex of(Document document) {
        LineIndex index = KEY.get(document);
        if (index == null) {
            // The parser keeps the body String as the base of every sequence: read it directly, not char by char.
            Object base = document.getChars().getBase();
            index = new LineIndex(base instanceof String body ? body : document.getChars().toString());
            document.set(KEY, index);
        }
        return index;
    }

    /** The index of a text that is not a document's body (an included snippet). */
    static LineIndex of(String text) {
        return new LineIndex(text);
    }

    /** The 0-based line holding {@code offset}. */
    int line(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** The 0-based column of {@code offset} in its line. */
    int column(int offset) {
        return offset - starts[line(offset)];
    }
}

package kb.content;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * A flexmark sequence as a string, cut from the page's source when it is one plain slice of it. flexmark's own
 * {@code toString()} copies the characters one at a time through its sequence classes; the parser keeps the page's
 * String as the base of every sequence, so a slice is a single {@code substring}.
 */
public final class SourceSlice {

    private SourceSlice() {
    }

    /** The characters when they are one piece of a String source, else null (e.g. text joined from pieces). */
    public static String of(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
            return source.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return null;
    }

    /**
     * Whether the characters hold {@code c}, read straight from the page string when they are a slice of it
     * (flexmark's {@code indexOf} goes through its sequence classes one character at a time).
     */
    public static boolean contains(BasedSequence chars, char c) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
            // Not String.indexOf(c, from): it would search on to the end of the page when c is not in the slice.
            for (int i = chars.getStartOffset(), end = chars.getEndOffset(); i < end; i++) {
                if (source.charAt(i) == c) {
                    return true;
                }
            }
            return false;
        }
        return chars.indexOf(c) >= 0;
    }

    /** The characters as a string, cut from the source when possible. */
    public static String text(BasedSequence chars) {
        String slice = of(chars);
        return slice != null ? slice : chars.toString();
    }
}

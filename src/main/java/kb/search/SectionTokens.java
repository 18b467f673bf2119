package kb.search;

import java.util.HashMap;
import java.util.Map;

/**
 * The tokens of each section text the last search index read, with their counts, kept for the next index of the
 * same site: a preview rebuild after an edit scans only the sections whose text changed, not the whole site's
 * (at 1,000 pages, scanning is most of the index's time). Only the texts of the last index are kept.
 */
public final class SectionTokens {

    /** A section's distinct tokens, exactly as written, and how many times each occurs. */
    record Counted(String[] tokens, int[] counts) {
    }

    private Map<String, Counted> last = Map.of();
    private Map<String, Counted> current = new HashMap<>();

    /** The tokens of {@code text} if an index read the same text, else null. */
    synchronized Counted known(String text) {
        Counted counted = last.get(text);
        if (counted != null) {
            current.put(text, counted);
        }
        return counted;
    }

    /** Keeps the tokens of a text this index read. */
    synchronized void add(String text, Counted counted) {
        current.put(text, counted);
    }

    /** Called when an index is complete: the texts it read are the ones kept for the next. */
    synchronized void indexed() {
        last = current;
        current = new HashMap<>();
    }
}

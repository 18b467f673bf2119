package kb.citation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The citations of one document, numbered in the order each reference is first cited. Built by
 * {@link CitationNumbering} after parsing and kept on the document under {@link CitationExtension#CITED}, like
 * the footnote repository of flexmark's footnotes extension; the renderer and the inspector read it.
 */
public final class CitedReferences {

    /** A reference cited on the page: its number and every place it is cited, in order. */
    public record Entry(Reference reference, int number, List<CitationItem> citations) {
    }

    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final List<CitationItem> unresolved = new ArrayList<>();
    private final List<Citation> malformed = new ArrayList<>();

    /** Numbers {@code item}: a new reference gets the next number, a known one its existing number. */
    void cite(CitationItem item, Reference reference) {
        Entry entry = byKey.computeIfAbsent(reference.key(),
                k -> new Entry(reference, byKey.size() + 1, new ArrayList<>()));
        entry.citations().add(item);
        item.resolve(reference, entry.number(), entry.citations().size());
    }

    void unresolved(CitationItem item) {
        unresolved.add(item);
    }

    void malformed(Citation citation) {
        malformed.add(citation);
    }

    /** The cited references in number order. */
    public List<Entry> entries() {
        return List.copyOf(byKey.values());
    }

    /** Items whose key is not in the bibliography, in document order. */
    public List<CitationItem> unresolved() {
        return Collections.unmodifiableList(unresolved);
    }

    /** Citations whose text is not well formed, in document order. */
    public List<Citation> malformed() {
        return Collections.unmodifiableList(malformed);
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }
}

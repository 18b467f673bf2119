package kb.citation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kb.report.DidYouMean;

/**
 * The references pages may cite, by key, in the order of the file. Immutable, so one instance is shared by every
 * page parsed in parallel; it reaches the citation extension through {@link CitationExtension#BIBLIOGRAPHY}.
 */
public final class Bibliography {

    /** The file's name in the content folder. */
    public static final String FILE_NAME = "bibliography.yaml";

    /**
     * The answers {@code kb refs verify} saved, beside the bibliography and committed with it; like the
     * bibliography, read by the tool and neither a page nor published.
     */
    public static final String CHECKS_FILE_NAME = "bibliography-checks.json";

    private static final Bibliography EMPTY = new Bibliography(List.of(), "content/" + FILE_NAME, false);

    private final Map<String, Reference> byKey = new LinkedHashMap<>();
    private final String displayName;
    private final boolean present;

    Bibliography(List<Reference> references, String displayName, boolean present) {
        for (Reference reference : references) {
            byKey.putIfAbsent(reference.key(), reference);
        }
        this.displayName = displayName;
        this.present = present;
    }

    /** A bibliography with no references (the site has no bibliography file). */
    public static Bibliography empty() {
        return EMPTY;
    }

    /** The reference with this key, or null. */
    public Reference get(String key) {
        return byKey.get(key);
    }

    /** All references in file order. */
    public Collection<Reference> references() {
        return Collections.unmodifiableCollection(byKey.values());
    }

    /** All references ordered as a reading list: first author's surname, year, title. */
    public List<Reference> sorted() {
        List<Reference> list = new ArrayList<>(byKey.values());
        list.sort(Comparator.comparing((Reference r) -> r.firstAuthorSurname().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.year() == null ? "" : r.year())
                .thenComparing(r -> r.title() == null ? "" : r.title()));
        return list;
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The file's name for messages. */
    public String displayName() {
        return displayName;
    }

    /** Whether the bibliography file exists. */
    public boolean present() {
        return present;
    }

    /** Up to three keys within two edits of {@code key}, closest first, for "did you mean" hints. */
    public List<String> similarKeys(String key) {
        return DidYouMean.closest(key, byKey.keySet(), 2, 3);
    }
}

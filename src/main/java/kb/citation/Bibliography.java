package kb.citation;

import java.nio.file.Path;
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
    /** The references in the site's style, once {@link #styled} gave one; else made in the default style on use. */
    private final FormattedReferences formatted;
    private FormattedReferences inDefaultStyle;

    Bibliography(List<Reference> references, String displayName, boolean present) {
        for (Reference reference : references) {
            byKey.putIfAbsent(reference.key(), reference);
        }
        this.displayName = displayName;
        this.present = present;
        this.formatted = null;
    }

    private Bibliography(Bibliography bibliography, CitationStyle style, Path cacheFile) {
        byKey.putAll(bibliography.byKey);
        this.displayName = bibliography.displayName;
        this.present = bibliography.present;
        this.formatted = new FormattedReferences(style, byKey.values(), cacheFile).start();
    }

    /**
     * This bibliography with its references formatted in {@code style}: the formatting starts now, on a thread of
     * its own, so that it overlaps the parse of the pages, and is done once for the whole build. References an
     * earlier build formatted alike are taken from {@code cacheFile} (none when null).
     */
    public Bibliography styled(CitationStyle style, Path cacheFile) {
        return new Bibliography(this, style, cacheFile);
    }

    /** A reference (of this bibliography or not) in the site's style, with the site's links. */
    public FormattedReference formatted(Reference reference) {
        return formatted().get(reference);
    }

    private FormattedReferences formatted() {
        if (formatted != null) {
            return formatted;
        }
        synchronized (this) {
            if (inDefaultStyle == null) {
                inDefaultStyle = new FormattedReferences(CitationStyle.vancouver(), byKey.values());
            }
            return inDefaultStyle;
        }
    }

    /** The style the references are formatted in. */
    public CitationStyle style() {
        return formatted().style();
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

package kb.citation;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.parallel.Later;

/**
 * A bibliography formatted in the site's {@link CitationStyle}, every reference once per build, in one batch of
 * one citeproc-java processor (a processor per reference costs several times as much). The batch runs on first use,
 * or from {@link #start()} on a thread of its own, so that it overlaps the parse of the pages; either way every
 * caller waits for the one result. A reference that is not in the batch (a test's) is formatted on its own.
 */
public final class FormattedReferences {

    private final CitationStyle style;
    private final Later<Map<Reference, FormattedReference>> batch;

    FormattedReferences(CitationStyle style, Collection<Reference> references) {
        this(style, references, null);
    }

    /**
     * The references in {@code style}; with a {@code cacheFile}, those formatted alike by an earlier build are taken
     * from it and only the others are formatted ({@link FormattedReferenceCache}).
     */
    FormattedReferences(CitationStyle style, Collection<Reference> references, Path cacheFile) {
        this.style = style;
        List<Reference> all = List.copyOf(references);
        this.batch = new Later<>(() -> cacheFile == null ? format(style, all) : formatCached(style, all, cacheFile));
    }

    private static Map<Reference, FormattedReference> formatCached(CitationStyle style, List<Reference> references,
            Path cacheFile) {
        FormattedReferenceCache cache = FormattedReferenceCache.read(cacheFile, style);
        Map<Reference, FormattedReference> formatted = new HashMap<>();
        Map<Reference, String> missing = new LinkedHashMap<>();
        for (Reference reference : references) {
            String digest = cache.digest(reference);
            FormattedReference entry = cache.get(digest);
            if (entry != null) {
                formatted.put(reference, entry);
            } else {
                missing.put(reference, digest);
            }
        }
        Map<Reference, FormattedReference> made = format(style, List.copyOf(missing.keySet()));
        missing.forEach((reference, digest) -> cache.put(digest, made.get(reference)));
        formatted.putAll(made);
        cache.write();
        return formatted;
    }

    /** Starts the batch on a thread of its own; returns this. */
    FormattedReferences start() {
        batch.start("kb-citation-style");
        return this;
    }

    public CitationStyle style() {
        return style;
    }

    /** The reference in the style, with the site's links. */
    public FormattedReference get(Reference reference) {
        FormattedReference formatted = batch.get().get(reference);
        return formatted != null ? formatted : format(style, List.of(reference)).get(reference);
    }

    /** Every reference of {@code references} in {@code style}. */
    static Map<Reference, FormattedReference> format(CitationStyle style, List<Reference> references) {
        Map<Reference, FormattedReference> formatted = new HashMap<>();
        if (references.isEmpty()) {
            return formatted;
        }
        // Items by position: keys are unique in a bibliography, but a reference formatted on its own may reuse one.
        List<CSLItemData> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            String id = String.valueOf(i);
            Reference reference = references.get(i);
            CSLItemDataBuilder item = new CSLItemDataBuilder(CslItems.item(reference)).id(id);
            if (reference.pages() == null && reference.articleNumber() != null) {
                // An online-only article's number stands where its pages would (as Zotero and Crossref keep it):
                // styles print the page variable, and most never print number for an article. It goes in as a
                // stand-in word, put back by CslHtml: citeproc-java reads pages as a range and would cut
                // "e21.00183" to "e21".
                item.page(CslHtml.ARTICLE_NUMBER);
            }
            items.add(item.build());
            ids.add(id);
        }
        CSL processor;
        try {
            processor = style.processor(new ListItemDataProvider(items));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the style was read and tried when the setting was read
        }
        processor.setOutputFormat("html");
        processor.registerCitationItems(ids);
        List<String> order = new ArrayList<>();
        String[] entries = processor.makeBibliography(item -> order.add(item.getId())).getEntries();
        if (entries.length == order.size()) {
            for (int i = 0; i < entries.length; i++) {
                Reference reference = references.get(Integer.parseInt(order.get(i)));
                formatted.put(reference, CslHtml.entry(entries[i], reference));
            }
            return formatted;
        }
        // The style wrote nothing for some entry, so the entries no longer line up: one at a time.
        for (int i = 0; i < references.size(); i++) {
            String id = ids.get(i);
            String[] one = processor.makeBibliography(item -> item.getId().equals(id)).getEntries();
            formatted.put(references.get(i), CslHtml.entry(one.length == 0 ? "" : one[0], references.get(i)));
        }
        return formatted;
    }
}

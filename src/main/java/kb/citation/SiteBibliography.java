package kb.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole bibliography for the {@code /references/} page: every reference (sorted by first author, year,
 * title) as a {@link ReferenceModel} map with {@code cited_on}, the pages that cite it in title order (their
 * summary map plus {@code anchor}, the id of the reference in that page's list).
 */
public final class SiteBibliography {

    /** A page of the site and what it cites. */
    public record CitingPage(Map<String, Object> summary, PageCitations citations) {
    }

    private SiteBibliography() {
    }

    public static List<Map<String, Object>> model(Bibliography bibliography, List<CitingPage> pages) {
        List<CitingPage> byTitle = new ArrayList<>(pages);
        byTitle.sort(Comparator.comparing(p -> String.valueOf(p.summary().get("title")).toLowerCase(Locale.ROOT)));
        // One pass over the pages, not one per reference: a large site has thousands of pages.
        Map<String, List<Map<String, Object>>> citedOn = new HashMap<>();
        for (CitingPage page : byTitle) {
            for (PageCitations.Cited cited : page.citations().cited()) {
                Map<String, Object> link = new LinkedHashMap<>(page.summary());
                link.put("anchor", cited.anchor());
                citedOn.computeIfAbsent(cited.key(), key -> new ArrayList<>()).add(link);
            }
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Reference reference : bibliography.sorted()) {
            Map<String, Object> entry = ReferenceModel.of(reference, bibliography.formatted(reference));
            entry.put("first_author", reference.firstAuthorSurname());
            entry.put("cited_on", citedOn.getOrDefault(reference.key(), List.of()));
            entries.add(entry);
        }
        return entries;
    }
}

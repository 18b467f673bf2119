package kb.citation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reference as templates see it: every field under its bibliography name (absent when not given), the links
 * ({@code address} is the one that stands for the work, see {@link Reference#address()}), the authors as named in
 * running text ({@code short_authors}: "Smith", "Smith and Jones", "Smith et al."), the reference in the site's
 * citation style as text ({@code text}) and HTML ({@code html}, print with {@code ?no_esc}), and the evidence record: {@code evidence} (the
 * kind as written), {@code evidence_label} (as readers see it), {@code finding}, and their HTML as every reference
 * list shows them ({@code evidence_html}, {@code finding_html}; see {@link EvidenceHtml}).
 */
public final class ReferenceModel {

    private ReferenceModel() {
    }

    public static Map<String, Object> of(Reference reference, FormattedReference formatted) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key", reference.key());
        map.put("authors", reference.authors());
        put(map, "title", reference.title());
        put(map, "journal", reference.journal());
        put(map, "publisher", reference.publisher());
        put(map, "year", reference.year());
        put(map, "volume", reference.volume());
        put(map, "issue", reference.issue());
        put(map, "pages", reference.pages());
        put(map, "article_number", reference.articleNumber());
        put(map, "doi", reference.doi());
        put(map, "pmid", reference.pmid());
        put(map, "pmcid", reference.pmcid());
        put(map, "url", reference.url());
        put(map, "doi_url", reference.doiUrl());
        put(map, "pubmed_url", reference.pubmedUrl());
        put(map, "pmc_url", reference.pmcUrl());
        put(map, "address", reference.address());
        map.put("short_authors", reference.shortAuthors());
        map.put("text", formatted.text());
        map.put("html", formatted.html());
        if (reference.evidence() != null) {
            map.put("evidence", reference.evidence().value());
            map.put("evidence_label", reference.evidence().label());
        }
        put(map, "finding", reference.finding());
        map.put("evidence_html", EvidenceHtml.label(reference));
        map.put("finding_html", EvidenceHtml.finding(reference));
        return map;
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}

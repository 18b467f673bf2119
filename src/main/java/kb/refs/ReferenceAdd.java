package kb.refs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.report.Problem;
import kb.report.Rules;

/**
 * {@code kb refs add 10.…} or {@code kb refs add pmid:…}: a complete entry from Crossref and PubMed (authors,
 * title, journal, year, volume, issue, pages or article number, DOI, PMID, PMCID), appended to the bibliography
 * under a key in the site's style. Crossref gives the journal's own name and the print details; PubMed the PMID,
 * PMCID and the authors in Vancouver form. Both answers go into the verify cache, so the new entry counts as checked.
 */
public final class ReferenceAdd {

    private static final Pattern DOI = Pattern.compile("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)?(10\\.[0-9]{4,9}/\\S+)$");
    private static final Pattern PMID = Pattern.compile("(?i)^pmid:\\s*([0-9]{1,9})$");

    /** The key added (null when nothing was), and the problems (the identifier already there, or unknown). */
    public record Outcome(String key, List<Problem> problems) {
    }

    private ReferenceAdd() {
    }

    /** Whether {@code identifier} is a DOI or {@code pmid:NUMBER}. */
    public static boolean isIdentifier(String identifier) {
        return DOI.matcher(identifier.strip()).matches() || PMID.matcher(identifier.strip()).matches();
    }

    public static Outcome run(String identifier, Path contentFolder, String bibliographyName, String cacheName,
                              ServiceSettings settings) throws RefsException {
        BibliographyFile bibliography = BibliographyFile.open(contentFolder, bibliographyName);
        if (!bibliography.problems().isEmpty()) {
            return new Outcome(null, bibliography.problems());
        }
        Matcher doiMatch = DOI.matcher(identifier.strip());
        Matcher pmidMatch = PMID.matcher(identifier.strip());
        String doi = doiMatch.matches() ? doiMatch.group(1) : null;
        String pmid = pmidMatch.matches() ? pmidMatch.group(1) : null;
        ReferenceImport.Adding adding = new ReferenceImport.Adding(bibliography.bibliography().references());
        CheckCache cache = CheckCache.read(contentFolder, cacheName);
        PubMed pubmed = new PubMed(settings);
        Work fromPubMed = null;
        if (pmid != null) {
            fromPubMed = pubmed.works(List.of(pmid)).get(pmid);
            if (!fromPubMed.found()) {
                return notFound(bibliographyName, "PMID " + pmid + " is not known to PubMed");
            }
            doi = fromPubMed.doi();
        }
        Work fromCrossref = null;
        if (doi != null) {
            fromCrossref = new Crossref(settings).work(doi);
            if (!fromCrossref.found()) {
                return notFound(bibliographyName, "DOI " + doi + " is not known to Crossref");
            }
            doi = fromCrossref.doi() != null ? fromCrossref.doi() : doi;
        }
        if (fromPubMed == null) {
            pmid = pubmed.pmidOf(doi);
            fromPubMed = pmid == null ? null : pubmed.works(List.of(pmid)).get(pmid);
        }
        Map<String, Object> fields = fields(fromCrossref, fromPubMed, doi, pmid);
        List<Problem> problems = new ArrayList<>();
        int before = adding.entries.size();
        adding.add(new ImportedItem(null, 1, 0, 0), fields, bibliographyName, problems);
        if (adding.entries.size() == before) {
            return new Outcome(null, problems);
        }
        bibliography.append(adding.entries);
        String key = (String) adding.entries.get(0).get("key");
        // Made from the answers themselves: it counts as checked, so verify asks nothing more about it.
        cache.markChecked(BibliographyFile.open(contentFolder, bibliographyName).bibliography().get(key));
        if (doi != null) {
            cache.answer(ReferenceCheck.doiId(doi), fromCrossref);
        }
        if (pmid != null && fromPubMed != null) {
            cache.answer(ReferenceCheck.pmidId(pmid), fromPubMed);
        }
        cache.save();
        return new Outcome(key, problems);
    }

    /** The entry's fields from both answers, in the bibliography's order. */
    static Map<String, Object> fields(Work crossref, Work pubmed, String doi, String pmid) {
        Work first = crossref != null ? crossref : pubmed;
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> authors = pubmed != null && !pubmed.authors().isEmpty() ? pubmed.authors() : first.authors();
        if (!authors.isEmpty()) {
            fields.put("authors", new ArrayList<>(authors));
        }
        put(fields, "title", first.title() != null ? first.title() : pubmed == null ? null : pubmed.title());
        put(fields, "journal", first.journals().isEmpty() ? null : first.journals().get(0));
        put(fields, "year", first.years().isEmpty() ? null : first.years().get(0));
        put(fields, "volume", either(crossref, pubmed, Work::volume));
        put(fields, "issue", either(crossref, pubmed, Work::issue));
        String pages = crossref != null ? crossref.pages() : pubmed.pages();
        put(fields, "pages", pages == null ? null : Texts.pages(pages));
        if (pages == null && crossref != null) {
            put(fields, "article_number", crossref.articleNumber());
        }
        put(fields, "doi", doi);
        put(fields, "pmid", pmid);
        put(fields, "pmcid", pubmed == null ? null : pubmed.pmcid());
        return fields;
    }

    private static String either(Work a, Work b, java.util.function.Function<Work, String> value) {
        String v = a == null ? null : value.apply(a);
        return v != null ? v : b == null ? null : value.apply(b);
    }

    private static void put(Map<String, Object> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value.strip());
        }
    }

    private static Outcome notFound(String file, String message) {
        return new Outcome(null, List.of(Problem.error(Rules.REFS_NOT_FOUND, file, 0, 0, message + "; nothing was added",
                "copy the identifier again from the article or its PubMed page")));
    }
}

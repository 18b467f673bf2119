package kb.refs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PubMed through NCBI's E-utilities: {@code esummary.fcgi?db=pubmed&retmode=json} for up to 200 PMIDs at once
 * (each summary has {@code title}, {@code authors[].name} as "Crane JD", {@code pubdate}, {@code epubdate},
 * {@code fulljournalname}, {@code source}, {@code volume}, {@code issue}, {@code pages} and {@code articleids}; an
 * unknown PMID has an {@code error}), and {@code esearch.fcgi} to find the PMID of a DOI. At most 3 requests a
 * second, with {@code tool} and {@code email}: NCBI's rules for callers without an API key.
 */
final class PubMed {

    static final String NAME = "PubMed";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern YEAR = Pattern.compile("\\b(1[89][0-9]{2}|20[0-9]{2})\\b");
    private static final int BATCH = 200;

    private final HttpService http;
    private final ServiceSettings settings;

    PubMed(ServiceSettings settings) {
        this.settings = settings;
        this.http = new HttpService(NAME, settings, 3);
    }

    /** The summaries of {@code pmids}, each PMID with its work (not found when PubMed does not know it). */
    Map<String, Work> works(List<String> pmids) throws RefsException {
        Map<String, Work> works = new LinkedHashMap<>();
        for (int from = 0; from < pmids.size(); from += BATCH) {
            List<String> batch = pmids.subList(from, Math.min(pmids.size(), from + BATCH));
            JsonNode result = call("esummary.fcgi?db=pubmed&retmode=json&id=" + String.join(",", batch)).path("result");
            for (String pmid : batch) {
                JsonNode summary = result.path(pmid);
                works.put(pmid, summary.isObject() && !summary.has("error") ? work(pmid, summary) : Work.missing());
            }
        }
        return works;
    }

    /** The PMID PubMed gives the DOI, or null. */
    String pmidOf(String doi) throws RefsException {
        JsonNode ids = call("esearch.fcgi?db=pubmed&retmode=json&term=" + Crossref.encode(doi + "[doi]"))
                .path("esearchresult").path("idlist");
        return ids.size() == 1 ? ids.get(0).asText() : null;
    }

    private JsonNode call(String query) throws RefsException {
        URI uri = URI.create(settings.pubmed().toString().replaceAll("/+$", "") + "/" + query + "&tool="
                + ServiceSettings.TOOL + "&email=" + Crossref.encode(settings.mailto()));
        String body = http.get(uri);
        if (body == null) {
            throw new RefsException(NAME + " answered 404 for " + uri.getPath() + "; check kb.refs.pubmed in jbake.properties");
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new RefsException(NAME + " sent an answer that is not JSON; try again later");
        }
    }

    private static Work work(String pmid, JsonNode summary) {
        List<String> authors = new ArrayList<>();
        for (JsonNode author : summary.path("authors")) {
            if (author.path("authtype").asText("Author").equals("Author") && !author.path("name").asText().isBlank()) {
                authors.add(author.path("name").asText().strip());
            }
        }
        List<String> years = new ArrayList<>();
        for (String date : List.of("pubdate", "epubdate")) {
            Matcher m = YEAR.matcher(summary.path(date).asText(""));
            if (m.find() && !years.contains(m.group(1))) {
                years.add(m.group(1));
            }
        }
        List<String> journals = new ArrayList<>();
        for (String field : List.of("fulljournalname", "source")) {
            if (!summary.path(field).asText("").isBlank()) {
                journals.add(summary.path(field).asText());
            }
        }
        String doi = null;
        String pmcid = null;
        for (JsonNode id : summary.path("articleids")) {
            switch (id.path("idtype").asText()) {
                case "doi" -> doi = id.path("value").asText();
                case "pmc" -> pmcid = id.path("value").asText();
                default -> {
                }
            }
        }
        String title = Texts.plain(summary.path("title").asText(null));
        if (title != null && title.endsWith(".")) {
            title = title.substring(0, title.length() - 1); // PubMed ends every title with a full stop
        }
        return new Work(true, title, authors, years, journals, blank(summary.path("volume").asText(null)),
                blank(summary.path("issue").asText(null)), blank(summary.path("pages").asText(null)), null, doi, pmid,
                pmcid);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

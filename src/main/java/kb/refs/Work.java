package kb.refs;

import java.util.List;

/**
 * What Crossref or PubMed says about one paper, reduced to what an entry is compared with and made from. {@code
 * years} holds every year the service gives (print, online, issue), since an entry may rightly use any of them;
 * {@code journals} the full and abbreviated titles. A work that the service does not know has {@code found} false.
 */
record Work(boolean found, String title, List<String> authors, List<String> years, List<String> journals,
            String volume, String issue, String pages, String articleNumber, String doi, String pmid, String pmcid) {

    Work {
        authors = authors == null ? List.of() : List.copyOf(authors);
        years = years == null ? List.of() : List.copyOf(years);
        journals = journals == null ? List.of() : List.copyOf(journals);
    }

    static Work missing() {
        return new Work(false, null, null, null, null, null, null, null, null, null, null, null);
    }
}

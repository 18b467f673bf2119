package kb.citation;

import java.util.List;

/**
 * One entry of the bibliography, as written in {@code content/bibliography.yaml}. Optional fields are null when
 * absent ({@code evidence} and {@code finding}, the evidence record, too, until content has them); {@code line} is the 1-based line of the entry's {@code key} in the file, for messages.
 */
public record Reference(String key, List<String> authors, String title, String journal, String publisher,
                        String year, String volume, String issue, String pages, String articleNumber, String doi,
                        String pmid, String pmcid, String url, String evidence, String finding, int line) {

    public Reference {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Where the DOI resolves, or null. */
    public String doiUrl() {
        return doi == null ? null : "https://doi.org/" + doi;
    }

    /** The PubMed record, or null. */
    public String pubmedUrl() {
        return pmid == null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
    }

    /** The free full text in PubMed Central, or null. */
    public String pmcUrl() {
        return pmcid == null ? null : "https://pmc.ncbi.nlm.nih.gov/articles/" + pmcid + "/";
    }

    /**
     * The one address that stands for the work: its DOI, else its web address, else its PubMed record, else its
     * PubMed Central text; null when it has none. The first link of its entry in a reference list.
     */
    public String address() {
        if (doi != null) {
            return doiUrl();
        }
        if (url != null && url.startsWith("http")) {
            return url;
        }
        return pmid != null ? pubmedUrl() : pmcUrl();
    }

    /** The surname of the first author (the text before the initials), for sorting. */
    public String firstAuthorSurname() {
        return authors.isEmpty() ? "" : surname(authors.get(0));
    }

    /** The authors as named in running text: "Smith", "Smith and Jones", or "Smith et al." for three or more. */
    public String shortAuthors() {
        return switch (authors.size()) {
            case 0 -> "";
            case 1 -> surname(authors.get(0));
            case 2 -> surname(authors.get(0)) + " and " + surname(authors.get(1));
            default -> surname(authors.get(0)) + " et al.";
        };
    }

    private static String surname(String author) {
        int space = author.lastIndexOf(' ');
        return space < 0 ? author : author.substring(0, space);
    }
}

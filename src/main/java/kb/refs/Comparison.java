package kb.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import kb.citation.Reference;
import kb.report.Problem;
import kb.report.Rules;

/**
 * One entry against what Crossref (for its DOI) and PubMed (for its PMID) say. Each field is judged by Crossref
 * when Crossref gives it, else by PubMed, so one wrong value gives one message; an identifier the service does not
 * know, or a DOI and PMID that name different papers, is reported instead of the fields it would drag along.
 */
final class Comparison {

    private final Reference entry;
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private Comparison(Reference entry, String file) {
        this.entry = entry;
        this.file = file;
    }

    /** {@code crossref} and {@code pubmed} are null when the entry has no DOI or PMID. */
    static List<Problem> of(Reference entry, Work crossref, Work pubmed, String file) {
        Comparison comparison = new Comparison(entry, file);
        comparison.compare(crossref, pubmed);
        return comparison.problems;
    }

    private void compare(Work crossref, Work pubmed) {
        if (crossref != null && !crossref.found()) {
            error(Rules.REFS_NOT_FOUND, "DOI " + entry.doi() + " is not known to Crossref",
                    "copy the DOI again from the article's first page or the journal's site; a DOI that https://doi.org/ cannot open is wrong");
            crossref = null;
        }
        if (pubmed != null && !pubmed.found()) {
            error(Rules.REFS_NOT_FOUND, "PMID " + entry.pmid() + " is not known to PubMed",
                    "look the article up at https://pubmed.ncbi.nlm.nih.gov/ and copy its PMID, or remove the pmid line");
            pubmed = null;
        }
        if (crossref != null && pubmed != null && differentPapers(crossref, pubmed)) {
            String given = pubmed.doi() != null ? "PubMed gives PMID " + entry.pmid() + " the DOI " + pubmed.doi()
                    : "PubMed's PMID " + entry.pmid() + " is \"" + pubmed.title() + "\"";
            error(Rules.REFS_DOI_PMID, "DOI " + entry.doi() + " and PMID " + entry.pmid() + " point to different papers: "
                    + given, "keep the identifier of the paper you cite and correct or remove the other");
            pubmed = null; // its fields describe another paper
        }
        field("title", entry.title(), crossref, pubmed, Work::title, Comparison::sameTitle, true);
        field("year", entry.year(), crossref, pubmed, w -> w.years().isEmpty() ? null : w.years().get(0),
                (mine, theirs, w) -> w.years().contains(mine), false);
        field("first author", entry.authors().isEmpty() ? null : CitationKeys.surname(entry.authors().get(0)), crossref,
                pubmed, w -> w.authors().isEmpty() ? null : CitationKeys.surname(w.authors().get(0)),
                (mine, theirs, w) -> Texts.comparable(mine).equals(Texts.comparable(theirs)), false);
        field("journal", entry.journal(), crossref, pubmed, w -> w.journals().isEmpty() ? null : w.journals().get(0),
                (mine, theirs, w) -> w.journals().stream().map(Texts::comparable).anyMatch(Texts.comparable(mine)::equals), true);
        field("volume", entry.volume(), crossref, pubmed, Work::volume, (mine, theirs, w) -> mine.equals(theirs), false);
        String pages = entry.pages() != null ? entry.pages() : entry.articleNumber();
        field(entry.pages() != null ? "pages" : "article number", pages, crossref, pubmed,
                w -> w.pages() != null ? Texts.pages(w.pages()) : w.articleNumber(), Comparison::samePages, false);
    }

    private interface Agreement {
        boolean test(String mine, String theirs, Work work);
    }

    /** Compares one field with the first service that gives it. */
    private void field(String name, String mine, Work crossref, Work pubmed, Function<Work, String> value,
                       Agreement agrees, boolean quoted) {
        if (mine == null) {
            return;
        }
        for (Work work : new Work[] {crossref, pubmed}) {
            String theirs = work == null ? null : value.apply(work);
            if (theirs == null) {
                continue;
            }
            if (!agrees.test(mine, theirs, work)) {
                String service = work == crossref ? Crossref.NAME : PubMed.NAME;
                String q = quoted ? "\"" : "";
                error(Rules.REFS_MISMATCH, name + " " + q + mine + q + ", but " + service + " says " + q + theirs + q,
                        "correct the entry if " + service + " is right (open " + (work == crossref ? entry.doiUrl()
                                : entry.pubmedUrl()) + "); if the entry is right, check its "
                                + (work == crossref ? "DOI" : "PMID"));
            }
            return;
        }
    }

    private static boolean sameTitle(String mine, String theirs, Work work) {
        String a = Texts.comparable(mine);
        String b = Texts.comparable(theirs);
        // A service may leave out the subtitle, or give it where the entry does not.
        return a.equals(b) || (b.length() >= 20 && a.startsWith(b)) || (a.length() >= 20 && b.startsWith(a));
    }

    private static boolean samePages(String mine, String theirs, Work work) {
        String a = Texts.pages(mine).toLowerCase(Locale.ROOT);
        return a.equals(theirs.toLowerCase(Locale.ROOT))
                || (work.articleNumber() != null && a.equalsIgnoreCase(work.articleNumber()))
                || (work.pages() != null && a.equalsIgnoreCase(Texts.pages(work.pages())));
    }

    private boolean differentPapers(Work crossref, Work pubmed) {
        if (pubmed.doi() != null) {
            return !pubmed.doi().equalsIgnoreCase(entry.doi());
        }
        return crossref.title() != null && pubmed.title() != null
                && !sameTitle(crossref.title(), pubmed.title(), pubmed)
                && !Objects.equals(crossref.years(), pubmed.years());
    }

    private void error(kb.report.Rule rule, String message, String hint) {
        problems.add(Problem.error(rule, file, entry.line(), 0, entry.key() + ": " + message, hint));
    }
}

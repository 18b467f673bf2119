package kb.citation;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;

/**
 * Formats a reference in the Vancouver (ICMJE / NLM) style used across the site:
 * {@code Crane JD, Ogborn DI, Cupido C, et al. Massage therapy attenuates ... Sci Transl Med.
 * 2012;4(119):119ra13. doi:10.1126/scitranslmed.3002882}. Up to six authors are listed; with more, the first three
 * and "et al.". Journal names are written as the bibliography gives them (no abbreviations are invented).
 */
public final class VancouverStyle {

    static final int MAX_AUTHORS = 6;
    static final int AUTHORS_BEFORE_ET_AL = 3;

    private VancouverStyle() {
    }

    /** The reference as plain text, e.g. for printing or structured data. */
    public static String text(Reference reference) {
        StringBuilder out = new StringBuilder(citationText(reference));
        if (reference.doi() != null) {
            out.append(" doi:").append(reference.doi());
        } else if (reference.url() != null) {
            out.append(" Available from: ").append(reference.url());
        }
        return out.toString();
    }

    /** The reference as an HTML fragment (text escaped), with the DOI, PubMed and PubMed Central links. */
    public static String html(Reference reference) {
        StringBuilder out = new StringBuilder(escape(citationText(reference)));
        if (reference.doi() != null) {
            out.append(" doi:").append(link(reference.doiUrl(), reference.doi(), "doi"));
        } else if (reference.url() != null) {
            out.append(" Available from: ").append(link(reference.url(), reference.url(), "url"));
        }
        if (reference.pmid() != null) {
            out.append(' ').append(link(reference.pubmedUrl(), "PubMed", "pubmed"));
        }
        if (reference.pmcid() != null) {
            out.append(' ').append(link(reference.pmcUrl(), "Free full text (PMC)", "pmc"));
        }
        return out.toString();
    }

    /** Authors, title, source and its numbers, ending with a full stop: everything before the DOI. */
    static String citationText(Reference reference) {
        StringBuilder out = new StringBuilder();
        String authors = authors(reference.authors());
        if (!authors.isEmpty()) {
            out.append(sentence(authors)).append(' ');
        }
        if (reference.title() != null) {
            out.append(sentence(reference.title())).append(' ');
        }
        if (reference.journal() != null) {
            out.append(sentence(reference.journal())).append(' ').append(journalNumbers(reference));
        } else {
            if (reference.publisher() != null) {
                out.append(reference.publisher()).append("; ");
            }
            out.append(reference.year() == null ? "" : reference.year()).append('.');
        }
        return out.toString().strip();
    }

    static String authors(List<String> authors) {
        if (authors.size() <= MAX_AUTHORS) {
            return String.join(", ", authors);
        }
        return String.join(", ", authors.subList(0, AUTHORS_BEFORE_ET_AL)) + ", et al.";
    }

    /** {@code 2012;4(119):119ra13.} with the parts that are known. */
    private static String journalNumbers(Reference reference) {
        StringBuilder out = new StringBuilder(reference.year() == null ? "" : reference.year());
        if (reference.volume() != null || reference.issue() != null) {
            out.append(';');
        }
        if (reference.volume() != null) {
            out.append(reference.volume());
        }
        if (reference.issue() != null) {
            out.append('(').append(reference.issue()).append(')');
        }
        String pages = reference.pages() != null ? reference.pages() : reference.articleNumber();
        if (pages != null) {
            out.append(':').append(pages);
        }
        return out.append('.').toString();
    }

    /** Ends {@code text} with a full stop unless it already ends with punctuation. */
    private static String sentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '?' || last == '!' ? text : text + ".";
    }

    private static String link(String href, String text, String cssClass) {
        return "<a class=\"" + cssClass + "\" href=\"" + Escaping.escapeHtml(href, true) + "\">" + escape(text) + "</a>";
    }

    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}

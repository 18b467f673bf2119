package kb.citation;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One bibliography entry of citeproc-java's HTML output made into the site's: its text (decoded and escaped
 * again, so nothing of a title reaches the page unescaped), its formatting as plain tags instead of inline
 * {@code style} attributes (which the site's Content-Security-Policy does not allow), without the entry's number
 * (the site's lists number themselves), and with the site's links: the DOI (or web address) where the style
 * writes it, added after the text where the style leaves it out, then PubMed and PubMed Central.
 */
final class CslHtml {

    /** citeproc-java's inline styles and the tags that say the same. */
    private static final Map<String, String> TAGS = Map.of(
            "font-style: italic", "i", "font-style: oblique", "i", "font-weight: bold", "b",
            "text-decoration: underline", "u", "vertical-align: sup", "sup", "vertical-align: super", "sup",
            "vertical-align: sub", "sub");

    private final Reference reference;
    private final StringBuilder html = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    /** The text the style's DOI or address is linked by, once linked. */
    private boolean doiLinked;
    private boolean urlLinked;

    /** What an article number is given to the style as, a word no reference has; see FormattedReferences. */
    static final String ARTICLE_NUMBER = "kbarticlenumber";

    private CslHtml(Reference reference) {
        this.reference = reference;
    }

    /** The reference from its entry in citeproc-java's HTML bibliography. */
    static FormattedReference entry(String cslHtml, Reference reference) {
        CslHtml out = new CslHtml(reference);
        String entry = reference.articleNumber() == null ? cslHtml
                : cslHtml.replace(ARTICLE_NUMBER, escape(reference.articleNumber()));
        out.children(Jsoup.parseBodyFragment(entry).body());
        return out.finish();
    }

    private void children(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode node) {
                text(node.getWholeText());
            } else if (child instanceof Element inner && !inner.hasClass("csl-left-margin")) {
                String tag = TAGS.get(inner.attr("style").strip().replaceAll(";$", ""));
                if (tag != null) {
                    html.append('<').append(tag).append('>');
                }
                children(inner);
                if (tag != null) {
                    html.append("</").append(tag).append('>');
                }
            }
        }
    }

    /** A run of text, with the reference's DOI and address in it linked. */
    private void text(String run) {
        text.append(run);
        String rest = run;
        while (!rest.isEmpty()) {
            Link next = nextLink(rest);
            if (next == null) {
                html.append(escape(rest));
                return;
            }
            html.append(escape(rest.substring(0, next.at)));
            html.append(link(next.href, next.shown, next.cssClass));
            rest = rest.substring(next.at + next.shown.length());
        }
    }

    private record Link(int at, String shown, String href, String cssClass) {
    }

    private Link nextLink(String run) {
        if (reference.doi() != null && !doiLinked) {
            // The resolver address when the style writes one (APA), else the DOI itself (AMA's "doi:10...").
            for (String shown : new String[] {reference.doiUrl(), "http://dx.doi.org/" + reference.doi(),
                    reference.doi()}) {
                int at = run.indexOf(shown);
                if (at >= 0) {
                    doiLinked = true;
                    return new Link(at, shown, reference.doiUrl(), "doi");
                }
            }
        }
        if (reference.url() != null && !urlLinked) {
            int at = run.indexOf(reference.url());
            if (at >= 0) {
                urlLinked = true;
                return new Link(at, reference.url(), reference.url(), "url");
            }
        }
        return null;
    }

    private FormattedReference finish() {
        String plain = text.toString().strip();
        String marked = html.toString().strip();
        StringBuilder fullText = new StringBuilder(plain);
        StringBuilder fullHtml = new StringBuilder(marked);
        // What the style leaves out the site still gives: readers lose no link.
        if (reference.doi() != null) {
            if (!doiLinked) {
                fullText.append(" doi:").append(reference.doi());
                fullHtml.append(" doi:").append(link(reference.doiUrl(), reference.doi(), "doi"));
            }
        } else if (reference.url() != null && !urlLinked) {
            fullText.append(" Available from: ").append(reference.url());
            fullHtml.append(" Available from: ").append(link(reference.url(), reference.url(), "url"));
        }
        if (reference.pmid() != null) {
            fullHtml.append(' ').append(link(reference.pubmedUrl(), "PubMed", "pubmed"));
        }
        if (reference.pmcid() != null) {
            fullHtml.append(' ').append(link(reference.pmcUrl(), "Free full text (PMC)", "pmc"));
        }
        return new FormattedReference(fullText.toString(), fullHtml.toString());
    }

    private static String link(String href, String text, String cssClass) {
        return "<a class=\"" + cssClass + "\" href=\"" + Escaping.escapeHtml(href, true) + "\">" + escape(text) + "</a>";
    }

    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}

package kb.citation;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The kind of evidence and the finding of a reference as HTML fragments, the same in the page's reference list,
 * the citation pop-up (which copies them from that list, assets/js/citations.js) and the site-wide references
 * pages: the kind is a text label (readable without colour and in print), the finding a line under the reference.
 * Both are empty for an entry that lacks them (the build has then reported it, so the page is not published).
 */
public final class EvidenceHtml {

    private EvidenceHtml() {
    }

    /** {@code <span class="evidence">Randomised trial</span>}, or "". */
    public static String label(Reference reference) {
        EvidenceKind kind = reference.evidence();
        return kind == null ? "" : "<span class=\"evidence\">" + escape(kind.label()) + "</span>";
    }

    /**
     * {@code <span class="finding"><b>Finding:</b> In 11 men ...</span>}, or "". Terse markup on purpose: a page
     * with a dozen references carries a dozen of these within its weight budget.
     */
    public static String finding(Reference reference) {
        return reference.finding() == null ? ""
                : "<span class=\"finding\"><b>Finding:</b> " + escape(reference.finding()) + "</span>";
    }

    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}

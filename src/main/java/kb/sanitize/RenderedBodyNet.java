package kb.sanitize;

import kb.content.MarkdownOutcome;
import kb.content.PageSource;
import kb.content.RenderedBodyCheck;
import kb.report.Problem;
import kb.report.Rule;
import kb.report.Rules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The second net behind {@link RawHtmlCleaner}: Jsoup's own {@link Cleaner}, with the same {@link HtmlSafelist},
 * over the HTML a page's Markdown rendered to. The hand-written scanner gives editors positioned messages; this
 * library sanitiser, which reads the HTML the way a browser does, must then find nothing more to remove. If it
 * would, the first net let something through: an error, so the page is not published. Besides the safelist it
 * accepts only the two attributes the project's own heading anchors write. Jsoup keeps relative addresses without
 * looking at them, so every attribute value is also checked for a javascript:, vbscript: or data: address.
 */
public final class RenderedBodyNet implements RenderedBodyCheck {

    static final Rule RULE = Rules.HTML_UNSAFE_AFTER_RENDER;

    private static final Safelist WITH_OWN_MARKUP = HtmlSafelist.copy()
            // The heading anchor link of HeadingAnchorExtension: a label for screen readers, its "#" hidden from them.
            .addAttributes("a", "aria-label")
            .addAttributes("span", "aria-hidden");

    @Override
    public void check(String html, PageSource page, MarkdownOutcome outcome) {
        // The Cleaner's verdict on the tree a browser would build (isValidBodyHtml would also refuse mere parse
        // errors, such as a stray "&" in text, which run nothing).
        Document parsed = Jsoup.parseBodyFragment(html, HtmlSafelist.BASE);
        if (new Cleaner(WITH_OWN_MARKUP).isValid(parsed) && noExecutableAddress(parsed)) {
            return;
        }
        String what = firstRemoval(parsed);
        outcome.problems().add(Problem.error(RULE, page.displayName(), 0, 0,
                "after rendering, the page still contains " + what + ", which a second, stricter check would remove",
                "the first check missed it, so please report this page; meanwhile write the passage without raw HTML"
                        + " or with only the tags listed in the README (\"Raw HTML in pages\")"));
    }

    /** Jsoup's Cleaner keeps a relative address without looking at it; a browser may still run it. */
    private static boolean noExecutableAddress(Document parsed) {
        for (Element element : parsed.body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (UnsafeUrls.unsafeScheme(attribute.getValue()) != null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Describes the first element or attribute the Cleaner would drop, in the words of the messages. */
    private static String firstRemoval(Document parsed) {
        for (Element element : parsed.body().getAllElements()) {
            if (element == parsed.body()) {
                continue;
            }
            String tag = element.normalName();
            if (!WITH_OWN_MARKUP.isSafeTag(tag)) {
                return "a <" + tag + "> element";
            }
            for (Attribute attribute : element.attributes()) {
                if (!WITH_OWN_MARKUP.isSafeAttribute(tag, element, attribute)
                        || UnsafeUrls.unsafeScheme(attribute.getValue()) != null) {
                    return "the attribute " + attribute.getKey() + "=\"" + RawHtmlCleaner.excerpt(attribute.getValue())
                            + "\" on <" + tag + ">";
                }
            }
        }
        return "markup that is not allowed";
    }
}

package kb.sanitize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kb.report.Problem;
import kb.report.Rules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The second net behind {@link RawHtmlCleaner}: the rules of Jsoup's own sanitiser (its {@link Safelist}, the same
 * {@link HtmlSafelist}, tag by tag and attribute by attribute, as its {@code Cleaner} applies them) over the elements
 * a page's Markdown rendered to, as the browser's parse of the published page holds them. The hand-written scanner
 * gives editors positioned messages; this library's rules must then find nothing more to remove. If they would, the
 * first net let something through: an error, so the page is not published. Besides the safelist it accepts only the
 * two attributes the project's own heading anchors write. Jsoup keeps relative addresses without looking at them, so
 * every attribute value is also checked for a javascript:, vbscript: or data: address.
 *
 * <p>The validator already parses every built page once; reading the body's elements from that parse, instead of
 * handing the rendered body to {@code Cleaner}, which parses it again, keeps the net off the build's hot path.
 */
public final class RenderedBodyNet {


    private static final Safelist WITH_OWN_MARKUP = HtmlSafelist.copy()
            // The heading anchor link of HeadingAnchorExtension: a label for screen readers, its "#" hidden from them.
            .addAttributes("a", "aria-label")
            .addAttributes("span", "aria-hidden");
    /** Jsoup's verdict on a value without a scheme, by tag and attribute name: the same for every such value. */
    private static final Map<String, Boolean> RELATIVE_VERDICTS = new ConcurrentHashMap<>();

    private RenderedBodyNet() {
    }

    /**
     * Describes the first element or attribute of {@code elements} (a page body's, in document order) that the
     * safelist would remove, in the words of the messages; null when there is none.
     */
    public static String firstRemoval(Iterable<Element> elements) {
        for (Element element : elements) {
            String tag = element.normalName();
            if (!WITH_OWN_MARKUP.isSafeTag(tag)) {
                return "a <" + tag + "> element";
            }
            for (Attribute attribute : element.attributes()) {
                if (!isSafeAttribute(tag, attribute) || UnsafeUrls.unsafeScheme(attribute.getValue()) != null) {
                    return "the attribute " + attribute.getKey() + "=\"" + RawHtmlCleaner.excerpt(attribute.getValue())
                            + "\" on <" + tag + ">";
                }
            }
        }
        return null;
    }

    /** The same verdict on an HTML fragment as a browser would parse it (for tests and tools). */
    public static String firstRemoval(String bodyHtml) {
        Element body = Jsoup.parseBodyFragment(bodyHtml, HtmlSafelist.BASE).body();
        return firstRemoval(body.getAllElements().subList(1, body.getAllElements().size()));
    }

    /** The problem for a page whose body holds {@code removal}. */
    public static Problem problem(String file, String removal) {
        return Problem.error(Rules.HTML_UNSAFE_AFTER_RENDER, file, 0, 0,
                "after rendering, the page still contains " + removal + ", which a second, stricter check would remove",
                "the first check missed it, so please report this page; meanwhile write the passage without raw HTML"
                        + " or with only the tags listed in docs/writing.md (\"Raw HTML in pages\")");
    }

    /**
     * Jsoup resolves an address against the element's base URI before checking its protocol; the published page
     * has none, so the attribute is checked on a copy whose base makes relative addresses resolvable, as in
     * {@link HtmlSafelist#isSafeAttribute}.
     */
    private static boolean isSafeAttribute(String tag, Attribute attribute) {
        String value = attribute.getValue();
        if (value.indexOf(':') < 0) {
            // No scheme, so Jsoup's verdict cannot depend on the value (the safelist enforces no attribute values):
            // asked once per tag and attribute name, instead of resolving every relative address as a URL.
            return RELATIVE_VERDICTS.computeIfAbsent(tag + ' ' + attribute.getKey(),
                    key -> probe(tag, attribute.getKey(), "x"));
        }
        return probe(tag, attribute.getKey(), value);
    }

    private static boolean probe(String tag, String key, String value) {
        Element probe = new Element(tag);
        probe.setBaseUri(HtmlSafelist.BASE);
        probe.attr(key, value);
        return WITH_OWN_MARKUP.isSafeAttribute(tag, probe, probe.attribute(key));
    }
}

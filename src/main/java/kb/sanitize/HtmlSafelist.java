package kb.sanitize;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The raw HTML an editor may write inside Markdown: Jsoup's {@link Safelist#relaxed()} (text formatting, lists,
 * tables, links, images) plus {@code details}, {@code summary}, {@code kbd}, {@code abbr}, {@code mark},
 * {@code figure}, {@code figcaption}, {@code dfn}, {@code time}, {@code s}, {@code del}, {@code ins},
 * {@code hr}, and the attributes {@code id}, {@code class}, {@code title}, {@code lang} on every tag. Links and
 * images must use http, https or mailto, or a relative address; everything else (script, iframe, style, form,
 * {@code style=} and {@code on*=} attributes, {@code javascript:} and {@code data:} URLs) is refused.
 */
final class HtmlSafelist {

    /** Elements whose whole content goes with them: their text is code or markup, not words for the reader. */
    static final Set<String> DROP_WITH_CONTENT = Set.of("script", "style", "iframe", "object", "textarea", "title",
            "xmp", "noembed", "noframes", "noscript", "template", "svg", "math", "select");

    /** Relative addresses are resolved against this made-up origin, so Jsoup's protocol check accepts them. */
    static final String BASE = "https://relative.invalid/page/";

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("details", "summary", "kbd", "abbr", "mark", "figure", "figcaption", "dfn", "time", "s", "del",
                    "ins", "hr")
            .addAttributes(":all", "id", "class", "title", "lang")
            .addAttributes("details", "open")
            .addAttributes("time", "datetime")
            .addAttributes("del", "cite", "datetime")
            .addAttributes("ins", "cite", "datetime")
            .addProtocols("del", "cite", "http", "https")
            .addProtocols("ins", "cite", "http", "https")
            .preserveRelativeLinks(true);

    private HtmlSafelist() {
    }

    /** A copy of the safelist, for Jsoup's {@code Cleaner} (a Safelist is mutable). */
    static Safelist copy() {
        return new Safelist(SAFELIST);
    }

    static boolean isSafeTag(String tag) {
        return SAFELIST.isSafeTag(tag.toLowerCase(Locale.ROOT));
    }

    /** Whether the attribute may stay on the tag; {@code value} is already entity-decoded. */
    static boolean isSafeAttribute(String tag, String name, String value) {
        String lowerTag = tag.toLowerCase(Locale.ROOT);
        Element element = new Element(lowerTag);
        element.setBaseUri(BASE);
        String lowerName = name.toLowerCase(Locale.ROOT);
        // Jsoup resolves the URL from the element's own attribute, so the element must carry it.
        element.attr(lowerName, value);
        return SAFELIST.isSafeAttribute(lowerTag, element, new Attribute(lowerName, value));
    }
}

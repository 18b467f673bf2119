package kb.validate;

import java.util.HashSet;
import java.util.Set;
import kb.site.Page;
import kb.content.LinkFact;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;
import org.jsoup.nodes.Element;

/**
 * Every image needs alt text, for readers who cannot see it: Markdown images ({@code ![text](file)}) with empty
 * text, and {@code <img>} elements in templates or raw HTML without an {@code alt} attribute ({@code alt=""} is
 * allowed there for decoration).
 */
final class ImageAltCheck implements PageCheck {

    /** On each page: the {@code <img>} elements without alt, kept to be located and reported once per position. */
    @Override
    public void check(RenderedPage rendered, PageFacts.Builder facts, Report report) {
        // Not the selector "img:not([alt])": Jsoup's :not keeps a per-thread memo of the document's elements in a
        // ThreadLocal made per query, which kept hundreds of parsed pages alive.
        for (Element image : rendered.elements()) {
            if (!image.normalName().equals("img") || image.hasAttr("alt")) {
                continue;
            }
            facts.imageWithoutAlt(new PageFacts.Reference("img", image.attr("src"), rendered.inBody(image), null));
        }
    }

    @Override
    public void check(BuiltSite site, Report report) {
        for (Page page : site.index().pages()) {
            for (LinkFact link : page.links()) {
                if (link.kind() == LinkFact.Kind.IMAGE && link.text().isBlank()) {
                    report.add(Problem.error(Rules.IMAGE_MISSING_ALT, link.file(), link.line(), link.column(),
                            "image \"" + link.written() + "\" has no alt text",
                            "describe the image between the brackets, e.g. ![Therapist working on a calf](" + link.written() + ")"));
                }
            }
        }
        LinkOrigin origin = new LinkOrigin(site);
        Set<String> seen = new HashSet<>();
        for (PageFacts rendered : site.rendered().all()) {
            for (PageFacts.Reference image : rendered.imagesWithoutAlt()) {
                SourceSearch.Location at = origin.locate(rendered, image.inBody(), image.value());
                if (seen.add(at.file() + ":" + at.line() + ":" + at.column())) {
                    report.add(Problem.error(Rules.IMAGE_MISSING_ALT, at.file(), at.line(), at.column(),
                            "image \"" + image.value() + "\" has no alt attribute",
                            "add alt=\"what the image shows\", or alt=\"\" if it is only decoration"));
                }
            }
        }
    }
}

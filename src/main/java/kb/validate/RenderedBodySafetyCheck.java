package kb.validate;

import java.util.ArrayList;
import java.util.List;
import kb.report.Report;
import kb.sanitize.RenderedBodyNet;
import org.jsoup.nodes.Element;

/**
 * The second safety net over every page's Markdown body, on the page as it will be published: the elements between
 * the body's marks in the validator's one parse of the page, checked by {@link RenderedBodyNet}.
 */
final class RenderedBodySafetyCheck implements PageCheck {

    @Override
    public void check(RenderedPage rendered, PageFacts.Builder facts, Report report) {
        // A site-wide output has no body (templates only, checked by PageSecurityCheck): nothing is in it.
        List<Element> body = new ArrayList<>();
        for (Element element : rendered.elements()) {
            if (rendered.inBody(element)) {
                body.add(element);
            }
        }
        String removal = RenderedBodyNet.firstRemoval(body);
        if (removal != null) {
            report.add(RenderedBodyNet.problem(rendered.file(), removal));
        }
    }
}

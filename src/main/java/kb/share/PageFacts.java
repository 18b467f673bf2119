package kb.share;

import java.util.List;
import java.util.Map;

/**
 * What the structured data of one page is made from.
 *
 * @param type          content type: injury, technique, faq or page
 * @param address       the page's public address (site host + URL)
 * @param lastReviewed  {@code yyyy-MM-dd}, or null
 * @param headings      the page's {@code ##} headings as maps with {@code id} and {@code text}
 * @param related       for an injury, the technique pages that may help: maps with {@code title} and {@code url}
 * @param citedWorks    the address of each work the page cites (its DOI link, else its first web link, else its
 *                      reference text), in citation order
 * @param bodyHtml      the rendered Markdown body (an FAQ's answers are read from it)
 */
public record PageFacts(String type, String address, String title, String summary, String lastReviewed,
                        String reviewedBy, String region, List<Map<String, String>> headings,
                        List<Map<String, String>> related, List<String> citedWorks, String bodyHtml) {
}

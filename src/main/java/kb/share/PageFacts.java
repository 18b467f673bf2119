package kb.share;

import java.util.List;
import java.util.Map;

/**
 * What the structured data of one page is made from: plain values, chosen by the page's type in the site's types
 * file.
 *
 * @param types         the page's schema.org {@code @type}s (one, or several such as FAQPage and MedicalWebPage)
 * @param address       the page's public address (site host + URL)
 * @param lastReviewed  {@code yyyy-MM-dd}, or null
 * @param about         the schema.org type of what the page is about ({@code about}), or null
 * @param anatomy       the body part of what the page is about, or null
 * @param treatments    pages that are possible treatments of it: maps with {@code title}, {@code url} and
 *                      {@code type} (their schema.org type)
 * @param questions     whether each {@code ##} heading is a question answered below it
 * @param headings      the page's {@code ##} headings as maps with {@code id} and {@code text}
 * @param citedWorks    the address of each work the page cites (its DOI link, else its first web link, else its
 *                      reference text), in citation order
 * @param bodyHtml      the rendered Markdown body (the answers to questions are read from it)
 */
public record PageFacts(List<String> types, String address, String title, String summary, String lastReviewed,
                        String reviewedBy, String about, String anatomy, List<Map<String, String>> treatments,
                        boolean questions, List<Map<String, String>> headings, List<String> citedWorks,
                        String bodyHtml) {
}

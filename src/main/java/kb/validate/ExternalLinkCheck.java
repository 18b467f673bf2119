package kb.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import kb.site.Page;
import kb.content.LinkFact;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * External links written in Markdown must be well-formed absolute addresses; plain {@code http} is a warning
 * ({@code https} protects readers and is what publishers serve today). {@code mailto:} and {@code tel:} links
 * need only an address.
 */
final class ExternalLinkCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        for (Page page : site.index().pages()) {
            for (LinkFact link : page.links()) {
                if (link.isInternal()) {
                    continue;
                }
                String problem = malformed(link.written());
                if (problem != null) {
                    report.add(Problem.error(Rules.LINK_MALFORMED, link.file(), link.line(), link.column(),
                            "external link \"" + link.written() + "\" " + problem,
                            "copy the full address from the browser's address bar, e.g. https://doi.org/10.1136/bjsports-2016-096268"));
                } else if (link.written().toLowerCase(Locale.ROOT).startsWith("http:")) {
                    report.add(Problem.warning(Rules.LINK_INSECURE, link.file(), link.line(), link.column(),
                            "external link \"" + link.written() + "\" uses http",
                            "use the https address if the site has one: " + "https:" + link.written().substring(5)));
                }
            }
        }
    }

    /** Why an external address is unusable, or null when it is fine. */
    static String malformed(String written) {
        URI uri;
        try {
            // As the browser reads it: character references decoded ("&#106;avascript:" is javascript:).
            uri = new URI(written.indexOf('&') < 0 ? written : org.jsoup.parser.Parser.unescapeEntities(written, true));
        } catch (URISyntaxException e) {
            return "is not a valid address (" + e.getReason() + " at character " + (e.getIndex() + 1) + ")";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http", "https" -> {
                return uri.getHost() == null || !uri.getHost().contains(".") ? "has no valid host name" : null;
            }
            case "mailto", "tel" -> {
                return uri.getSchemeSpecificPart() == null || uri.getSchemeSpecificPart().isBlank() ? "has no address" : null;
            }
            case "" -> {
                return "has no scheme; write https://";
            }
            case "javascript", "vbscript", "data" -> {
                return null; // unsafe, not malformed: kb.sanitize reports these as errors
            }
            default -> {
                return "uses the scheme \"" + scheme + ":\", which readers' browsers may not open";
            }
        }
    }
}

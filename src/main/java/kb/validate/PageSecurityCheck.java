package kb.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import kb.site.Page;
import kb.parallel.AllCores;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Every HTML file of the built site must carry a strict Content-Security-Policy and nothing that policy would block
 * or that runs code: no inline {@code <script>} (JSON-LD data excepted), no {@code <style>} element, no
 * {@code style=} or {@code on*=} attribute, no {@code javascript:} address. Markdown bodies are already cleaned
 * by {@code kb.sanitize}; this catches what templates write.
 */
final class PageSecurityCheck implements PageCheck {
    private static final String TEMPLATE_HINT = "fix the template that writes it (templates/*.ftl): JavaScript and CSS"
            + " go in files under assets/, loaded with <script src=...> and <link rel=stylesheet>";

    /** A content page or site-wide output, on the document of the page pass (read from its output file). */
    @Override
    public void check(RenderedPage rendered, PageFacts.Builder facts, Report report) {
        Page page = rendered.page();
        check(rendered.elements(), element -> rendered.position(element).start().lineNumber(),
                page != null ? "built page " + rendered.output() + ": " : "built file: ",
                page != null ? page.displayName() : rendered.output(), report);
    }

    /** Every other HTML file of the output (redirect pages, HTML copied from assets), read back from the output. */
    @Override
    public void check(BuiltSite site, Report report) {
        Map<String, Page> byOutput = new HashMap<>();
        for (Page page : site.index().pages()) {
            byOutput.put(page.outputFile(), page);
        }
        AllCores.forEach(htmlFiles(site.outputFolder()), true, file -> {
            String output = site.outputFolder().relativize(file).toString().replace('\\', '/');
            Page page = byOutput.get(output);
            if (page != null && page.isRendered() || site.extraOutputs().containsKey(output)) {
                return; // checked in the page pass
            }
            String blamed = page == null ? output : page.displayName();
            String prefix = page == null ? "built file: " : "built page " + output + ": ";
            Document document = Jsoup.parse(site.readOutput(file), "", Parser.htmlParser().setTrackPosition(true));
            check(document.getAllElements(), element -> element.sourceRange().start().lineNumber(), prefix, blamed,
                    report);
        });
    }

    /** Checks a file's elements; {@code lineOf} is asked only for elements with a problem. */
    private static void check(List<Element> elements, ToIntFunction<Element> lineOf, String prefix, String file,
                              Report report) {
        Element csp = elements.stream().filter(PageSecurityCheck::isPolicy).findFirst().orElse(null);
        if (csp == null) {
            report.add(Problem.error(Rules.OUTPUT_UNSAFE, file, 0, 0, prefix + "no Content-Security-Policy meta tag",
                    "templates/layout.ftl must write <meta http-equiv=\"Content-Security-Policy\" content=\"...\">"
                            + " in <head> (see docs/deployment.md, \"Security headers\")"));
        } else if (csp.attr("content").contains("'unsafe-")) {
            report.add(Problem.error(Rules.OUTPUT_UNSAFE, file, 0, 0,
                    prefix + "the Content-Security-Policy allows \"'unsafe-...'\"",
                    "remove 'unsafe-inline' and 'unsafe-eval' from the policy in templates/layout.ftl"));
        }
        for (Element element : elements) {
            String tag = element.normalName();
            if (tag.equals("script") && !element.hasAttr("src")
                    && !element.attr("type").equalsIgnoreCase("application/ld+json")) {
                report.add(Problem.error(Rules.OUTPUT_UNSAFE, file, 0, 0, prefix + "inline <script> on line "
                        + lineOf.applyAsInt(element), TEMPLATE_HINT));
            } else if (tag.equals("style")) {
                report.add(Problem.error(Rules.OUTPUT_UNSAFE, file, 0, 0, prefix + "<style> element on line "
                        + lineOf.applyAsInt(element), TEMPLATE_HINT));
            }
            if (element.attributesSize() == 0) {
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                boolean handler = name.startsWith("on");
                if (handler || name.equals("style") || isScriptAddress(attribute.getValue())) {
                    report.add(Problem.error(Rules.OUTPUT_UNSAFE, file, 0, 0,
                            prefix + "attribute " + name + "=\"" + excerpt(attribute.getValue())
                            + "\" on <" + tag + "> on line " + lineOf.applyAsInt(element), TEMPLATE_HINT));
                }
            }
        }
    }

    private static boolean isPolicy(Element element) {
        return element.normalName().equals("meta")
                && element.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy");
    }

    /** Whether an attribute value is a {@code javascript:} address, in any case, after leading white space. */
    private static boolean isScriptAddress(String value) {
        int start = 0;
        while (start < value.length() && Character.isWhitespace(value.charAt(start))) {
            start++;
        }
        return value.regionMatches(true, start, "javascript:", 0, "javascript:".length());
    }

    private static String excerpt(String value) {
        String line = value.strip().replaceAll("\\s+", " ");
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }

    private static List<Path> htmlFiles(Path root) {
        // find, not walk + isRegularFile: the attributes read while walking answer, one stat per file.
        try (Stream<Path> files = Files.find(root, Integer.MAX_VALUE,
                (file, attributes) -> attributes.isRegularFile() && file.getFileName().toString().endsWith(".html"))) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

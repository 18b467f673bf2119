package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.report.Problem;
import kb.sanitize.RenderedBodyNet;
import kb.testing.FixtureCopy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A public corpus of XSS vectors (src/test/resources/xss, with its source and licence) written into pages in every
 * way an editor could: as raw HTML blocks, inline in a sentence, as Markdown link and image addresses, and inside
 * HTML attribute values. The pages are built as a preview (which publishes even with errors, so it shows what the
 * sanitisers let through), and every built page is read with Jsoup: nothing may be executable. A refused page is
 * fine; an executable vector in any built page fails the test.
 */
class XssCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/xss/payloadbox-xss-payload-list.txt");
    private static final int SNIPPETS_PER_PAGE = 400;
    private static final Set<String> FIRST_NET = Set.of("html/unsafe", "link/unsafe-url", "asset/external");
    private static final String SECOND_NET = "html/unsafe-after-render";
    private static final Set<String> EMBEDDING = Set.of("script", "iframe", "object", "embed", "base", "frame",
            "frameset", "applet", "form", "style", "svg", "math", "link", "portal");
    /** Elements the templates write with a per-page value; checked by the address rules only. */
    private static final Set<String> PER_PAGE = Set.of("link[rel=canonical]", "link[rel=alternate]");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "srcset", "cite", "lowsrc", "dynsrc", "codebase", "ping");
    private static final Pattern SCRIPT_URL = Pattern.compile("^(?:javascript|vbscript|data|livescript|mocha):");
    private static final Pattern SCRIPT_STYLE = Pattern.compile("expression\\s*\\(|url\\s*\\(\\s*['\"]?\\s*(?:javascript|vbscript|data):|behavior|-moz-binding");

    @TempDir
    Path temp;

    static List<String> vectors() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
        int start = lines.indexOf("## end of header") + 1;
        return lines.subList(start, lines.size()).stream().filter(line -> !line.isBlank()).toList();
    }

    /** Every way a vector can be written into a page. */
    private static List<String> placements(String vector) {
        return List.of(
                vector,
                "A sentence with " + vector + " inside.",
                "[a link](<" + vector + ">) and [another](" + vector + ")",
                "![an image](<" + vector + ">) and ![another](" + vector + ")",
                "<a href=\"" + vector + "\" title='" + vector + "'>x</a> <img alt=\"x\" src=\"" + vector + "\">",
                "<span class=" + vector + ">y</span> <div title=\"" + vector + "\">z</div>");
    }

    @Test
    void noVectorOfThePublicCorpusReachesABuiltPageInExecutableForm() throws Exception {
        List<String> vectors = vectors();
        assertTrue(vectors.size() > 6000, "the corpus was read: " + vectors.size());
        Path site = FixtureCopy.of("basic", temp.resolve("src"));
        // Which vector each line of each generated page holds, to count what the first net caught.
        List<List<Integer>> vectorOfLine = new ArrayList<>();
        List<String> snippets = new ArrayList<>();
        List<Integer> snippetVector = new ArrayList<>();
        for (int v = 0; v < vectors.size(); v++) {
            for (String snippet : placements(vectors.get(v))) {
                snippets.add(snippet);
                snippetVector.add(v);
            }
        }
        int pages = 0;
        for (int from = 0; from < snippets.size(); from += SNIPPETS_PER_PAGE, pages++) {
            StringBuilder page = new StringBuilder("---\ntype: page\ntitle: Vectors " + pages + "\n---\n\n");
            List<Integer> lines = new ArrayList<>(List.of(-1, -1, -1, -1, -1, -1));
            for (int i = from; i < Math.min(from + SNIPPETS_PER_PAGE, snippets.size()); i++) {
                page.append(snippets.get(i)).append("\n\n");
                lines.add(snippetVector.get(i));
                lines.add(snippetVector.get(i));
            }
            vectorOfLine.add(lines);
            Files.writeString(site.resolve("content/xss-" + pages + ".md"), page, StandardCharsets.UTF_8);
        }

        Path output = temp.resolve("out");
        BuildResult result = new SiteBuilder().build(BuildOptions.preview(site, output));

        Set<Integer> caughtFirst = new TreeSet<>();
        Set<String> pagesCaughtSecond = new TreeSet<>();
        for (Problem problem : result.report().problems()) {
            if (!problem.file().startsWith("content/xss-")) {
                continue;
            }
            int page = Integer.parseInt(problem.file().replaceAll("\\D", ""));
            if (FIRST_NET.contains(problem.rule()) && problem.line() > 0 && problem.line() <= vectorOfLine.get(page).size()) {
                caughtFirst.add(vectorOfLine.get(page).get(problem.line() - 1));
            } else if (problem.rule().equals(SECOND_NET)) {
                pagesCaughtSecond.add(problem.file());
            }
        }

        // The templates' own scripts, style sheets and search form are on every page: a page without vectors, at
        // the same depth, shows which they are.
        Set<String> templateOwn = new TreeSet<>(executableParts(Jsoup.parse(output.resolve("about/index.html").toFile(), "UTF-8"), ""));
        List<String> executable = new ArrayList<>();
        try (Stream<Path> files = Files.walk(output.resolve("."))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().startsWith("index.html")
                    && f.getParent().getFileName().toString().startsWith("xss-"))::iterator) {
                for (String part : executableParts(Jsoup.parse(file.toFile(), "UTF-8"), "")) {
                    if (!templateOwn.contains(part)) {
                        executable.add(output.relativize(file) + part);
                    }
                }
            }
        }
        if (Boolean.getBoolean("xss.verbose")) {
            result.report().problems().stream().filter(p -> p.rule().equals(SECOND_NET)).limit(100)
                    .forEach(p -> System.out.println(p.headline()));
        }
        System.out.printf(Locale.ROOT, "XSS corpus: %d vectors, %d snippets on %d pages; first net caught %d vectors;"
                        + " second net flagged %d pages; executable in output: %d%n", vectors.size(), snippets.size(),
                pages, caughtFirst.size(), pagesCaughtSecond.size(), executable.size());
        assertEquals(List.of(), executable.stream().limit(20).toList(), executable.size() + " executable parts");
        assertTrue(Files.isRegularFile(output.resolve("xss-0/index.html")), "the preview published the pages");
        assertTrue(templateOwn.size() < 10, "only the templates' own few: " + templateOwn);
    }

    /**
     * The second net on its own: every snippet rendered by plain flexmark, without the first net, and checked by
     * {@link RenderedBodyNet}. Whatever would run in the rendered HTML must be flagged.
     */
    @Test
    void theSecondNetAloneFlagsEverySnippetThatWouldRunWithoutTheFirst() throws Exception {
        com.vladsch.flexmark.util.data.MutableDataSet options = new com.vladsch.flexmark.util.data.MutableDataSet();
        com.vladsch.flexmark.parser.Parser parser = com.vladsch.flexmark.parser.Parser.builder(options).build();
        com.vladsch.flexmark.html.HtmlRenderer renderer = com.vladsch.flexmark.html.HtmlRenderer.builder(options).build();
        int executable = 0;
        int flagged = 0;
        List<String> missed = new ArrayList<>();
        for (String vector : vectors()) {
            for (String snippet : placements(vector)) {
                String html = renderer.render(parser.parse(snippet));
                boolean caught = RenderedBodyNet.firstRemoval(html) != null;
                boolean runs = !executableParts(Jsoup.parseBodyFragment(html), "").isEmpty();
                executable += runs ? 1 : 0;
                flagged += caught ? 1 : 0;
                if (runs && !caught) {
                    missed.add(snippet);
                }
            }
        }
        System.out.printf(Locale.ROOT, "XSS corpus without the first net: %d snippets would run; the second net flagged %d"
                + " snippets, missing %d%n", executable, flagged, missed.size());
        assertTrue(executable > 1000, "plain flexmark lets the corpus through: " + executable);
        assertEquals(List.of(), missed.stream().limit(20).toList(), missed.size() + " missed");
    }

    /** What in a built page could run script: described, one entry each. */
    static List<String> executableParts(Document page, String name) {
        List<String> found = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("script")) {
                // The templates' own: JSON-LD data and the site's script files.
                boolean data = element.attr("type").equals("application/ld+json");
                boolean ownFile = element.hasAttr("src") && !element.attr("src").contains(":")
                        && !element.attr("src").startsWith("//") && element.data().isBlank();
                if (!data && !ownFile) {
                    found.add(name + ": <script> " + element.outerHtml());
                }
                continue;
            }
            if (EMBEDDING.contains(tag) && PER_PAGE.stream().noneMatch(element::is)) {
                found.add(name + ": " + element.shallowClone().empty().outerHtml());
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")
                    && !name.equals("index.html") && element.attr("content").toLowerCase(Locale.ROOT).contains("script")) {
                found.add(name + ": meta refresh " + element.attr("content"));
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    found.add(name + ": " + key + " on <" + tag + ">");
                } else if (URL_ATTRIBUTES.contains(key) && SCRIPT_URL.matcher(value).find()
                        && !(tag.equals("img") && value.startsWith("data:image/") && !value.contains("svg"))) {
                    found.add(name + ": " + key + "=\"" + attribute.getValue() + "\" on <" + tag + ">");
                } else if (key.equals("style") && SCRIPT_STYLE.matcher(value).find()) {
                    found.add(name + ": style=\"" + attribute.getValue() + "\" on <" + tag + ">");
                }
            }
        }
        return found;
    }
}

package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import kb.testing.SameFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's site as published: weight, no outside resources, valid structured data, sharing tags, and the
 * site-wide files (sitemap, feed, robots, search index). Browser behaviour is tested in {@code kb.browser}.
 */
class PublishedSiteTest {

    /**
     * The page-weight budget, in bytes as sent (gzip, as every web server compresses text): a page's HTML arrives
     * within the first round trip of a new connection (about 14 KB), and the page with its CSS and JS stays under
     * 20 KB. Raw bytes would punish the reference findings and headings that compress well and cost a phone little.
     */
    static final long MAX_HTML_SENT = 14 * 1024;
    static final long MAX_PAGE_SENT = 20 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOST = "https://kb.stride-massage.example";

    static Path site;
    static Path secondBuild;
    static BuildResult result;

    @BeforeAll
    static void build(@TempDir Path temp) throws Exception {
        site = temp.resolve("site");
        secondBuild = temp.resolve("again");
        result = Publishing.publish(Path.of("."), site);
    }

    static List<Path> htmlFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8", "http://localhost/" + site.relativize(file).toString().replace('\\', '/'));
    }

    private static Document page(String relative) throws IOException {
        return parse(site.resolve(relative));
    }

    @Test
    void everyPageFitsThePageWeightBudgetAsSent() throws IOException {
        List<String> heavy = new ArrayList<>();
        for (Path file : htmlFiles(site)) {
            long html = gzipped(file);
            long bytes = html;
            Document page = parse(file);
            for (Element resource : page.select("link[rel=stylesheet][href], script[src]")) {
                String ref = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
                bytes += gzipped(ref.startsWith("/") ? site.resolve(ref.substring(1)) : file.getParent().resolve(ref).normalize());
            }
            if (html > MAX_HTML_SENT || bytes > MAX_PAGE_SENT) {
                heavy.add(site.relativize(file) + ": HTML " + html + " bytes, with CSS and JS " + bytes + " bytes (gzip)");
            }
        }
        assertEquals(List.of(), heavy);
    }

    private static long gzipped(Path file) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(Files.readAllBytes(file));
        }
        return out.size();
    }

    @Test
    void injuryAndTechniquePagesLinkTheirRelatedQuestionsOnTheFaqTopicPages() throws IOException {
        List<Element> knee = page("injuries/runners-knee/index.html").select("#related-questions + ul a");
        assertEquals(List.of("../../faq/injuries/#can-i-have-a-massage-when-i-am-injured",
                "../../faq/how-it-feels/#should-a-massage-hurt", "../../faq/evidence/#is-a-foam-roller-as-good-as-a-massage"),
                knee.stream().map(a -> a.attr("href")).toList(), "in the order of the front matter");
        int checked = 0;
        for (Path file : htmlFiles(site)) {
            for (Element link : parse(file).select("#related-questions + ul a")) {
                String[] target = link.attr("href").split("#", 2);
                Element question = parse(file.getParent().resolve(target[0]).resolve("index.html").normalize())
                        .getElementById(target[1]);
                assertNotNull(question, file + ": " + link);
                assertEquals(question.ownText().strip(), link.text(), "the question as its heading says it");
                checked++;
            }
        }
        assertTrue(checked > 50, "every injury and technique page names a few questions: " + checked);
    }

    @Test
    void faqOverviewListsEveryQuestionOfEveryTopicPageUnderItsAnchor() throws IOException {
        Set<String> questions = new TreeSet<>();
        for (Path file : htmlFiles(site.resolve("faq"))) {
            if (!file.getParent().equals(site.resolve("faq"))) {
                questions.addAll(parse(file).select("article h2[id]:not(#references, #toc-heading)").eachAttr("id"));
            }
        }
        Document overview = page("faq/index.html");
        assertEquals(questions, new TreeSet<>(overview.select(".faq-topic li[id]").eachAttr("id")),
                "old links to /faq/#question still land on the question's entry");
        assertEquals(questionHeadingsInFaqSources(), questions.size(), "every question of content/faq/ is published");
    }

    /** The {@code ##} question headings of the FAQ topic pages, counted in the Markdown sources. */
    private static long questionHeadingsInFaqSources() throws IOException {
        long count = 0;
        for (Path file : Files.list(Path.of("content/faq")).filter(f -> f.toString().endsWith(".md")).toList()) {
            if (!file.getFileName().toString().equals("index.md")) {
                count += Files.readAllLines(file).stream()
                        .filter(line -> line.startsWith("## ") && !line.equals("## References")).count();
            }
        }
        return count;
    }


    @Test
    void everyReferenceKeepsItsAnchorOnTheReferencesPageAndItsFullEntryOnThePageOfItsInitials() throws IOException {
        List<Element> entries = page("references/index.html").select("ul.bibliography > li[id]");
        // One line per bibliography entry, counted from the file rather than pinned, since references come and go.
        long references = Files.readAllLines(Path.of("content/bibliography.yaml")).stream()
                .filter(line -> line.startsWith("- key: ")).count();
        assertTrue(references > 0);
        assertEquals(references, entries.size());
        for (Element entry : entries) {
            String[] target = entry.selectFirst("a").attr("href").split("#", 2);
            assertEquals(entry.id(), target[1]);
            Element full = parse(site.resolve("references").resolve(target[0]).resolve("index.html").normalize())
                    .getElementById(target[1]);
            assertNotNull(full.selectFirst(".reference"), entry.id());
            assertNotNull(full.selectFirst(".cited-on"), entry.id());
        }
    }

    @Test
    void noPageLoadsAnythingFromAnotherHost() throws IOException {
        for (Path file : htmlFiles(site)) {
            for (Element resource : parse(file).select("script[src], link[href]:not([rel=canonical], [rel=alternate]), "
                    + "img[src], iframe, source, video, audio, object, embed")) {
                String ref = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
                assertFalse(ref.matches("(?i)^([a-z]+:)?//.*") || ref.isEmpty(), file + ": " + resource);
            }
        }
        String css = Files.readString(site.resolve("css/site.css"));
        assertFalse(css.contains("@import") || css.contains("@font-face") || css.matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*"),
                "the stylesheet loads nothing else");
    }

    @Test
    void noInlineScriptStyleOrEventHandlers() throws IOException {
        for (Path file : htmlFiles(site)) {
            Document html = parse(file);
            assertTrue(html.select("script:not([src]):not([type=application/ld+json])").isEmpty(), file.toString());
            assertTrue(html.select("style, [style]").isEmpty(), file.toString());
            for (Element element : html.getAllElements()) {
                element.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), file + ": " + element));
            }
        }
    }

    @Test
    void everyPageHasValidJsonLdOfItsType() throws IOException {
        JsonNode injury = jsonLd(page("injuries/runners-knee/index.html"));
        assertEquals("MedicalWebPage", injury.get("@type").asText());
        assertEquals("MedicalCondition", injury.get("about").get("@type").asText());
        assertEquals("2026-11-25", injury.get("lastReviewed").asText());
        assertTrue(injury.get("reviewedBy").has("name"));
        assertEquals(HOST + "/injuries/runners-knee/", injury.get("url").asText());

        JsonNode technique = jsonLd(page("techniques/effleurage/index.html"));
        assertEquals("MedicalTherapy", technique.get("about").get("@type").asText());

        for (String topic : List.of("timing", "how-it-feels", "evidence", "injuries")) {
            Document faqPage = page("faq/" + topic + "/index.html");
            JsonNode faq = jsonLd(faqPage);
            assertEquals("FAQPage", faq.get("@type").get(0).asText());
            assertEquals(faqPage.select("article h2[id]:not(#references, #toc-heading)").size(), faq.get("mainEntity").size());
            for (JsonNode question : faq.get("mainEntity")) {
                assertFalse(question.get("acceptedAnswer").get("text").asText().isBlank(), question.toString());
            }
        }
        for (Path file : htmlFiles(site)) {
            // The 404, search and references pages are site-wide tools, not content pages with their own data.
            if (!file.getFileName().toString().equals("404.html") && !file.startsWith(site.resolve("search"))
                    && !file.startsWith(site.resolve("references")) && !isRedirect(file)) {
                assertTrue(jsonLd(parse(file)).has("@context"), file.toString());
            }
        }
    }

    private static JsonNode jsonLd(Document html) throws IOException {
        List<Element> scripts = html.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), html.location());
        return JSON.readTree(scripts.get(0).data());
    }

    @Test
    void pagesPreviewWellWhenTheirLinkIsPasted() throws IOException {
        Document injury = page("injuries/runners-knee/index.html");
        String canonical = injury.selectFirst("link[rel=canonical]").attr("href");
        assertEquals(HOST + "/injuries/runners-knee/", canonical);
        assertEquals(canonical, meta(injury, "property", "og:url"));
        assertEquals("Runner's knee (patellofemoral pain)", meta(injury, "property", "og:title"));
        assertTrue(meta(injury, "property", "og:description").startsWith("A dull ache"));
        assertEquals(HOST + "/injuries/runners-knee/share.png", meta(injury, "property", "og:image"));
        assertEquals("Runner's knee (patellofemoral pain) · Runner's Massage KB", meta(injury, "property", "og:image:alt"));
        assertTrue(Files.isRegularFile(site.resolve("img/share.png")), "the default preview image is published");
        assertEquals("summary_large_image", meta(injury, "name", "twitter:card"));
        assertEquals(meta(injury, "property", "og:image"), meta(injury, "name", "twitter:image"));
    }

    @Test
    void everyPagesPreviewImageIsA1200By630PngOfItsOwn() throws IOException {
        Set<String> images = new HashSet<>();
        int pages = 0;
        for (Path file : htmlFiles(site)) {
            Document html = parse(file);
            Element image = html.selectFirst("meta[property=og:image]");
            if (image == null || html.selectFirst("meta[http-equiv=refresh]") != null) {
                continue; // site-wide outputs have no preview; redirect pages are compared in RedirectPagesTest
            }
            pages++;
            String address = image.attr("content");
            assertTrue(address.startsWith(HOST + "/"), address);
            assertEquals(address, meta(html, "name", "twitter:image"), file.toString());
            Path png = site.resolve(address.substring(HOST.length() + 1));
            BufferedImage picture = ImageIO.read(png.toFile());
            assertNotNull(picture, "a PNG at " + address);
            assertEquals(1200, picture.getWidth(), address);
            assertEquals(630, picture.getHeight(), address);
            assertEquals("1200", meta(html, "property", "og:image:width"));
            assertEquals("630", meta(html, "property", "og:image:height"));
            assertTrue(address.endsWith("/share.png") && !address.endsWith("/img/share.png"),
                    "the page's own card: " + address);
            images.add(address);
        }
        assertEquals(result.pagesPerType().values().stream().mapToInt(Integer::intValue).sum(), pages,
                "every page has a preview image");
        assertEquals(pages, images.size(), "one card per page");
    }

    @Test
    void servesAFaviconIco() throws IOException {
        byte[] icon = Files.readAllBytes(site.resolve("favicon.ico"));
        // ICONDIR: reserved 0, type 1 (icon), then the number of images; each image here is a PNG.
        assertEquals(0, icon[0] | icon[1]);
        assertEquals(1, icon[2]);
        assertTrue(icon[4] >= 1, "at least one image");
        assertEquals(32, icon[6 + 16] & 0xff, "a 32x32 image");
    }

    private static String meta(Document html, String attribute, String name) {
        Element meta = html.selectFirst("meta[" + attribute + "=" + name + "]");
        assertNotNull(meta, name);
        return meta.attr("content");
    }

    @Test
    void loadsThePopoverScriptOnlyOnPagesWithCitations() throws IOException {
        assertNotNull(page("injuries/runners-knee/index.html").selectFirst("script[src=../../js/citations.js][defer]"));
        assertNull(page("about/index.html").selectFirst("script[src$=citations.js]"));
        assertNotNull(page("about/index.html").selectFirst("footer a[href=../references/]"), "footer link to all references");
    }

    @Test
    void shortShareLinkIsShownWithACopyButton() throws IOException {
        Document injury = page("injuries/runners-knee/index.html");
        assertEquals(HOST + "/i/rk/", injury.selectFirst(".share .share-url").text());
        assertEquals(HOST + "/i/rk/", injury.selectFirst(".share button[data-copy]").attr("data-copy"));
        assertTrue(page("about/index.html").select(".share").isEmpty(), "no share line without a short code");
    }

    @Test
    void longPagesHaveATableOfContentsLinkingToTheirHeadings() throws IOException {
        Document injury = page("injuries/runners-knee/index.html");
        List<Element> entries = injury.select("nav.toc a");
        assertTrue(entries.size() >= 4);
        for (Element entry : entries) {
            assertNotNull(injury.getElementById(entry.attr("href").substring(1)), entry.toString());
        }
        assertTrue(page("disclaimer/index.html").select("nav.toc").isEmpty(), "three headings need no table of contents");
    }

    @Test
    void everyPageCarriesAPrintHandoutWithAddressReviewDateAndQrCode() throws IOException {
        Document injury = page("injuries/runners-knee/index.html");
        Element handout = injury.selectFirst("aside.handout.print-only");
        assertNotNull(handout);
        assertTrue(handout.text().contains(HOST + "/injuries/runners-knee/"), handout.text());
        assertTrue(handout.text().contains("Stride Sports Massage Clinic"));
        assertTrue(handout.text().contains("last reviewed 25 November 2026"));
        assertTrue(handout.text().contains("020 7946 0321"), "the clinic's phone number from jbake.properties");
        assertNotNull(handout.selectFirst("img.qr[src=qr.svg][alt]"));
        assertTrue(Files.readString(site.resolve("injuries/runners-knee/qr.svg")).contains("<path"), "the QR code file");
        String css = Files.readString(site.resolve("css/site.css"));
        assertTrue(css.contains("@media print"), "a print stylesheet");
    }

    @Test
    void sitemapFeedRobotsAndSearchIndexListThePages() throws Exception {
        Set<String> pages = new TreeSet<>();
        for (Path file : htmlFiles(site)) {
            String rel = site.relativize(file).toString().replace('\\', '/');
            if (!rel.equals("404.html") && !rel.startsWith("search/") && !isRedirect(file)) {
                pages.add("/" + rel.replace("index.html", ""));
            }
        }
        org.w3c.dom.Document sitemap = xml(site.resolve("sitemap.xml"));
        Set<String> listed = new TreeSet<>();
        for (int i = 0; i < sitemap.getElementsByTagName("loc").getLength(); i++) {
            listed.add(sitemap.getElementsByTagName("loc").item(i).getTextContent().substring(HOST.length()));
        }
        assertEquals(pages, listed);

        org.w3c.dom.Document feed = xml(site.resolve("feed.xml"));
        assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
        long reviewed = 0;
        for (Path file : htmlFiles(site)) {
            reviewed += parse(file).select("p.reviewed").isEmpty() ? 0 : 1;
        }
        assertEquals(reviewed, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength(),
                "one entry per reviewed page");
        assertTrue(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent()
                .matches("\\d{4}-\\d\\d-\\d\\dT00:00:00Z"));

        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: " + HOST + "/sitemap.xml"));

        JsonNode index = JSON.readTree(site.resolve("search.json").toFile());
        Set<String> indexed = new TreeSet<>();
        index.get("pages").forEach(entry -> indexed.add("/" + entry.get("path").asText()));
        assertEquals(pages, indexed);
        JsonNode faq = null;
        for (JsonNode entry : index.get("pages")) {
            faq = entry.get("path").asText().equals("faq/how-it-feels/") ? entry : faq;
        }
        List<String> answers = new ArrayList<>();
        faq.get("sections").forEach(section -> answers.add(section.get(0).asText()));
        assertTrue(answers.contains("should-a-massage-hurt") && !answers.contains("references"),
                "each FAQ answer is a search document of its own, the references are not: " + answers);
        assertTrue(index.get("synonyms").size() > 5, "the synonym groups of content/search-synonyms.yaml");
        assertFalse(Files.exists(site.resolve("search-synonyms.yaml")), "the synonyms file is read, not published");
    }

    /** Share links and old addresses are small redirect pages, not pages of their own. */
    private static boolean isRedirect(Path file) throws IOException {
        return parse(file).selectFirst("meta[http-equiv=refresh]") != null;
    }

    private static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void buildingTwiceGivesTheSameBytes() throws Exception {
        Path again = secondBuild;
        Publishing.publish(Path.of("."), again);
        SameFiles.assertSameFiles(site, again);
    }
}

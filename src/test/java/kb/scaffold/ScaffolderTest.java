package kb.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import kb.build.BuildOptions;
import kb.build.BuildResult;
import kb.build.SiteBuilder;
import kb.content.Placeholder;
import kb.content.ContentTypes;
import kb.report.Problem;
import kb.testing.FixtureCopy;
import kb.testing.SiteTypes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffolderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    Path site;
    Scaffolder scaffolder;
    ContentTypes types;

    @BeforeEach
    void copySite() throws IOException {
        site = FixtureCopy.of("basic", temp);
        types = SiteTypes.of(temp.resolve("_types/types.yaml"));
        scaffolder = new Scaffolder(site, site.resolve("content"), types, CLOCK);
    }

    private String read(String relative) throws IOException {
        return Files.readString(site.resolve(relative), StandardCharsets.UTF_8);
    }

    @Test
    void writesEachKindWhereItsUrlBelongs() throws Exception {
        assertEquals("content/injuries/runners-knee.md", scaffolder.create("injury", "Runner's knee").file());
        assertEquals("content/techniques/trigger-point-therapy.md",
                scaffolder.create("technique", "Trigger point therapy").file());
        assertEquals("content/booking.md", scaffolder.create("page", "Booking").file());
    }

    @Test
    void writesFullFrontMatterAndTheRequiredSectionsInOrder() throws Exception {
        scaffolder.create("injury", "Runner's knee");
        String text = read("content/injuries/runners-knee.md");
        assertTrue(text.startsWith("---\ntype: injury\ntitle: \"Runner's knee\"\n"), text);
        for (String line : List.of("last_reviewed: 2026-11-25", "next_review: 2027-11-25", "draft: true",
                "techniques: []", "faq: []", "region: \"TODO", "reviewed_by: \"TODO", "summary: \"TODO", "# short: ")) {
            assertTrue(text.contains("\n" + line), "missing \"" + line + "\" in\n" + text);
        }
        List<String> headings = text.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
        assertEquals(types.type("injury").sections(), headings);
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws Exception {
        Path existing = site.resolve("content/injuries/knee-pain.md");
        String before = Files.readString(existing);
        Scaffolder.ScaffoldException e = assertThrows(Scaffolder.ScaffoldException.class,
                () -> scaffolder.create("injury", "Knee pain"));
        assertTrue(e.getMessage().startsWith("content/injuries/knee-pain.md already exists"), e.getMessage());
        assertEquals(before, Files.readString(existing));
    }

    @Test
    void refusesUnknownKindsAndTitlesWithoutLetters() {
        Scaffolder.ScaffoldException kind = assertThrows(Scaffolder.ScaffoldException.class,
                () -> scaffolder.create("recipe", "Soup"));
        assertEquals("cannot create \"recipe\": use one of injury, technique, faq, page", kind.getMessage());
        assertThrows(Scaffolder.ScaffoldException.class, () -> scaffolder.create("injury", "?!"));
    }

    @Test
    void addsAQuestionBeforeTheFaqReferences() throws Exception {
        assertTrue(read("content/faq.md").contains("\n## References\n"), "the fixture FAQ ends with its References");
        Scaffolder.Created created = scaffolder.create("faq", "How often should I get a massage?");
        assertTrue(created.appended());
        List<String> headings = read("content/faq.md").lines().filter(l -> l.startsWith("## ")).toList();
        assertEquals(List.of("## First question", "## How often should I get a massage?", "## References"), headings);
    }

    @Test
    void refusesAQuestionWhoseAnchorExists() throws Exception {
        String before = read("content/faq.md");
        Scaffolder.ScaffoldException e = assertThrows(Scaffolder.ScaffoldException.class,
                () -> scaffolder.create("faq", "First question?"));
        assertTrue(e.getMessage().contains("already has the question \"First question\" (#first-question)"), e.getMessage());
        assertEquals(before, read("content/faq.md"));
    }

    @Test
    void addsAQuestionToTheNamedTopicPageCreatingItWhenNew() throws Exception {
        Scaffolder.Created first = scaffolder.create("faq", "Can I run after a massage?", "timing");
        assertEquals("content/faq/timing.md", first.file());
        assertFalse(first.appended(), "a new topic page");
        assertTrue(read("content/faq/timing.md").contains("type: faq\n"));
        Scaffolder.Created second = scaffolder.create("faq", "How soon after a race?", "timing");
        assertTrue(second.appended());
        List<String> headings = read("content/faq/timing.md").lines().filter(l -> l.startsWith("## ")).toList();
        assertEquals(List.of("## Can I run after a massage?", "## How soon after a race?", "## References"), headings);
    }

    @Test
    void asksWhichFaqPageWhenThereAreSeveral() throws Exception {
        scaffolder.create("faq", "Can I run after a massage?", "timing");
        Scaffolder.ScaffoldException e = assertThrows(Scaffolder.ScaffoldException.class,
                () -> scaffolder.create("faq", "Should a massage hurt?"));
        assertEquals("there are 2 FAQ pages (content/faq.md, content/faq/timing.md): say which one the question "
                + "belongs on with --page, one of: timing", e.getMessage());
    }

    @Test
    void refusesAnAnchorThatExistsOnAnotherFaqPage() throws Exception {
        Scaffolder.ScaffoldException e = assertThrows(Scaffolder.ScaffoldException.class,
                () -> scaffolder.create("faq", "First question?", "timing"));
        assertEquals("content/faq.md already has the question \"First question\" (#first-question); edit that "
                + "answer instead", e.getMessage());
        assertFalse(Files.exists(site.resolve("content/faq/timing.md")), "nothing written");
    }

    @Test
    void refusesAPageNameThatIsNotASlugOrAPageOption() {
        Scaffolder.ScaffoldException name = assertThrows(Scaffolder.ScaffoldException.class,
                () -> scaffolder.create("faq", "Why?", "Timing and races"));
        assertTrue(name.getMessage().startsWith("\"--page Timing and races\" is not the name of an FAQ page"),
                name.getMessage());
        Scaffolder.ScaffoldException kind = assertThrows(Scaffolder.ScaffoldException.class,
                () -> scaffolder.create("injury", "Knee pain", "timing"));
        assertTrue(kind.getMessage().startsWith("--page names the page of a new question"), kind.getMessage());
    }

    @Test
    void newDraftsStayOutOfProductionButShowInThePreview() throws Exception {
        scaffolder.create("injury", "Runner's knee");
        scaffolder.create("technique", "Trigger point therapy");

        BuildResult production = new SiteBuilder().build(BuildOptions.production(site, temp.resolve("prod")));
        assertEquals(List.of(), production.report().problems());
        assertFalse(Files.exists(temp.resolve("prod/injuries/runners-knee")));

        // The preview shows what is left to write: one warning per placeholder written, and no error.
        BuildResult preview = new SiteBuilder().build(BuildOptions.preview(site, temp.resolve("preview")));
        assertEquals(placeholderLines("content/injuries/runners-knee.md", "content/techniques/trigger-point-therapy.md"),
                preview.report().problems().stream().map(p -> p.severity() + " " + p.rule() + " " + p.file() + ":" + p.line())
                        .sorted().toList());
        assertTrue(Files.exists(temp.resolve("preview/injuries/runners-knee/index.html")));
    }

    @Test
    void everyPlaceholderItWritesStopsAPublishedPage() throws Exception {
        scaffolder.create("injury", "Runner's knee");
        scaffolder.create("technique", "Trigger point therapy");
        scaffolder.create("page", "Booking");
        scaffolder.create("faq", "Should a massage hurt?");  // into the published content/faq.md
        scaffolder.create("faq", "Can I run after a massage?", "timing");
        List<String> files = List.of("content/injuries/runners-knee.md", "content/techniques/trigger-point-therapy.md",
                "content/booking.md", "content/faq/timing.md", "content/faq.md");
        for (String file : files) {
            Path path = site.resolve(file);
            Files.writeString(path, Files.readString(path).replaceAll("(?m)^draft: true.*\\n", ""));
        }

        BuildResult result = new SiteBuilder().build(BuildOptions.production(site, temp.resolve("out")));
        List<String> expected = placeholderLines(files.toArray(String[]::new)).stream()
                .map(line -> line.replace("WARNING", "ERROR")).toList();
        assertEquals(expected, result.report().problems().stream().filter(p -> !p.rule().equals("page/unlinked"))
                .map(p -> p.severity() + " " + p.rule() + " " + p.file() + ":" + p.line()).sorted().toList());
        assertFalse(result.published());
    }

    /** Where the scaffolder wrote its marker, as "WARNING page/placeholder file:line", sorted. */
    private List<String> placeholderLines(String... files) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        for (String file : files) {
            List<String> text = read(file).lines().toList();
            for (int i = 0; i < text.size(); i++) {
                if (text.get(i).contains(Placeholder.MARKER)) {
                    lines.add("WARNING page/placeholder " + file + ":" + (i + 1));
                }
            }
        }
        assertFalse(lines.isEmpty());
        return lines.stream().sorted().toList();
    }

    @Test
    void filledInScaffoldsBuildCleanAndPublish() throws Exception {
        scaffolder.create("injury", "Runner's knee");
        scaffolder.create("technique", "Trigger point therapy");
        scaffolder.create("page", "Booking");
        scaffolder.create("faq", "Should a massage hurt?");
        scaffolder.create("faq", "Can I run after a massage?", "timing");
        for (String file : List.of("content/injuries/runners-knee.md", "content/techniques/trigger-point-therapy.md",
                "content/booking.md", "content/faq.md", "content/faq/timing.md")) {
            fillIn(site.resolve(file));
        }

        BuildResult result = new SiteBuilder().build(BuildOptions.production(site, temp.resolve("out")));
        // A brand-new page that nothing links to yet is a warning, not a problem of the scaffold.
        assertEquals("", result.report().problems().stream().filter(p -> !p.rule().equals("page/unlinked"))
                .map(Problem::toString).collect(Collectors.joining("\n")));
        assertTrue(result.published());
        Document injury = Jsoup.parse(temp.resolve("out/injuries/runners-knee/index.html").toFile(), "UTF-8");
        assertEquals("Runner's knee", injury.selectFirst("h1").text());
        assertEquals(types.type("injury").sections(), injury.select("article h2[id]").stream()
                .map(Element::ownText).filter(types.type("injury").sections()::contains).toList());
        assertEquals("../../techniques/trigger-point-therapy/", injury.selectFirst(".cross-links a").attr("href"));
        assertTrue(Files.exists(temp.resolve("out/booking/index.html")));
        Document faq = Jsoup.parse(temp.resolve("out/faq/index.html").toFile(), "UTF-8");
        assertTrue(faq.getElementById("should-a-massage-hurt") != null, "the new question has its anchor");
        Document topic = Jsoup.parse(temp.resolve("out/faq/timing/index.html").toFile(), "UTF-8");
        assertTrue(topic.getElementById("can-i-run-after-a-massage") != null, "the new topic page has its question");
    }

    /** What a writer does: replace every TODO, link a technique, and remove the draft line. */
    private static void fillIn(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8)
                .replaceAll("(?m)^draft: true.*\\n", "")
                .replaceAll("region: \"TODO:[^\"]*\"", "region: knee")
                .replace("techniques: []", "techniques: [trigger-point-therapy]")
                .replaceAll("\"TODO:[^\"]*\"", "\"Filled in by the writer.\"")
                .replaceAll("(?m)^(> )?TODO:.*$", "$1Plain words written by the writer.");
        assertFalse(text.contains("TODO"), text);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

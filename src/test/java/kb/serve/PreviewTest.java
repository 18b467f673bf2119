package kb.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.io.UncheckedIOException;
import kb.build.BuildResult;
import kb.validate.Check;
import kb.validate.Validator;
import kb.testing.FixtureCopy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the live preview on a free port over a temporary copy of the {@code basic} fixture site. */
class PreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;
    Path site;
    Preview preview;
    final List<BuildResult> builds = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        site = FixtureCopy.of("basic", temp);
        preview = Preview.start(site, temp.resolve("preview"), 0, new Preview.Listener() {
            @Override
            public void built(BuildResult result, long millis, Set<Path> changed) {
                builds.add(result);
            }

            @Override
            public void failed(Throwable error, Set<Path> changed) {
                fail("rebuild failed: " + error);
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        preview.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(preview.address()).resolve(path)).timeout(WAIT).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Fetches {@code path} until {@code done} holds for the response, or fails after {@link #WAIT}. */
    private HttpResponse<String> getUntil(String path, Predicate<HttpResponse<String>> done) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> response = get(path);
        while (!done.test(response)) {
            if (System.nanoTime() > deadline) {
                fail("gave up waiting for " + path + "; last response " + response.statusCode() + ":\n" + response.body());
            }
            Thread.sleep(20);
            response = get(path);
        }
        return response;
    }

    private void edit(String relative, String from, String to) throws IOException {
        Path file = site.resolve(relative);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), relative + " has no \"" + from + "\"");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void servesTheBuiltSiteWithTheReloadScriptAddedOnlyInTheResponse() throws Exception {
        HttpResponse<String> page = get("/injuries/knee-pain/");
        assertEquals(200, page.statusCode());
        Document html = Jsoup.parse(page.body());
        assertEquals("Pain around the kneecap.", html.selectFirst("p.lead").text());
        assertNotNull(html.selectFirst("head script[src=/_kb/reload.js][defer]"), "the reload script, added by the preview");
        assertTrue(html.select("script:not([src]):not([type=application/ld+json])").isEmpty(), "no inline script");
        assertTrue(html.select(".kb-preview-problems").isEmpty(), "a clean build shows no problem panel");
        assertTrue(get("/_kb/reload.js").body().contains("EventSource('/_kb/events')"));
        try (Stream<Path> files = Files.walk(temp.resolve("preview"))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("/_kb/"),
                        "the built files themselves never reference the preview: " + file);
            }
        }
    }

    @Test
    void redirectsFolderAddressesToTheirSlashFormAndAnswersMissingPagesWith404() throws Exception {
        HttpResponse<String> folder = http.send(HttpRequest.newBuilder(URI.create(preview.address() + "injuries"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(301, folder.statusCode());
        assertEquals("/injuries/", folder.headers().firstValue("Location").orElse(""));
        assertEquals(404, get("/no-such-page/").statusCode());
        assertEquals(404, get("/../jbake.properties").statusCode());
    }

    @Test
    void servesTheChangedPageAfterAnEdit() throws Exception {
        edit("content/injuries/knee-pain.md", "summary: Pain around the kneecap.", "summary: An edited summary.");
        HttpResponse<String> page = getUntil("/injuries/knee-pain/", r -> r.body().contains("An edited summary."));
        assertEquals("An edited summary.", Jsoup.parse(page.body()).selectFirst("p.lead").text());
    }

    @Test
    void showsDraftPages() throws Exception {
        Files.writeString(site.resolve("content/booking.md"),
                "---\ntype: page\ntitle: Booking\ndraft: true\n---\n\nNot ready yet.\n", StandardCharsets.UTF_8);
        HttpResponse<String> page = getUntil("/booking/", r -> r.statusCode() == 200);
        assertTrue(page.body().contains("Not ready yet."));
    }

    @Test
    void listsWhatADraftLeavesToWriteAsWarnings() throws Exception {
        Files.writeString(site.resolve("content/booking.md"),
                "---\ntype: page\ntitle: Booking\ndraft: true\n---\n\nTODO: opening hours.\n", StandardCharsets.UTF_8);
        HttpResponse<String> page = getUntil("/booking/", r -> r.body().contains("kb-preview-problems"));
        Document html = Jsoup.parse(page.body());
        assertFalse(html.selectFirst("#kb-preview-problems-title").text().contains("would fail"),
                "a draft's placeholder does not fail the production build, which leaves drafts out");
        assertTrue(html.select(".kb-preview-problems li.kb-warning").text()
                .contains("content/booking.md, line 7, column 1: placeholder \"TODO: opening hours.\""), page.body());

        edit("content/booking.md", "draft: true\n", "");
        page = getUntil("/booking/", r -> r.body().contains("production build would fail"));
        assertTrue(Jsoup.parse(page.body()).selectFirst(".kb-preview-problems li.kb-error").text()
                .contains("placeholder \"TODO: opening hours.\" is still in the page"), page.body());
    }

    @Test
    void sendsAReloadEventToConnectedPagesAfterARebuild() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Void>> stream = events(lines);
        try {
            awaitLine(lines, "event: hello");
            String firstVersion = awaitLine(lines, "data: ");
            edit("content/about.md", "title: ", "title: Edited ");
            awaitLine(lines, "event: reload");
            assertTrue(get("/about/").body().contains("Edited "), "the rebuild is served by the time pages reload");

            BlockingQueue<String> later = new LinkedBlockingQueue<>();
            CompletableFuture<HttpResponse<Void>> reconnected = events(later);
            awaitLine(later, "event: hello");
            assertFalse(awaitLine(later, "data: ").equals(firstVersion),
                    "a page reconnecting after a rebuild learns that it is out of date");
            reconnected.cancel(true);
        } finally {
            stream.cancel(true);
        }
    }

    private CompletableFuture<HttpResponse<Void>> events(BlockingQueue<String> lines) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(preview.address() + "_kb/events")).build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(lines)));
    }

    @Test
    void showsProblemsOnTheAffectedPageAndKeepsServingTheSite() throws Exception {
        edit("content/injuries/knee-pain.md", "Try [stroking](../techniques/stroking.md).",
                "Try [cupping](../techniques/cupping.md).");
        HttpResponse<String> page = getUntil("/injuries/knee-pain/", r -> r.body().contains("kb-preview-problems"));
        assertEquals(200, page.statusCode(), "the preview publishes even when the build has errors");
        String panel = Jsoup.parse(page.body()).selectFirst(".kb-preview-problems").text();
        assertTrue(panel.contains("1 problem on this page"), panel);
        assertTrue(panel.contains("content/injuries/knee-pain.md, line 35, column 28"), panel);
        assertTrue(panel.contains("[link/missing-page]"), panel);

        Document about = Jsoup.parse(get("/about/").body());
        String other = about.selectFirst(".kb-preview-problems").text();
        assertTrue(other.startsWith("No problems on this page; the production build would fail with 1 error"), other);
        assertTrue(other.contains("Errors on another page: content/injuries/knee-pain.md"), other);
        assertFalse(other.contains("line 35"), "another page's problems are on that page, not here: " + other);
        assertEquals("/injuries/knee-pain/", about.selectFirst(".kb-preview-problems a").attr("href"));
        assertTrue(about.select(".kb-preview-site").isEmpty(), "no site-wide problem: " + about.body());

        edit("content/injuries/knee-pain.md", "Try [cupping](../techniques/cupping.md).",
                "Try [stroking](../techniques/stroking.md).");
        getUntil("/about/", r -> !r.body().contains("kb-preview-problems"));
    }

    @Test
    void showsEveryProblemOnThePageOfAFileThatCannotBeBuilt() throws Exception {
        edit("content/injuries/knee-pain.md", "region: knee", "regin: knee");
        HttpResponse<String> page = getUntil("/injuries/knee-pain/",
                r -> r.statusCode() == 404 && r.body().contains("kb-preview-problems"));
        String panel = Jsoup.parse(page.body()).selectFirst(".kb-preview-problems").text();
        assertTrue(panel.contains("content/injuries/knee-pain.md, line 5, column 1: unknown front matter key \"regin\""), panel);
        assertTrue(panel.contains("did you mean \"region\"?"), panel);
    }

    @Test
    void showsSiteWideProblemsInOneBannerAboveThePagesOwnBox() throws Exception {
        edit("content/injuries/knee-pain.md", "Try [stroking](../techniques/stroking.md).",
                "Try [cupping](../techniques/cupping.md).");
        Files.writeString(site.resolve("content/bibliography.yaml"), "references:\n- key: [unclosed\n");
        Document page = Jsoup.parse(getUntil("/injuries/knee-pain/", r -> r.body().contains("kb-preview-site")).body());
        assertEquals(2, page.select("aside.kb-preview-problems").size(), "the site banner and the page's box");
        String banner = page.selectFirst(".kb-preview-site").text();
        assertTrue(banner.startsWith("1 problem with the whole site; the production build would fail with 2 errors"),
                banner);
        assertTrue(banner.contains("content/bibliography.yaml, line 3") && banner.contains("[bibliography/syntax]"),
                banner);
        String box = page.select("aside.kb-preview-problems:not(.kb-preview-site)").text();
        assertTrue(box.startsWith("1 problem on this page") && box.contains("[link/missing-page]"), box);
        assertFalse(box.contains("bibliography"), "site-wide problems are in the banner only: " + box);

        Document about = Jsoup.parse(get("/about/").body());
        assertEquals(banner, about.selectFirst(".kb-preview-site").text(), "the same banner on every page");
        assertFalse(about.select("aside.kb-preview-problems:not(.kb-preview-site)").text().contains("[link/"),
                "another page's problem is not listed here");
    }

    /** The last build's problems as {@code file [rule]}. */
    private List<String> lastProblems() {
        return builds.get(builds.size() - 1).report().problems().stream()
                .map(p -> p.file() + " [" + p.rule() + "]").toList();
    }

    private void awaitBuild(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (builds.size() < count) {
            if (System.nanoTime() > deadline) {
                fail("no rebuild within " + WAIT);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aPageThatIsASymbolicLinkOutOfTheSiteFailsThePreviewAsItFailsTheBuild() throws Exception {
        // A Markdown file only changes one page, so the rebuild is incremental: it must still check the source tree.
        Path outside = Files.writeString(temp.resolve("outside.md"), "---\ntype: page\ntitle: Leak\n---\n\nSecret.\n");
        int before = builds.size();
        Files.createSymbolicLink(site.resolve("content/leak.md"), outside);
        awaitBuild(before + 1);
        assertEquals(List.of("content/leak.md [file/outside-link]"), lastProblems());
        String banner = Jsoup.parse(getUntil("/about/", r -> r.body().contains("kb-preview-site")).body())
                .selectFirst(".kb-preview-site").text();
        assertTrue(banner.contains("content/leak.md: symbolic link to " + outside.toRealPath()), banner);

        Files.delete(site.resolve("content/leak.md"));
        getUntil("/about/", r -> !r.body().contains("kb-preview-problems"));
        assertEquals(List.of(), lastProblems(), "the problem goes with the link, and the assets are copied again");
        assertEquals(200, get("/css/site.css").statusCode());
    }

    @Test
    void keepsWatchingAfterARebuildThrowsAnythingAndServesThePageOnceItIsFixed() throws Exception {
        preview.close();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        // A check that fails the way a library overflowing its stack would, while the page says so.
        Check exploding = (built, report) -> {
            try {
                if (Files.readString(built.sourceFolder().resolve("content/about.md")).contains("EXPLODE")) {
                    throw new StackOverflowError();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        preview = Preview.start(site, temp.resolve("preview2"), 0, new Preview.Listener() {
            @Override
            public void built(BuildResult result, long millis, Set<Path> changed) {
                builds.add(result);
            }

            @Override
            public void failed(Throwable error, Set<Path> changed) {
                failures.add(error);
            }
        }, () -> new Validator(List.of(exploding)));

        edit("content/about.md", "title: ", "title: EXPLODE ");
        HttpResponse<String> page = getUntil("/about/", r -> r.body().contains("kb-preview-problems"));
        String panel = Jsoup.parse(page.body()).selectFirst(".kb-preview-problems").text();
        assertTrue(panel.contains("content/about.md: the preview could not be rebuilt after this file was saved"), panel);
        assertTrue(panel.contains("[preview/rebuild-failed]"), panel);
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0) instanceof StackOverflowError);

        edit("content/about.md", "title: EXPLODE ", "title: Fixed ");
        HttpResponse<String> fixed = getUntil("/about/", r -> r.body().contains("Fixed "));
        assertTrue(Jsoup.parse(fixed.body()).select(".kb-preview-problems").isEmpty(), fixed.body());
        assertEquals(1, failures.size(), "the fixed page builds: " + failures);
    }

    /** Waits for the next line starting with {@code start} on the event stream, skipping others; returns it. */
    private static String awaitLine(BlockingQueue<String> lines, String start) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(start)) {
                return line;
            }
        }
        return fail("no \"" + start + "\" on the event stream within " + WAIT);
    }

    /** Hands each line of the event stream to a queue. */
    private static final class LineCollector implements java.util.concurrent.Flow.Subscriber<String> {
        private final BlockingQueue<String> lines;

        LineCollector(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lines.add(line);
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }
}

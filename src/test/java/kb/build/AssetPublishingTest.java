package kb.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.assets.PublishedTypes;
import kb.report.Problem;
import kb.testing.FixtureCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build publishes from {@code assets/} and {@code content/} besides the pages: exactly the allowed files,
 * copied byte for byte, and nothing hidden, left over or refused; bad input that git cannot hold (symbolic links,
 * backslashes in names, a {@code .git} folder) is made here in a copy of a fixture.
 */
class AssetPublishingTest {

    @TempDir
    Path temp;

    @Test
    void cleanSvgIsPublishedBesideTheOtherAllowedFilesAndNothingElse() throws Exception {
        Path site = FixtureSitesTest.SITES.resolve("svg-clean");
        Path output = temp.resolve("site");
        BuildResult result = new SiteBuilder().build(BuildOptions.production(site, output));
        assertEquals(List.of(), result.report().problems());
        assertEquals(Set.of("img/diagram.svg", "img/dot.png", "img/pain-scale.svg"), copiedFiles(output));
        assertArrayEquals(Files.readAllBytes(site.resolve("assets/img/diagram.svg")),
                Files.readAllBytes(output.resolve("img/diagram.svg")));
    }

    @Test
    void leftoversHiddenFilesAndHiddenFoldersAreReportedButNotPublished() throws Exception {
        for (String fixture : List.of("asset-editor-leftovers", "asset-hidden-file", "asset-hidden-folder")) {
            Path output = temp.resolve(fixture);
            BuildResult result = new SiteBuilder().build(BuildOptions.production(FixtureSitesTest.SITES.resolve(fixture),
                    output));
            assertTrue(result.published(), fixture + ": warnings only");
            assertFalse(result.report().problems().isEmpty(), fixture);
            assertEquals(fixture.equals("asset-hidden-folder") ? Set.of() : Set.of("css/site.css"),
                    copiedFiles(output), fixture);
        }
    }

    @Test
    void verifyAnswersBesideTheBibliographyAreNeitherPublishedNorReported() throws Exception {
        Path output = temp.resolve("citations");
        BuildResult result = new SiteBuilder().build(BuildOptions.production(FixtureSitesTest.SITES.resolve("citations"),
                output));
        assertTrue(result.published());
        assertFalse(Files.exists(output.resolve("bibliography-checks.json")));
        assertTrue(result.report().problems().stream().noneMatch(p -> p.file().endsWith("bibliography-checks.json")),
                result.report().problems().toString());
    }

    @Test
    void realSitePublishesOnlyRenderedOutputsAndAllowedFiles() throws Exception {
        Path output = temp.resolve("site");
        assertTrue(new SiteBuilder().build(BuildOptions.production(Path.of("."), output)).published());
        Set<String> sources = new TreeSet<>();
        for (Path folder : List.of(Path.of("assets"), Path.of("content"))) {
            for (String file : files(folder)) {
                if (folder.endsWith("content") && file.equals("types.yaml")) {
                    assertFalse(Files.exists(output.resolve(file)), "the types file (kb.types) is read, not published");
                    continue;
                }
                if (!file.endsWith(".md") && !file.equals("bibliography.yaml") && !file.equals("search-synonyms.yaml")
                        && !file.equals("bibliography-checks.json")) {
                    sources.add(file);
                    assertTrue(PublishedTypes.isPublished(extension(file), folder.endsWith("assets")),
                            "the real site holds " + folder.resolve(file) + ", which is not published");
                    assertArrayEquals(Files.readAllBytes(folder.resolve(file)), Files.readAllBytes(output.resolve(file)),
                            file);
                }
            }
        }
        // Everything else in the output is written by the build: pages (index.html and the QR code and share card
        // beside it), redirect pages and the site-wide outputs of kb.outputs.
        Pattern rendered = Pattern.compile("(.*/)?(index\\.html|qr\\.svg)|404\\.html|search\\.json|search/(words|text)/[^/]+\\.json|sitemap\\.xml|feed\\.xml|robots\\.txt");
        List<String> unexpected = new ArrayList<>();
        for (String file : files(output)) {
            if (!sources.contains(file) && !rendered.matcher(file).matches() && !isShareCard(output, file)) {
                unexpected.add(file);
            }
        }
        assertEquals(List.of(), unexpected);
        assertEquals(sources, copiedFiles(output));
    }

    @Test
    void symbolicLinkLeadingOutIsReportedOnceAndEverythingElseIsStillPublished() throws Exception {
        Path site = siteWithOwnAssets();
        Path secret = Files.writeString(temp.resolve("secret.css"), "not for the web");
        Files.createSymbolicLink(site.resolve("assets/css/notes.css"), secret);
        Files.createSymbolicLink(site.resolve("content/inside.png"), site.resolve("assets/img/share.png"));
        Path output = temp.resolve("site");

        BuildResult result = new SiteBuilder().build(BuildOptions.preview(site, output).withClock(FixtureSitesTest.TODAY));
        assertEquals("assets/css/notes.css: symbolic link to " + secret.toRealPath()
                        + " leads outside the site folder [file/outside-link]",
                headlines(result), "one message, and no missing stylesheet or script after it");
        assertFalse(Files.exists(output.resolve("css/notes.css")));
        assertTrue(Files.isRegularFile(output.resolve("css/site.css")));
        assertTrue(Files.isRegularFile(output.resolve("inside.png")), "a link inside the site is published as its file");
    }

    @Test
    void backslashAccentAndGitFolderAreLeftOutWithOneMessageEach() throws Exception {
        Path site = siteWithOwnAssets();
        Files.copy(Path.of("assets/css/site.css"), site.resolve("assets/..\\evil.css"));
        Files.writeString(site.resolve("content/..\\evil.txt"), "x");
        Files.copy(Path.of("assets/img/share.png"), site.resolve("content/grüße.png"));
        Path git = Files.createDirectories(site.resolve("content/.git/objects"));
        Files.writeString(git.resolve("ab"), "x");
        Files.writeString(site.resolve("content/.git/HEAD"), "ref: refs/heads/main\n");
        Path output = temp.resolve("site");

        BuildResult result = new SiteBuilder().build(BuildOptions.preview(site, output).withClock(FixtureSitesTest.TODAY));
        assertEquals(String.join("\n",
                "assets/..\\evil.css: file name \"..\\evil.css\" cannot be part of a web address, so the file was not"
                        + " published [asset/file-name]",
                "content/..\\evil.txt: file name \"..\\evil.txt\" cannot be part of a web address, so the file was not"
                        + " published [asset/file-name]",
                "content/.git: warning: hidden folder .git/ (kept by an editor, version control or the operating"
                        + " system) is not published [asset/leftover]",
                "content/grüße.png: file name \"grüße.png\" cannot be part of a web address, so the file was not"
                        + " published [asset/file-name]"), headlines(result));
        Problem backslash = result.report().problems().stream().filter(p -> p.file().equals("assets/..\\evil.css"))
                .findFirst().orElseThrow();
        assertEquals("rename it to evil.css: lower-case letters a-z, digits and hyphens, as for page names, and a dot"
                + " before the file type", backslash.hint());
        assertEquals(Set.of("apple-touch-icon.png", "favicon.ico", "favicon.svg", "css/site.css", "img/share.png", "js/citations.js", "js/minisearch.min.js", "js/search.js",
                "js/site.js"), copiedFiles(output));
    }

    @Test
    void svgThatIsNotUtf8IsRefusedBecauseItCannotBeChecked() throws Exception {
        Path site = FixtureCopy.of("svg-clean", temp.resolve("src"));
        Files.write(site.resolve("assets/img/diagram.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_16));
        BuildResult result = new SiteBuilder().build(BuildOptions.preview(site, temp.resolve("site")).withClock(FixtureSitesTest.TODAY));
        assertEquals("assets/img/diagram.svg: SVG image is not saved as UTF-8, so it cannot be checked and was not"
                + " published [asset/unsafe-svg]", headlines(result));
        assertFalse(Files.exists(temp.resolve("site/img/diagram.svg")));
    }

    @Test
    void aPageUsingARefusedFileGetsNoSecondMessage() throws Exception {
        Path site = FixtureCopy.of("svg-script", temp.resolve("src"));
        Files.writeString(site.resolve("content/index.md"), Files.readString(site.resolve("content/index.md"))
                + "\n![The logo](img/logo.svg)\n");
        BuildResult result = new SiteBuilder().build(BuildOptions.production(site, temp.resolve("site")));
        assertEquals("assets/img/logo.svg:4:3: SVG image has a <script> element [asset/unsafe-svg]", headlines(result));
    }

    /** A copy of the basic fixture with its own copy of the repository's assets. */
    private Path siteWithOwnAssets() throws IOException {
        Path site = FixtureCopy.of("basic", temp.resolve("src"));
        Path properties = site.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties).replaceAll("(?m)^asset\\.folder=.*$", "asset.folder=assets"));
        FixtureCopy.copyTree(Path.of("assets"), site.resolve("assets"));
        return site;
    }

    private static String headlines(BuildResult result) {
        return String.join("\n", result.report().problems().stream().map(Problem::headline).sorted().toList());
    }

    /** The output files that are not written by the build itself: what was copied from assets/ and content/. */
    private static Set<String> copiedFiles(Path output) throws IOException {
        Pattern rendered = Pattern.compile("(.*/)?(index\\.html|qr\\.svg)|404\\.html|search\\.json|search/(words|text)/[^/]+\\.json|sitemap\\.xml|feed\\.xml|robots\\.txt");
        Set<String> copied = new TreeSet<>();
        for (String file : files(output)) {
            if (!rendered.matcher(file).matches() && !isShareCard(output, file)) {
                copied.add(file);
            }
        }
        return copied;
    }

    /** A page's share card: {@code share.png} beside a page's {@code index.html} (img/share.png is an asset). */
    private static boolean isShareCard(Path output, String file) {
        return (file.equals("share.png") || file.endsWith("/share.png"))
                && Files.isRegularFile(output.resolve(file).resolveSibling("index.html"));
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1);
    }
}

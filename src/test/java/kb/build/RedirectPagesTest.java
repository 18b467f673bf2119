package kb.build;

import kb.testing.FixtureCopy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old addresses (redirects.yaml, aliases:) and share codes (short:) become small redirect pages without script. */
class RedirectPagesTest {

    @TempDir
    Path temp;

    @Test
    void writesARedirectPageForEachOldAddressAndShortCode() throws Exception {
        Path site = FixtureCopy.of("basic", temp.resolve("src"));
        Files.writeString(site.resolve("redirects.yaml"), "/old-about/: /about/\n");
        Path knee = site.resolve("content/injuries/knee-pain.md");
        Files.writeString(knee, Files.readString(knee).replace("region: knee\n",
                "region: knee\nshort: kp\naliases: [/injuries/kneecap-pain/]\n"));

        Path out = temp.resolve("out");
        BuildResult result = new SiteBuilder().build(BuildOptions.production(site, out));
        assertTrue(result.published(), () -> result.report().problems().toString());

        Document moved = Jsoup.parse(out.resolve("old-about/index.html").toFile(), "UTF-8");
        assertEquals("0; url=../about/", moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://fixture.example/about/", moved.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("../about/", moved.selectFirst("body a").attr("href"));
        assertTrue(moved.select("script").isEmpty(), "no script: the site's Content-Security-Policy forbids it");

        Document share = Jsoup.parse(out.resolve("i/kp/index.html").toFile(), "UTF-8");
        assertEquals("0; url=../../injuries/knee-pain/", share.selectFirst("meta[http-equiv=refresh]").attr("content"));
        Document page = Jsoup.parse(out.resolve("injuries/knee-pain/index.html").toFile(), "UTF-8");
        for (String tag : List.of("og:type", "og:title", "og:description", "og:url", "og:image", "og:image:width",
                "og:image:height", "og:image:alt", "twitter:card", "twitter:title", "twitter:description", "twitter:image")) {
            String selector = "meta[" + (tag.startsWith("og:") ? "property" : "name") + "=" + tag + "]";
            assertEquals(page.selectFirst(selector).attr("content"), share.selectFirst(selector).attr("content"),
                    "a short link previews like its page: " + tag);
        }
        assertEquals("https://fixture.example/injuries/knee-pain/", share.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("https://fixture.example/injuries/knee-pain/share.png",
                share.selectFirst("meta[property=og:image]").attr("content"), "the page's own share card");
        assertTrue(Files.isRegularFile(out.resolve("injuries/knee-pain/share.png")));
        Document alias = Jsoup.parse(out.resolve("injuries/kneecap-pain/index.html").toFile(), "UTF-8");
        assertEquals("../../injuries/knee-pain/", alias.selectFirst("body a").attr("href"));
    }
}

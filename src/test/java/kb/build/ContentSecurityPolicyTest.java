package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the real site carries the strict policy, and nothing on it needs an exception to that policy. */
class ContentSecurityPolicyTest {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'";

    @Test
    void everyBuiltPageHasTheStrictPolicyAndNoInlineScriptOrStyle(@TempDir Path temp) throws Exception {
        Path site = temp.resolve("site");
        assertTrue(new SiteBuilder().build(BuildOptions.production(Path.of("."), site)).published());
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertFalse(pages.isEmpty());
        for (Path file : pages) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            Element meta = page.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            assertNotNull(meta, file + " has no policy");
            assertEquals(POLICY, meta.attr("content"), file.toString());
            for (Element script : page.select("script")) {
                assertTrue(script.hasAttr("src") || script.attr("type").equals("application/ld+json"),
                        file + ": inline script " + script);
            }
            assertTrue(page.select("style, [style]").isEmpty(), file + ": inline style");
            for (Element element : page.getAllElements()) {
                element.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), file + ": " + a));
            }
        }
    }
}

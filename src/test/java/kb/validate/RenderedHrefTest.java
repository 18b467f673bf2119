package kb.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain-path resolver answers what java.net.URI answers, for every shape of relative link a page can hold. */
class RenderedHrefTest {

    private static final List<String> FROM = List.of("/", "/faq/", "/injuries/runners-knee/", "/a/b/c/", "/index.html",
            "/techniques/deep-tissue/index.html", "/a/b/page.html");
    private static final List<String> PATHS = List.of("x", "x/", "./", ".", "..", "../", "../..", "../../", "../../..",
            "../../../x/", "./x/./y", "a//b", "a//", "a/./b/../c/", "a/b/..", "a/b/../", "a/b/.", "../a/../..",
            "..x/", "x../", "...", ".../", "/abs/./x/../y", "/", "//", "~user/_x-1.html", "a/../../b/../c");

    @Test
    void resolvesLikeJavaNetUriForListedLinks() {
        for (String from : FROM) {
            for (String path : PATHS) {
                if (path.startsWith("//")) {
                    continue; // external (a host), never resolved as a path
                }
                assertEquals(RenderedHref.resolveUri(from, path), RenderedHref.resolvePlain(from, path),
                        "\"" + path + "\" from " + from);
            }
        }
    }

    @Test
    void resolvesLikeJavaNetUriForRandomDotAndSlashPaths() {
        Random random = new Random(42);
        String[] parts = {"a", "b", ".", "..", "", "x.y"};
        for (int n = 0; n < 20_000; n++) {
            List<String> segments = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                segments.add(parts[random.nextInt(parts.length)]);
            }
            String path = String.join("/", segments);
            if (path.startsWith("//") || path.isEmpty()) {
                continue;
            }
            String from = FROM.get(random.nextInt(FROM.size()));
            assertEquals(RenderedHref.resolveUri(from, path), RenderedHref.resolvePlain(from, path),
                    "\"" + path + "\" from " + from);
        }
    }

    @Test
    void keepsJavaNetUriForOtherCharacters() {
        RenderedHref href = RenderedHref.resolve("/faq/", "caf%C3%A9 menu/");
        assertEquals(RenderedHref.resolveUri("/faq/", "caf%C3%A9 menu/"), href.path());
    }
}

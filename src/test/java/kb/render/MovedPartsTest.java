package kb.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kb.site.Redirect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old part addresses of the reference list lead to the part that now holds their first letter. */
class MovedPartsTest {

    @TempDir
    Path site;

    private static final List<Map<String, Object>> PARTS = List.of(part("a-c"), part("d-k"), part("m-r"), part("s-w"));

    @Test
    void sendsEachListedOldPartToThePartHoldingItsFirstLetter() throws Exception {
        Files.writeString(site.resolve("permalinks.txt"), String.join("\n", "/", "/references/", "/references/a-c/",
                "/references/a-d/", "/references/e-n/", "/references/l/", "/references/p-w/", "/references/y-z/",
                "/references/about/", "/injuries/a-d/") + "\n");
        List<Redirect> redirects = MovedParts.redirects(site, PARTS);
        assertEquals(List.of(
                new Redirect("/references/a-d/", "/references/a-c/", "permalinks.txt", 4, 1),
                new Redirect("/references/e-n/", "/references/d-k/", "permalinks.txt", 5, 1),
                new Redirect("/references/l/", "/references/m-r/", "permalinks.txt", 6, 1),
                new Redirect("/references/p-w/", "/references/m-r/", "permalinks.txt", 7, 1),
                new Redirect("/references/y-z/", "/references/s-w/", "permalinks.txt", 8, 1)), redirects,
                "a current part, other addresses and other folders are left alone; a letter no first author has now"
                        + " goes to the next part, one past the last part to the last");
    }

    @Test
    void writesNothingWithoutPartsOrWithoutAList() throws Exception {
        assertEquals(List.of(), MovedParts.redirects(site, PARTS));
        Files.writeString(site.resolve("permalinks.txt"), "/references/a-d/\n");
        assertEquals(List.of(), MovedParts.redirects(site, List.of()));
    }

    private static Map<String, Object> part(String slug) {
        return Map.of("slug", slug, "path", "references/" + slug + "/");
    }
}

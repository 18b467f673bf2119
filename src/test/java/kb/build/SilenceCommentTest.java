package kb.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A silence comment is for editors: it never reaches the built page, and the line below it stays Markdown. */
class SilenceCommentTest {

    @Test
    void commentIsNotPublishedAndTheLineBelowItIsAParagraph(@TempDir Path temp) throws Exception {
        BuildResult result = new SiteBuilder().build(BuildOptions.production(FixtureSitesTest.SITES
                .resolve("silence-comment"), temp.resolve("site")).withClock(FixtureSitesTest.TODAY));
        assertTrue(result.published(), result.report().problems()::toString);
        String page = Files.readString(temp.resolve("site/index.html"), StandardCharsets.UTF_8);
        assertFalse(page.contains("kb:ignore"), page);
        assertFalse(page.contains("clinic's own price list"), page);
        assertTrue(page.contains("<p>A session lasts 60 minutes.</p>"), page);
        assertTrue(page.contains("<p>A short warm-up takes 10 minutes. </p>"), page);
    }
}

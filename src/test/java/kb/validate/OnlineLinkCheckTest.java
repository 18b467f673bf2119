package kb.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kb.build.BuildOptions;
import kb.build.BuildResult;
import kb.testing.FixtureCopy;
import kb.build.SiteBuilder;
import kb.report.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --online, external links are requested for real (here from a local server) and good answers are cached. */
class OnlineLinkCheckTest {

    @TempDir
    Path temp;
    HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/study") ? 200 : 404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void reportsLinksTheServerSaysAreGoneAndCachesTheGoodOnes() throws Exception {
        Path site = FixtureCopy.of("unlinked-page", temp.resolve("src"));
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String line = "See [the linked page](linked.md), [a study](" + base + "/study) and [a lost study](" + base + "/lost).";
        Files.writeString(site.resolve("content/index.md"), "---\ntype: page\ntitle: Home\n---\n\n" + line + "\n");
        Files.delete(site.resolve("content/forgotten.md"));

        BuildResult result = new SiteBuilder().build(new BuildOptions(site, temp.resolve("out"), false, true, false,
                Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC)));

        List<String> online = result.report().problems().stream().filter(p -> !p.rule().equals("link/insecure"))
                .map(Problem::headline).toList();
        assertEquals(List.of("content/index.md:6:" + (line.indexOf("[a lost study]") + 1) + ": external link \"" + base + "/lost\" answers HTTP 404 [link/external-dead]"), online);
        String cache = Files.readString(site.resolve("target/link-cache.properties"));
        assertTrue(cache.contains("/study=200 " + java.time.LocalDate.of(2026, 6, 1).toEpochDay()), cache);
        assertTrue(!cache.contains("/lost"), "failures are asked again next time");
    }
}

package kb.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb refs verify} and {@code add} against Crossref and PubMed stand-ins on loopback. */
class ServicesTest {

    /** One right entry, one wrong year, one unknown DOI and PMID, one DOI and PMID of different papers. */
    private static final String CHECKED = RefsRun.BIBLIOGRAPHY.replace("# kept where it is\n", """
            - key: haas2013massage
              authors:
              - Haas C
              title: Massage timing affects postexercise muscle recovery and inflammation in a rabbit model
              journal: Medicine & Science in Sports & Exercise
              year: 2021
              volume: '45'
              issue: '6'
              pages: 1105-1112
              doi: 10.1249/MSS.0b013e31827fdf18
              pmid: '23274593'
            - key: ghost2020missing
              authors:
              - Ghost A
              title: A paper that was never written
              journal: Journal of Things
              year: 2020
              doi: 10.9999/does-not-exist
              pmid: '99999999'
            - key: crane2012pair
              authors:
              - Crane JD
              title: Massage therapy attenuates inflammatory signaling after exercise-induced muscle damage
              journal: Science Translational Medicine
              year: 2012
              doi: 10.1126/scitranslmed.3002882
              pmid: '23274593'
            """);

    @TempDir
    Path temp;
    private StubServices stub;

    @BeforeEach
    void start() throws IOException {
        stub = new StubServices();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void verifyReportsEachMismatchAtItsEntryWithBothValues() throws IOException {
        Path site = RefsRun.site(temp, CHECKED, stub.settings());
        RefsRun run = RefsRun.run("refs", "verify", site.toString());
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertEquals(List.of(
                "content/bibliography.yaml:15: haas2013massage: year 2021, but Crossref says 2013 [refs/mismatch]",
                "content/bibliography.yaml:26: ghost2020missing: DOI 10.9999/does-not-exist is not known to Crossref [refs/not-found]",
                "content/bibliography.yaml:26: ghost2020missing: PMID 99999999 is not known to PubMed [refs/not-found]",
                "content/bibliography.yaml:34: crane2012pair: DOI 10.1126/scitranslmed.3002882 and PMID 23274593 point to"
                        + " different papers: PubMed gives PMID 23274593 the DOI 10.1249/MSS.0b013e31827fdf18 [refs/doi-pmid]"),
                run.errLines().stream().filter(l -> !l.startsWith("    hint:")).toList());
        assertTrue(stub.userAgents.stream().allMatch(ua -> ua.contains("mailto:editor@clinic.example")), stub.userAgents.toString());
        assertTrue(stub.requests.stream().filter(r -> r.contains("esummary")).allMatch(r -> r.contains("tool=")
                && r.contains("email=editor%40clinic.example")), stub.requests.toString());
        assertEquals(CHECKED, Files.readString(site.resolve("content/bibliography.yaml")));
        assertTrue(Files.exists(site.resolve("content/bibliography-checks.json")));

        stub.requests.clear();
        RefsRun again = RefsRun.run("refs", "verify", site.toString());
        assertEquals(run.err(), again.err());
        assertEquals(List.of(), stub.requests, "unchanged entries are compared with the saved answers");
    }

    @Test
    void offlineVerifyUsesTheSavedAnswersAndFlagsChangedEntries() throws IOException {
        Path site = RefsRun.site(temp, RefsRun.BIBLIOGRAPHY, stub.settings());
        assertEquals(Main.OK, RefsRun.run("refs", "verify", site.toString()).exit());
        stub.requests.clear();
        assertEquals(Main.OK, RefsRun.run("refs", "verify", "--offline", site.toString()).exit());
        Files.writeString(site.resolve("content/bibliography.yaml"), RefsRun.BIBLIOGRAPHY.replace("volume: '4'", "volume: '5'"));
        RefsRun run = RefsRun.run("refs", "verify", "--offline", site.toString());
        assertEquals(Main.OK, run.exit());
        assertEquals("content/bibliography.yaml:3: warning: crane2012massage has changed since it was last checked"
                + " [refs/unchecked]", run.firstErrLine());
        assertEquals(List.of(), stub.requests);
        RefsRun online = RefsRun.run("refs", "verify", site.toString());
        assertEquals("content/bibliography.yaml:3: crane2012massage: volume 5, but Crossref says 4 [refs/mismatch]",
                online.firstErrLine());
    }

    @Test
    void rateLimitedOnceIsAskedAgain() throws IOException {
        Path site = RefsRun.site(temp, RefsRun.BIBLIOGRAPHY, stub.settings());
        stub.fail(429, 1);
        RefsRun run = RefsRun.run("refs", "verify", site.toString());
        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals(3, stub.requests.size(), "429, the same request again, then PubMed: " + stub.requests);
    }

    @Test
    void serviceProblemsStopWithOneMessageAndChangeNothing() throws IOException {
        record Case(Runnable setUp, String message) {
        }
        List<Case> cases = List.of(
                new Case(() -> stub.fail(500, 10), "error: Crossref answered 500 (server error), 3 times; nothing was"
                        + " changed. Try again later"),
                new Case(() -> stub.fail(429, 10), "error: Crossref answered 429 (too many requests), 3 times; nothing"
                        + " was changed. Try again later"),
                new Case(() -> stub.fail(403, 10), "error: Crossref answered 403 for " + stub.address()
                        + "/works/10.1126/scitranslmed.3002882?mailto=editor%40clinic.example; nothing was changed"),
                new Case(() -> stub.delay(1500), "error: Crossref did not answer within 0.5 s, 3 times; nothing was"
                        + " changed. Try again later"));
        for (Case each : cases) {
            Path site = RefsRun.site(temp.resolve("site" + cases.indexOf(each)), RefsRun.BIBLIOGRAPHY, stub.settings());
            each.setUp().run();
            RefsRun run = RefsRun.run("refs", "verify", site.toString());
            stub.fail(200, 0);
            stub.delay(0);
            assertEquals(Main.USAGE, run.exit(), run.err());
            assertEquals(each.message(), run.firstErrLine());
            assertTrue(run.noStackTrace(), run.err());
            assertEquals(RefsRun.BIBLIOGRAPHY, Files.readString(site.resolve("content/bibliography.yaml")));
            assertFalse(Files.exists(site.resolve("content/bibliography-checks.json")), "nothing was answered");
        }
    }

    @Test
    void unreachableServiceSaysSoAndPointsToOffline() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Path site = RefsRun.site(temp, RefsRun.BIBLIOGRAPHY, "kb.refs.mailto=editor@clinic.example",
                "kb.refs.crossref=http://127.0.0.1:" + closed, "kb.refs.retry-wait=0.01");
        RefsRun run = RefsRun.run("refs", "verify", site.toString());
        assertEquals(Main.USAGE, run.exit());
        assertEquals("error: cannot reach Crossref at 127.0.0.1: is this computer offline? Run kb refs verify --offline"
                + " to check against the answers saved before, or try again online", run.firstErrLine());
    }

    @Test
    void unreadableCacheIsNamedWithItsPosition() throws IOException {
        Path site = RefsRun.site(temp, RefsRun.BIBLIOGRAPHY, stub.settings());
        Path cache = site.resolve("content/bibliography-checks.json");
        Files.writeString(cache, "{\n  \"answers\": {\n    \"doi:10.1/x\": {\"found\": true,,}\n}\n");
        RefsRun broken = RefsRun.run("refs", "verify", "--offline", site.toString());
        assertEquals(Main.USAGE, broken.exit());
        assertEquals("error: content/bibliography-checks.json:3:34: the saved answers of kb refs verify cannot be read"
                + " (it is not valid JSON: Unexpected character (','): was expecting double-quote to start field name);"
                + " the tool writes this file itself: delete it and run kb refs verify again online", broken.firstErrLine());
        Files.writeString(cache, "{\n  \"answers\": {\n    \"doi:10.1/x\": [1, 2]\n  }\n}\n");
        RefsRun shape = RefsRun.run("refs", "verify", "--offline", site.toString());
        assertEquals(Main.USAGE, shape.exit());
        assertEquals("error: content/bibliography-checks.json:3:19: the saved answers of kb refs verify cannot be read"
                + " (it is not in the form the tool writes); the tool writes this file itself: delete it and run kb"
                + " refs verify again online", shape.firstErrLine());
        assertTrue(broken.noStackTrace() && shape.noStackTrace());
    }

    @Test
    void servicesNeedTheEditorsAddress() throws IOException {
        Path site = RefsRun.site(temp, RefsRun.BIBLIOGRAPHY);
        RefsRun run = RefsRun.run("refs", "verify", site.toString());
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.firstErrLine().startsWith("error: jbake.properties needs kb.refs.mailto=you@your-clinic.org"), run.err());
    }

    @Test
    void addByDoiOrPmidWritesTheCompleteEntry() throws IOException {
        String expected = """
                - key: haas2013massage
                  authors:
                  - Haas C
                  - Butterfield TA
                  - Abshire S
                  - Zhao Y
                  - Zhang X
                  - Jarjoura D
                  - Best TM
                  title: Massage Timing Affects Postexercise Muscle Recovery and Inflammation in a Rabbit Model
                  journal: Medicine & Science in Sports & Exercise
                  year: 2013
                  volume: '45'
                  issue: '6'
                  pages: 1105-1112
                  doi: 10.1249/MSS.0b013e31827fdf18
                  pmid: '23274593'
                  pmcid: PMC4101011
                """;
        for (String identifier : List.of("10.1249/MSS.0b013e31827fdf18", "pmid:23274593", "https://doi.org/10.1249/mss.0b013e31827fdf18")) {
            Path site = RefsRun.site(temp.resolve(identifier.replaceAll("[^a-z0-9]", "_")), RefsRun.BIBLIOGRAPHY, stub.settings());
            RefsRun run = RefsRun.run("refs", "add", identifier, site.toString());
            assertEquals(Main.OK, run.exit(), run.err());
            assertTrue(run.out().startsWith("Added haas2013massage to content/bibliography.yaml."), run.out());
            assertEquals(RefsRun.BIBLIOGRAPHY + expected, Files.readString(site.resolve("content/bibliography.yaml")));
            stub.requests.clear();
            assertEquals(Main.OK, RefsRun.run("refs", "verify", site.toString()).exit());
            assertEquals(List.of(), stub.requests.stream().filter(r -> r.contains("MSS") || r.contains("23274593")).toList(),
                    "the added entry counts as checked");
        }
    }

    @Test
    void addOfAnIdentifierAlreadyThereOrUnknownChangesNothing() throws IOException {
        Path site = RefsRun.site(temp, RefsRun.BIBLIOGRAPHY, stub.settings());
        RefsRun there = RefsRun.run("refs", "add", "pmid:22301554", site.toString());
        assertEquals(Main.OK, there.exit(), there.err());
        assertTrue(there.firstErrLine().contains("is already in the bibliography as crane2012massage (same DOI"
                + " 10.1126/scitranslmed.3002882); not added again [refs/already-there]"), there.err());
        RefsRun unknown = RefsRun.run("refs", "add", "10.9999/does-not-exist", site.toString());
        assertEquals(Main.PROBLEMS, unknown.exit());
        assertEquals("content/bibliography.yaml: DOI 10.9999/does-not-exist is not known to Crossref; nothing was added"
                + " [refs/not-found]", unknown.firstErrLine());
        RefsRun malformed = RefsRun.run("refs", "add", "22301554", site.toString());
        assertEquals(Main.USAGE, malformed.exit());
        assertEquals("error: kb refs add needs a DOI (10.1126/scitranslmed.3002882) or a PubMed ID (pmid:22301554),"
                + " not \"22301554\"", malformed.firstErrLine());
        assertEquals(RefsRun.BIBLIOGRAPHY, Files.readString(site.resolve("content/bibliography.yaml")));
    }
}

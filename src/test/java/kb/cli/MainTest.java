package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.testing.FixtureCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What writers see in the terminal: one problem in two lines (where and what, then a hint), never a stack trace. */
class MainTest {

    private static final Path SITES = Path.of("src/test/resources/sites");

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run build(String fixture) {
        return run("build", SITES.resolve(fixture).toString(), temp.resolve("out").toString());
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace:\n" + run.err());
    }

    @Test
    void badFrontMatterLineGivesFileLineAndHint() {
        Run run = build("yaml-syntax");
        assertEquals(Main.PROBLEMS, run.exit());
        assertEquals(List.of(
                "content/page.md:3:17: front matter is not valid YAML: expected ',' or ']', but got <stream end> [front-matter/syntax]",
                "    hint: write one \"key: value\" per line; put quotes around values that contain \": \" or start with a special character"),
                run.errLines().subList(0, 2));
        assertTrue(run.errLines().get(2).startsWith("Build failed: 1 error, 0 warnings."), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void unknownContentTypeGivesFileLineAndTheKnownTypes() {
        Run run = build("unknown-type");
        assertEquals(List.of("content/page.md:3:7: unknown content type \"recipe\" [front-matter/unknown-type]",
                "    hint: use one of: injury, technique, faq, page"), run.errLines().subList(0, 2));
        assertNoStackTrace(run);
    }

    @Test
    void freemarkerErrorGivesTemplateLineTheMissingValueAndHowToFixIt() {
        Run run = build("template-error");
        assertEquals(List.of("templates/page.ftl:3:6: template error: "
                        + "The following has evaluated to null or missing: content.subtitle (while rendering content/page.md) [template/error]",
                "    hint: check \"content.subtitle\" in the template; for an optional value write content.subtitle!\"\""
                        + " or <#if content.subtitle??>"), errorAndHint(run, "templates/page.ftl"));
        assertNoStackTrace(run);
    }

    @Test
    void anOutputFolderInsideAFileTakesOneLineAndExits2UnlessVerbose() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "");
        String output = file.resolve("out").toString();
        Run quiet = run("build", SITES.resolve("basic").toString(), output);
        assertEquals(Main.USAGE, quiet.exit(), "not the content's fault");
        assertEquals(List.of("error: cannot prepare the output folder " + output + ": " + file + " is a file where a"
                + " folder should be. Move or rename that file, or build into another folder"), quiet.errLines());

        Run verbose = run("build", SITES.resolve("basic").toString(), output, "--verbose");
        assertTrue(verbose.err().contains("\tat kb.build."), "--verbose shows the stack trace:\n" + verbose.err());
    }

    @Test
    void newWritesADraftAndRefusesToOverwriteIt() throws Exception {
        Path site = FixtureCopy.of("basic", temp);
        Run first = run("new", "injury", "Runner's knee", site.toString());
        assertEquals(Main.OK, first.exit(), first.err());
        assertTrue(first.out().startsWith("Created content/injuries/runners-knee.md as a draft"), first.out());
        Path file = site.resolve("content/injuries/runners-knee.md");
        Files.writeString(file, "my words");

        Run again = run("new", "injury", "Runner's knee", site.toString());
        assertEquals(Main.USAGE, again.exit());
        assertTrue(again.err().startsWith("error: content/injuries/runners-knee.md already exists"), again.err());
        assertEquals("my words", Files.readString(file));
    }

    @Test
    void newFaqQuestionGoesOnTheTopicPageNamedWithPage() throws Exception {
        Path site = FixtureCopy.of("basic", temp);
        Run created = run("new", "faq", "Can I run after a massage?", "--page", "timing", site.toString());
        assertEquals(Main.OK, created.exit(), created.err());
        assertTrue(created.out().startsWith("Created content/faq/timing.md as a draft"), created.out());
        Run added = run("new", "faq", "How soon after a race?", "--page=timing", site.toString());
        assertTrue(added.out().startsWith("Added the question \"How soon after a race?\" to content/faq/timing.md"),
                added.out());

        Run unnamed = run("new", "faq", "Should a massage hurt?", site.toString());
        assertEquals(Main.USAGE, unnamed.exit());
        assertTrue(unnamed.err().startsWith("error: there are 2 FAQ pages (content/faq.md, content/faq/timing.md)"),
                unnamed.err());
        Run empty = run("new", "faq", "Why?", site.toString(), "--page");
        assertTrue(empty.err().startsWith("error: option \"--page\" needs a value, e.g. --page timing"), empty.err());
    }

    @Test
    void newWithoutATitleIsAUsageError() {
        Run run = run("new", "injury");
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().startsWith("error: kb new needs what to create and its title"), run.err());
    }

    @Test
    void portMustBeANumber() {
        Run run = run("serve", "--port", "eighty");
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().startsWith("error: \"--port eighty\" must be a whole number from 0 to 65535"), run.err());
    }

    @Test
    void serveOnAPortInUseSaysSoAndStops() throws Exception {
        Path site = FixtureCopy.of("basic", temp);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = run("serve", site.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(Main.USAGE, run.exit());
            assertTrue(run.err().contains("error: port " + taken.getLocalPort() + " is already in use"), run.err());
        }
    }

    /** The first problem line starting with {@code file} and its hint line (warnings may come before it). */
    private static List<String> errorAndHint(Run run, String file) {
        List<String> lines = run.errLines();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith(file)) {
                return lines.subList(i, i + 2);
            }
        }
        return lines;
    }
}

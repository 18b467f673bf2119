package kb.refs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.cli.Main;

/** Runs {@code kb refs …} as the command line does, and makes small sites for it. */
record RefsRun(int exit, String out, String err) {

    static final Path FIXTURES = Path.of("src/test/resources/refs");

    /** One entry, a comment and a field order of the site's own file. */
    static final String BIBLIOGRAPHY = """
            # The references of a test site.
            references:
            - key: crane2012massage
              authors:
              - Crane JD
              - Ogborn DI
              title: Massage therapy attenuates inflammatory signaling after exercise-induced muscle damage
              journal: Science Translational Medicine
              year: 2012
              volume: '4'
              issue: '119'
              pages: 119ra13
              doi: 10.1126/scitranslmed.3002882
              pmid: '22301554'
            # kept where it is
            """;

    static RefsRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new RefsRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A site folder with {@code bibliography} (none when null) and {@code settings} added to jbake.properties. */
    static Path site(Path root, String bibliography, String... settings) throws IOException {
        Files.createDirectories(root.resolve("content"));
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("jbake.properties"), "content.folder=content\ntemplate.folder=templates\n"
                + String.join("\n", settings) + "\n");
        if (bibliography != null) {
            Files.writeString(root.resolve("content/bibliography.yaml"), bibliography);
        }
        return root;
    }

    String firstErrLine() {
        return err.lines().findFirst().orElse("");
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    boolean noStackTrace() {
        return !err.contains("\tat ") && !err.contains("Exception");
    }
}

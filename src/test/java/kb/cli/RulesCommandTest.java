package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import kb.report.Rule;
import kb.report.Rules;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void listsEveryRuleWithSeverityAndWhetherItCanBeSwitchedOff() {
        assertEquals(Main.OK, run("rules"));
        String listed = out.toString(StandardCharsets.UTF_8);
        for (Rule rule : Rules.all()) {
            assertTrue(listed.lines().anyMatch(line -> line.startsWith(rule.id() + " ")
                    && line.contains(" " + rule.severity().label() + " ")
                    && line.contains(rule.canSwitchOff() ? " yes " : " no ")), rule.id());
        }
        assertTrue(listed.lines().anyMatch(line -> line.matches("html/unsafe +error +no +.*")), listed);
    }

    @Test
    void printsTheMarkdownTableOfTheChecksPage() {
        assertEquals(Main.OK, run("rules", "--markdown"));
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.startsWith("<!-- rules:start -->\n| rule | severity | can be switched off |"), table);
        assertTrue(table.contains("| `claim/uncited` | warning | yes |"), table);
    }

    @Test
    void refusesAFolderArgument() {
        assertEquals(Main.USAGE, run("rules", "site"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("kb rules takes no folder"));
    }
}

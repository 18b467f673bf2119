package kb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The table of checks in docs/checks.md is written from the registry, so the two cannot drift apart. */
class ChecksDocTest {

    private static final Path CHECKS = Path.of("docs/checks.md");

    @Test
    void checksTableIsTheOneTheRegistryWrites() throws IOException {
        String document = Files.readString(CHECKS, StandardCharsets.UTF_8);
        String expected = RuleTable.replaceIn(document, RuleTable.markdown(Rules.all()));
        assertNotNull(expected, CHECKS + " has no " + RuleTable.START + " ... " + RuleTable.END + " markers");
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(CHECKS, expected, StandardCharsets.UTF_8);
            document = expected;
        }
        assertEquals(expected, document, CHECKS + " differs from the rules in kb.report.Rules: regenerate its table"
                + " with  mvn -q test -Dtest=ChecksDocTest -Ddocs.update=true  (or paste the output of"
                + "  ./kb rules --markdown  between the markers)");
    }
}

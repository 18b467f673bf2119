package kb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RulesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void refusesAProblemWithAnUnregisteredRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Problem("claim/uncitd", Severity.WARNING, "content/a.md", 1, 1, "x", ""));
        assertTrue(e.getMessage().contains("claim/uncitd"), e.getMessage());
    }

    @Test
    void everyConstantIsRegisteredUnderItsOwnName() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : Rules.class.getDeclaredFields()) {
            if (field.getType() == Rule.class && Modifier.isStatic(field.getModifiers())) {
                Rule rule = (Rule) field.get(null);
                assertEquals(rule.id().toUpperCase().replace('/', '_').replace('-', '_'), field.getName(),
                        "a rule's constant is its id in upper case");
                constants.add(rule.id());
            }
        }
        assertEquals(constants, Rules.all().stream().map(Rule::id).toList());
    }

    /** A rule nothing reports is a dead row in docs/checks.md; a string id would bypass the registry. */
    @Test
    void everyRuleIsReportedByTheCodeAndNoProblemNamesItsRuleAsText() throws IOException {
        StringBuilder code = new StringBuilder();
        List<String> literal = new ArrayList<>();
        Pattern byText = Pattern.compile("Problem\\.(error|warning|of)\\(\\s*\"");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith(Path.of("kb/report/Rules.java"))) {
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                code.append(text);
                Matcher m = byText.matcher(text);
                if (m.find()) {
                    literal.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), literal, "problems created with a rule id as text");
        List<String> unused = Rules.all().stream()
                .filter(rule -> !code.toString().contains("Rules." + rule.id().toUpperCase().replace('/', '_')
                        .replace('-', '_')))
                .map(Rule::id).toList();
        assertEquals(List.of(), unused, "rules that no code reports");
    }

    @Test
    void securityRulesCannotBeSwitchedOff() {
        for (Rule rule : List.of(Rules.HTML_UNSAFE, Rules.HTML_UNSAFE_AFTER_RENDER, Rules.LINK_UNSAFE_URL,
                Rules.ASSET_UNSAFE_SVG, Rules.ASSET_SECRET, Rules.OUTPUT_UNSAFE, Rules.FILE_OUTSIDE_LINK,
                Rules.LINK_OUTSIDE_SITE, Rules.MARKDOWN_TOO_DEEP, Rules.CONFIG_RULE)) {
            assertFalse(rule.canSwitchOff(), rule.id());
        }
        assertTrue(Rules.CLAIM_UNCITED.canSwitchOff());
    }

    @Test
    void settingsChangeSeverityOrDropButNeverTouchAGuardedRule() {
        RuleSettings settings = new RuleSettings(java.util.Map.of(Rules.CLAIM_UNCITED, RuleSettings.Setting.ERROR,
                Rules.PAGE_UNLINKED, RuleSettings.Setting.OFF, Rules.HTML_UNSAFE, RuleSettings.Setting.OFF));
        Problem claim = Problem.warning(Rules.CLAIM_UNCITED, "content/a.md", 3, 1, "claim", "");
        Problem unsafe = Problem.error(Rules.HTML_UNSAFE, "content/a.md", 4, 1, "script", "");
        assertEquals(Severity.ERROR, settings.apply(claim).severity());
        assertEquals(null, settings.apply(Problem.warning(Rules.PAGE_UNLINKED, "content/a.md", 1, 1, "x", "")));
        assertEquals(unsafe, settings.apply(unsafe));
        assertEquals(RuleSettings.Setting.OFF, RuleSettings.Setting.parse(" Off "));
        assertEquals(null, RuleSettings.Setting.parse("sometimes"));
    }
}

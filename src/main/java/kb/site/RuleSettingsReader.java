package kb.site;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.report.DidYouMean;
import kb.report.Problem;
import kb.report.Rule;
import kb.report.RuleSettings;
import kb.report.Rules;

/**
 * Reads a site's rule settings, the {@code kb.rule.<id>=error|warning|off} lines of jbake.properties. A line that
 * names an unknown rule or severity, or lowers a rule that cannot be switched off, is one error at that line and
 * changes nothing.
 */
public final class RuleSettingsReader {

    static final String PREFIX = "kb.rule.";
    private static final String FILE = "jbake.properties";

    /** The settings read and the mistakes found in them. */
    public record Result(RuleSettings settings, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private RuleSettingsReader() {
    }

    static Result read(SiteConfig site) {
        Map<Rule, RuleSettings.Setting> settings = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Iterator<String> keys = site.jbake().getKeys(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.startsWith(PREFIX)) {
                if (key.startsWith("kb.rule")) { // kb.rules.x, kb.rule_x: meant as a rule setting, else ignored
                    int line = site.lineOf(key);
                    problems.add(Problem.error(Rules.CONFIG_RULE, FILE, line, line == 0 ? 0 : 1,
                            "unknown setting \"" + key + "\"", "a rule is set with " + PREFIX
                                    + "<rule>=error|warning|off, e.g. kb.rule.claim/uncited=error"));
                }
                continue;
            }
            String id = key.substring(PREFIX.length());
            Object raw = site.jbake().get(key);
            String value = raw instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                    : String.valueOf(raw);
            int line = site.lineOf(key);
            Rule rule = Rules.byId(id);
            RuleSettings.Setting setting = RuleSettings.Setting.parse(value);
            if (rule == null) {
                List<String> closest = DidYouMean.closest(id, Rules.ids(), 4, 1);
                problems.add(Problem.error(Rules.CONFIG_RULE, FILE, line, line == 0 ? 0 : 1,
                        "unknown rule \"" + id + "\" in " + key,
                        (closest.isEmpty() ? "" : "did you mean \"" + closest.get(0) + "\"? ")
                                + "\"kb rules\" lists every rule"));
            } else if (setting == null) {
                problems.add(Problem.error(Rules.CONFIG_RULE, FILE, line, line == 0 ? 0 : 1,
                        key + " is set to \"" + value.strip() + "\", which is not a severity",
                        "write " + key + "=error, " + key + "=warning or " + key + "=off"));
            } else if (!rule.canSwitchOff() && setting != RuleSettings.Setting.ERROR) {
                problems.add(Problem.error(Rules.CONFIG_RULE, FILE, line, line == 0 ? 0 : 1,
                        "rule " + id + " cannot be " + (setting == RuleSettings.Setting.OFF ? "switched off"
                                : "lowered to a warning") + ": " + rule.guard().reason(),
                        "remove the line " + key + "=" + value.strip() + " and fix what the rule reports instead"));
            } else {
                settings.put(rule, setting);
            }
        }
        return new Result(new RuleSettings(settings), problems);
    }
}

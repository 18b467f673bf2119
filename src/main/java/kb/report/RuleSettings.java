package kb.report;

import java.util.Locale;
import java.util.Map;

/**
 * What a site set for its rules ({@code kb.rule.<id>=error|warning|off} in jbake.properties): applied to each
 * problem once the build has found them all. Rules that cannot be switched off are never changed here; the
 * setting that tried is refused where it is read.
 */
public final class RuleSettings {

    /** One rule's setting. */
    public enum Setting {
        ERROR, WARNING, OFF;

        /** The setting written as {@code text} (any case), or null when it is none of error, warning, off. */
        public static Setting parse(String text) {
            for (Setting setting : values()) {
                if (setting.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return setting;
                }
            }
            return null;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** No rule changed. */
    public static final RuleSettings DEFAULTS = new RuleSettings(Map.of());

    private final Map<Rule, Setting> settings;

    public RuleSettings(Map<Rule, Setting> settings) {
        this.settings = Map.copyOf(settings);
    }

    /** The problem as this site wants it: with the severity set for its rule, or null when the rule is off. */
    public Problem apply(Problem problem) {
        Rule rule = problem.registered();
        Setting setting = settings.get(rule);
        if (setting == null || !rule.canSwitchOff()) {
            return problem;
        }
        return switch (setting) {
            case OFF -> null;
            case ERROR -> problem.withSeverity(Severity.ERROR);
            case WARNING -> problem.withSeverity(Severity.WARNING);
        };
    }
}

package kb.report;

import java.util.List;

/**
 * The registry as text: the list {@code kb rules} prints, and the Markdown table of docs/checks.md (between
 * {@link #START} and {@link #END}), so the documentation of the checks is written from the rules themselves.
 */
public final class RuleTable {

    /** The markers around the generated table in docs/checks.md. */
    public static final String START = "<!-- rules:start -->";
    public static final String END = "<!-- rules:end -->";

    private RuleTable() {
    }

    /** One line per rule: id, default severity, whether a site can switch it off, and what it catches. */
    public static String text(List<Rule> rules) {
        int width = rules.stream().mapToInt(rule -> rule.id().length()).max().orElse(0);
        StringBuilder out = new StringBuilder(String.format("%-" + width + "s  %-8s  %-10s  %s%n", "rule", "severity",
                "switch off", "what it catches"));
        for (Rule rule : rules) {
            out.append(String.format("%-" + width + "s  %-8s  %-10s  %s%n", rule.id(), rule.severity().label(),
                    rule.canSwitchOff() ? "yes" : "no", rule.description().replace("`", "")));
        }
        return out.toString();
    }

    /** The Markdown table, markers included, each line ending with a newline. */
    public static String markdown(List<Rule> rules) {
        StringBuilder out = new StringBuilder(START).append('\n')
                .append("| rule | severity | can be switched off | what it catches |\n")
                .append("|---|---|---|---|\n");
        for (Rule rule : rules) {
            out.append("| `").append(rule.id()).append("` | ").append(rule.severity().label()).append(" | ")
                    .append(rule.canSwitchOff() ? "yes" : "no").append(" | ")
                    .append(rule.description().replace("|", "\\|")).append(" |\n");
        }
        return out.append(END).append('\n').toString();
    }

    /**
     * {@code document} with the text between the markers (markers included) replaced by {@code table}, or null
     * when the markers are missing.
     */
    public static String replaceIn(String document, String table) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 || end < start) {
            return null;
        }
        int after = end + END.length();
        if (after < document.length() && document.charAt(after) == '\n') {
            after++;
        }
        return document.substring(0, start) + table + document.substring(after);
    }
}

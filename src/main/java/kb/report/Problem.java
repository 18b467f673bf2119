package kb.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding: which rule (the id of a {@link Rules} constant; any other id is refused), where (a path relative to the site folder, line and column from 1; 0 when unknown),
 * what is wrong and how to fix it. Printed as {@code file:line:col: message [rule-id]}.
 */
public record Problem(String rule, Severity severity, String file, int line, int column, String message, String hint) {

    /** Orders problems by file, then line, then column, then rule: the order in which they are reported. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::rule)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(rule, "rule");
        if (Rules.byId(rule) == null) {
            throw new IllegalArgumentException("rule \"" + rule + "\" is not registered in kb.report.Rules");
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("positions count from 1 (0 = unknown): " + line + ":" + column);
        }
        hint = hint == null ? "" : hint;
    }

    public static Problem error(Rule rule, String file, int line, int column, String message, String hint) {
        return of(rule, Severity.ERROR, file, line, column, message, hint);
    }

    public static Problem warning(Rule rule, String file, int line, int column, String message, String hint) {
        return of(rule, Severity.WARNING, file, line, column, message, hint);
    }

    /** A problem whose severity depends on the case (a placeholder is a warning on a draft, else an error). */
    public static Problem of(Rule rule, Severity severity, String file, int line, int column, String message,
                             String hint) {
        return new Problem(rule.id(), severity, file, line, column, message, hint);
    }

    /** The registered rule this problem reports. */
    public Rule registered() {
        return Rules.byId(rule);
    }

    /** Whether this problem reports {@code other}. */
    public boolean is(Rule other) {
        return rule.equals(other.id());
    }

    /** The same problem with another severity (a site's setting for its rule). */
    public Problem withSeverity(Severity other) {
        return new Problem(rule, other, file, line, column, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The first line of the printed form, without the hint: {@code file:line:col: message [rule]}. */
    public String headline() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (severity == Severity.WARNING) {
            out.append("warning: ");
        }
        return out.append(message).append(" [").append(rule).append(']').toString();
    }

    @Override
    public String toString() {
        return hint.isEmpty() ? headline() : headline() + System.lineSeparator() + "    hint: " + hint;
    }
}

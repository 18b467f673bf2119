package kb.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding: which rule, where (a path relative to the site folder, line and column from 1; 0 when unknown),
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
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("positions count from 1 (0 = unknown): " + line + ":" + column);
        }
        hint = hint == null ? "" : hint;
    }

    public static Problem error(String rule, String file, int line, int column, String message, String hint) {
        return new Problem(rule, Severity.ERROR, file, line, column, message, hint);
    }

    public static Problem warning(String rule, String file, int line, int column, String message, String hint) {
        return new Problem(rule, Severity.WARNING, file, line, column, message, hint);
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

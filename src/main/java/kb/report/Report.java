package kb.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Problems collected from every stage, reported together in {@link Problem#ORDER}. Thread-safe for adding. */
public final class Report {

    private final List<Problem> problems = new ArrayList<>();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public synchronized void addAll(Collection<Problem> more) {
        problems.addAll(more);
    }

    /** All problems, sorted by file, line and column. */
    public synchronized List<Problem> problems() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.ORDER);
        return sorted;
    }

    public synchronized long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public synchronized long warningCount() {
        return problems.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /** Whether the build must fail: any error, or any warning when {@code strict}. */
    public synchronized boolean fails(boolean strict) {
        return hasErrors() || (strict && !problems.isEmpty());
    }

    /** {@code "2 errors, 1 warning"}. */
    public String summary() {
        return plural(errorCount(), "error") + ", " + plural(warningCount(), "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

package kb.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Problems collected from every stage, reported together in {@link Problem#ORDER}. Thread-safe for adding.
 *
 * <p>One mistake gives one message: a problem that only follows from another one already reported (a link to a
 * page that could not be built, an address of it that "disappeared") is added as a follow-on of that cause. It is
 * not listed; the cause's hint says how many follow from it, and the summary says how many were left out. The
 * same problem found more than once (in a shared snippet, by each page that includes it) is listed once.
 */
public final class Report {

    private final List<Problem> problems = new ArrayList<>();
    private final Map<Problem, List<Problem>> followOns = new HashMap<>();
    private final Unbuilt unbuilt = new Unbuilt();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    /** What this build could not make and why: checks ask it whether a finding only follows from a failure. */
    public Unbuilt unbuilt() {
        return unbuilt;
    }

    /**
     * Adds a problem that follows from {@code cause} (a problem reported in this report); with no cause it is an
     * ordinary problem.
     */
    public synchronized void addFollowOn(Problem problem, Problem cause) {
        if (cause == null) {
            problems.add(problem);
        } else {
            followOns.computeIfAbsent(cause, c -> new ArrayList<>()).add(problem);
        }
    }

    /** Adds a problem about the page at {@code sitePath}: a follow-on when that page was not built. */
    public void addAbout(String sitePath, Problem problem) {
        addFollowOn(problem, unbuilt.causeOf(sitePath));
    }

    public synchronized void addAll(Collection<Problem> more) {
        problems.addAll(more);
    }

    /**
     * All problems, sorted by file, line and column, each once. A cause's hint says how many problems follow from
     * it; a follow-on whose cause was never reported is listed itself, so nothing is lost.
     */
    public synchronized List<Problem> problems() {
        List<Problem> listed = new ArrayList<>();
        for (Problem problem : problems) {
            List<Problem> following = followOns.get(problem);
            listed.add(following == null ? problem : withFollowOns(problem, (int) following.stream().distinct().count()));
        }
        followOns.forEach((cause, following) -> {
            if (!problems.contains(cause)) {
                listed.addAll(following);
            }
        });
        listed.sort(Problem.ORDER);
        return new ArrayList<>(new LinkedHashSet<>(listed));
    }

    /**
     * Takes the problems that {@code which} selects out of the report, when every error of the report is one of
     * them; returns what was taken (nothing when another error remains).
     */
    public synchronized List<Problem> withdrawIfOnlyErrors(java.util.function.Predicate<Problem> which) {
        List<Problem> taken = problems.stream().filter(which).toList();
        if (taken.isEmpty() || problems.stream().anyMatch(p -> p.isError() && !which.test(p))
                || followOns.values().stream().flatMap(List::stream).anyMatch(Problem::isError)) {
            return List.of();
        }
        problems.removeAll(taken);
        return taken;
    }

    /**
     * Replaces every problem, listed or follow-on, by what {@code revision} makes of it: the same problem, one
     * with another severity, or null to drop it (a rule the site switched off, a finding an editor silenced). The
     * follow-ons of a dropped cause are listed themselves, as for a cause never reported.
     */
    public synchronized void revise(java.util.function.UnaryOperator<Problem> revision) {
        Map<Problem, Problem> revised = new HashMap<>();
        List<Problem> kept = new ArrayList<>();
        for (Problem problem : problems) {
            Problem now = revised.computeIfAbsent(problem, revision);
            if (now != null) {
                kept.add(now);
            }
        }
        Map<Problem, List<Problem>> keptFollowOns = new HashMap<>();
        followOns.forEach((cause, following) -> {
            List<Problem> now = following.stream().map(revision).filter(java.util.Objects::nonNull).toList();
            Problem newCause = revised.containsKey(cause) ? revised.get(cause) : revision.apply(cause);
            if (newCause == null && problems.contains(cause)) {
                kept.addAll(now);
            } else if (!now.isEmpty()) {
                keptFollowOns.computeIfAbsent(newCause == null ? cause : newCause, c -> new ArrayList<>()).addAll(now);
            }
        });
        problems.clear();
        problems.addAll(kept);
        followOns.clear();
        followOns.putAll(keptFollowOns);
    }

    /** The problems left out because they follow from a listed one. */
    public synchronized List<Problem> followOns() {
        List<Problem> hidden = new ArrayList<>();
        followOns.forEach((cause, following) -> {
            if (problems.contains(cause)) {
                hidden.addAll(following);
            }
        });
        hidden.sort(Problem.ORDER);
        return new ArrayList<>(new LinkedHashSet<>(hidden));
    }

    private static Problem withFollowOns(Problem cause, int count) {
        String note = (count == 1 ? "1 other problem follows" : count + " other problems follow")
                + " from this one and " + (count == 1 ? "is" : "are") + " not listed; fix this first";
        String hint = cause.hint().isEmpty() ? note : cause.hint() + (cause.hint().endsWith(".") ? " " : ". ") + note;
        return new Problem(cause.rule(), cause.severity(), cause.file(), cause.line(), cause.column(), cause.message(), hint);
    }

    public long errorCount() {
        return problems().stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems().size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /** Whether the build must fail: any error, or any warning when {@code strict}. */
    public synchronized boolean fails(boolean strict) {
        return hasErrors() || (strict && !problems().isEmpty());
    }

    /** {@code "2 errors, 1 warning"}, and how many follow-ons were left out. */
    public String summary() {
        int hidden = followOns().size();
        return plural(errorCount(), "error") + ", " + plural(warningCount(), "warning")
                + (hidden == 0 ? "" : " (and " + hidden + " that follow from them, not listed)");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

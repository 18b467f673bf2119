package kb.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kb.content.SilenceComments.Silence;
import kb.content.SilenceComments;
import kb.report.DidYouMean;
import kb.report.Problem;
import kb.report.Rule;
import kb.report.Rules;
import kb.site.Page;

/**
 * Applies the silence comments of the built pages ({@link SilenceComments}) to the problems found: a finding of
 * the comment's rule on the comment's target line of that page is dropped. A comment naming an unknown rule, a
 * rule that cannot be silenced, or no reason is an error; a valid one that silenced nothing is a warning, so a
 * comment cannot outlive the text it was written for.
 */
final class Silencer {

    private record Active(String file, Silence silence, Rule rule) {
    }

    private final List<Active> active = new ArrayList<>();
    private final Set<Active> used = new HashSet<>();
    private final List<Problem> mistakes = new ArrayList<>();

    Silencer(List<Page> pages) {
        for (Page page : pages) {
            SilenceComments.Found found = page.markdown().fact(SilenceComments.Found.class);
            if (found != null) {
                found.silences().forEach(silence -> read(page.displayName(), silence));
            }
        }
    }

    private void read(String file, Silence silence) {
        Rule rule = Rules.byId(silence.rule());
        if (rule == null) {
            List<String> closest = DidYouMean.closest(silence.rule(), Rules.ids(), 4, 1);
            mistakes.add(Problem.error(Rules.SILENCE_UNKNOWN_RULE, file, silence.line(), silence.column(),
                    silence.rule().isEmpty() ? "kb:ignore comment names no rule"
                            : "kb:ignore comment names an unknown rule \"" + silence.rule() + "\"",
                    (closest.isEmpty() ? "write the rule shown in [brackets] after the message to silence, e.g. "
                            + "<!-- kb:ignore claim/uncited: why -->" : "did you mean \"" + closest.get(0) + "\"?")
                            + "; \"kb rules\" lists every rule"));
        } else if (!rule.canSwitchOff()) {
            mistakes.add(Problem.error(Rules.SILENCE_NOT_ALLOWED, file, silence.line(), silence.column(),
                    "rule " + rule.id() + " cannot be silenced: " + rule.guard().reason(),
                    "remove the comment and fix what the rule reports"));
        } else if (silence.reason().isEmpty()) {
            mistakes.add(Problem.error(Rules.SILENCE_NO_REASON, file, silence.line(), silence.column(),
                    "kb:ignore comment for " + rule.id() + " gives no reason",
                    "say why the finding is fine after a colon, e.g. <!-- kb:ignore " + rule.id()
                            + ": the figure is from the clinic's price list -->"));
        } else {
            active.add(new Active(file, silence, rule));
        }
    }

    /** The problem, or null when a comment silences it. */
    Problem apply(Problem problem) {
        for (Active candidate : active) {
            if (candidate.file().equals(problem.file()) && candidate.silence().targetLine() == problem.line()
                    && problem.is(candidate.rule())) {
                used.add(candidate);
                return null;
            }
        }
        return problem;
    }

    /** The comments that are wrong, and (after {@link #apply} has seen every problem) those that silenced nothing. */
    List<Problem> problems() {
        List<Problem> all = new ArrayList<>(mistakes);
        for (Active candidate : active) {
            if (!used.contains(candidate)) {
                Silence silence = candidate.silence();
                all.add(Problem.warning(Rules.SILENCE_UNUSED, candidate.file(), silence.line(), silence.column(),
                        "kb:ignore comment for " + candidate.rule().id() + " silences nothing on line "
                                + silence.targetLine(),
                        "remove the comment: the finding it was written for is gone (or moved to another line)"));
            }
        }
        return all;
    }
}

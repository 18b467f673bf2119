package kb.validate;

import java.util.List;
import kb.report.Report;

/** Runs every check, in the order listed, into one report. */
public final class Validator {

    private final List<Check> checks;

    public Validator(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The checks every build runs. */
    public static Validator standard() {
        return new Validator(List.of(
                new InternalLinkCheck(),
                new CitationKeyCheck(),
                new UnusedReferenceCheck(),
                new PageSecurityCheck()));
    }

    public void validate(BuiltSite site, Report report) {
        for (Check check : checks) {
            check.check(site, report);
        }
    }
}

package kb.refs;

import kb.report.Problem;

/** An imported file cannot be read as its format: one problem at the first place it goes wrong. */
final class ImportException extends Exception {

    private final transient Problem problem;

    ImportException(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}

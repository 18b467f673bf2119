package kb.content;

import java.util.List;
import kb.report.Problem;

/**
 * Thrown out of the markup engine when a file cannot become a page. It carries every problem found in the file,
 * so a writer sees them all at once; JBake's {@code MarkupEngine.parse} lets it pass through to the build.
 */
public final class ContentException extends RuntimeException {

    private final transient List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.isEmpty() ? "content problem" : problems.get(0).toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public ContentException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}

package kb.callout;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kb.content.DocumentInspector;
import kb.content.FilePosition;
import kb.content.LinkCollector;
import kb.content.MarkdownOutcome;
import kb.content.PageSource;
import kb.report.DidYouMean;
import kb.report.Problem;
import kb.report.Rules;

/**
 * Reports a call-out whose word names no kind ({@code > [!urgnt]}) at its marker, with the nearest kind, and records
 * which kinds a page holds ({@link Kinds}) for the check that every injury page gives urgent-care advice.
 */
public final class CalloutInspector implements DocumentInspector {

    /** The kinds of call-out a page holds. */
    public record Kinds(Set<CalloutKind> kinds) {
        public Kinds {
            kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(kinds);
        }

        /** Whether the page holds at least one urgent-care call-out (any level). */
        public boolean hasCareLevel() {
            return kinds.stream().anyMatch(CalloutKind::isCareLevel);
        }
    }

    @Override
    public void inspect(Document document, PageSource page, MarkdownOutcome outcome) {
        Set<CalloutKind> kinds = EnumSet.noneOf(CalloutKind.class);
        visit(document, document, page, outcome, kinds);
        outcome.fact(Kinds.class, new Kinds(kinds));
    }

    private static void visit(Node parent, Document document, PageSource page, MarkdownOutcome outcome,
                              Set<CalloutKind> kinds) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Callout callout) {
                if (callout.getKind() == null) {
                    outcome.problems().add(unknown(callout, document, page));
                } else {
                    kinds.add(callout.getKind());
                }
            }
            visit(node, document, page, outcome, kinds);
        }
    }

    private static Problem unknown(Callout callout, Document document, PageSource page) {
        FilePosition at = LinkCollector.position(document, callout.getMarker(), page);
        List<String> closest = DidYouMean.closest(callout.getWord().toLowerCase(), CalloutKind.markers(), 2, 1);
        String known = String.join(", ", CalloutKind.markers().stream().map(m -> "[!" + m + "]").toList());
        return Problem.error(Rules.CALLOUT_UNKNOWN_KIND, at.file(), at.line(), at.column(),
                "\"[!" + callout.getWord() + "]\" is not a kind of call-out"
                        + (closest.isEmpty() ? "" : "; did you mean \"[!" + closest.get(0) + "]\"?"),
                "use one of " + known + ", or remove the marker line to keep a plain quotation");
    }
}

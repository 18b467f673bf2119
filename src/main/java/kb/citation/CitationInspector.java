package kb.citation;

import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kb.content.DocumentInspector;
import kb.content.FilePosition;
import kb.content.LinkCollector;
import kb.content.MarkdownOutcome;
import kb.content.PageSource;

/**
 * Hands a page's numbered citations to the rest of the build: {@code content.references} for templates (a list of
 * {@link ReferenceModel} maps with {@code number} and {@code anchor}, in number order) and a
 * {@link PageCitations} fact, with the source position of every unknown key and malformed citation, for the
 * validator.
 */
public final class CitationInspector implements DocumentInspector {

    /** Template model key of the page's cited references. */
    public static final String MODEL_KEY = "references";

    /**
     * Each reference's template fields, made once per build: a reference cited on hundreds of pages would otherwise
     * have its formatted text and HTML copied again for each. Pages get a copy to add their number to. Keyed
     * by the whole record, so an edited entry is made afresh; the same fields whichever page asks first.
     */
    private final Map<Reference, Map<String, Object>> fields = new ConcurrentHashMap<>();

    @Override
    public void inspect(Document document, PageSource page, MarkdownOutcome outcome) {
        CitedReferences cited = CitationExtension.CITED.get(document);
        if (cited == null) {
            return;
        }
        String prefix = CitationExtension.REFERENCE_ID_PREFIX.get(document);
        Bibliography bibliography = CitationExtension.BIBLIOGRAPHY.get(document);
        List<Map<String, Object>> references = new ArrayList<>();
        List<PageCitations.Cited> keys = new ArrayList<>();
        for (CitedReferences.Entry entry : cited.entries()) {
            Map<String, Object> model = new LinkedHashMap<>(fields.computeIfAbsent(entry.reference(),
                    reference -> ReferenceModel.of(reference, bibliography.formatted(reference))));
            String anchor = prefix + entry.number();
            model.put("number", entry.number());
            model.put("anchor", anchor);
            references.add(model);
            keys.add(new PageCitations.Cited(entry.reference().key(), entry.number(), anchor));
        }
        List<PageCitations.Unresolved> unknown = new ArrayList<>();
        for (CitationItem item : cited.unresolved()) {
            FilePosition at = LinkCollector.position(document, item.getChars(), page);
            unknown.add(new PageCitations.Unresolved(item.getKey(), at.file(), at.line(), at.column()));
        }
        List<PageCitations.Malformed> malformed = new ArrayList<>();
        for (Citation citation : cited.malformed()) {
            FilePosition at = LinkCollector.position(document, citation.getChars(), page);
            malformed.add(new PageCitations.Malformed(citation.getChars().toString().replaceAll("\\s+", " "),
                    CitationSyntax.fault(citation.getText()), at.file(), at.line(), at.column()));
        }
        outcome.model().put(MODEL_KEY, references);
        outcome.fact(PageCitations.class, new PageCitations(keys, unknown, malformed));
    }
}

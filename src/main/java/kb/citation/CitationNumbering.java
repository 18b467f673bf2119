package kb.citation;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.List;
import org.jetbrains.annotations.NotNull;

/**
 * Numbers a document's citations once it is parsed: references get numbers in the order they are first cited,
 * keys are looked up in the {@link CitationExtension#BIBLIOGRAPHY}, and the result is stored on the document
 * under {@link CitationExtension#CITED}. A citation inside a link's text would nest a link in a link, so it is
 * turned back into the text that was written.
 */
final class CitationNumbering extends DocumentPostProcessor {

    @NotNull
    @Override
    public Document processDocument(@NotNull Document document) {
        List<Citation> citations = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Citation.class, citations::add)).visit(document);
        Bibliography bibliography = CitationExtension.BIBLIOGRAPHY.get(document);
        CitedReferences cited = new CitedReferences();
        for (Citation citation : citations) {
            if (citation.getAncestorOfType(Link.class, LinkRef.class, Image.class, ImageRef.class) != null) {
                citation.insertBefore(new Text(citation.getChars()));
                citation.unlink();
                continue;
            }
            if (citation.isMalformed()) {
                cited.malformed(citation);
            }
            for (CitationItem item : citation.getItems()) {
                Reference reference = bibliography.get(item.getKey());
                if (reference == null) {
                    cited.unresolved(item);
                } else {
                    cited.cite(item, reference);
                }
            }
        }
        document.set(CitationExtension.CITED, cited);
        return document;
    }

    static final class Factory extends DocumentPostProcessorFactory {
        @NotNull
        @Override
        public DocumentPostProcessor apply(@NotNull Document document) {
            return new CitationNumbering();
        }
    }
}

package kb.snippet;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.List;
import kb.content.IncludedSources;
import org.jetbrains.annotations.NotNull;

/**
 * Puts each included snippet's blocks under its include line, parsed with the page's own parser set-up (so its
 * call-outs, links and nested includes work as on a page). It runs before the other post-processors of the page,
 * the citation numbering among them, so a snippet's citations are numbered with the page's. Each snippet's text
 * is recorded in the page's {@link IncludedSources}, so what is found in it is placed in the snippet's file.
 */
final class SnippetIncluder extends DocumentPostProcessor {

    @Override
    public @NotNull Document processDocument(@NotNull Document document) {
        List<SnippetInclude> includes = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(SnippetInclude.class, includes::add)).visit(document);
        if (includes.isEmpty()) {
            return document;
        }
        SnippetLibrary library = SnippetExtension.LIBRARY.get(document);
        // Made before the snippet parser copies the page's data, so snippets included by snippets land here too.
        IncludedSources sources = IncludedSources.of(document);
        Parser parser = null;
        for (SnippetInclude include : includes) {
            String text = library.usableText(include.getName().toString());
            if (text == null) {
                continue; // reported: by the page's inspector (unknown) or by the library (a cycle)
            }
            // Problems in the snippet's text are then placed in its file (the parser keeps this String as the base).
            sources.add(text, library.displayName(include.getName().toString()));
            parser = parser != null ? parser : Parser.builder(document).build();
            Document snippet = parser.parse(text);
            for (Node child = snippet.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                include.appendChild(child);
                child = next;
            }
        }
        return document;
    }

    static final class Factory extends DocumentPostProcessorFactory {

        @Override
        public @NotNull DocumentPostProcessor apply(@NotNull Document document) {
            return new SnippetIncluder();
        }
    }
}

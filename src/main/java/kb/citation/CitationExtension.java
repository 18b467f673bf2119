package kb.citation;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import org.jetbrains.annotations.NotNull;

/**
 * Pandoc-style citations for flexmark: {@code [@key]}, {@code [@a; @b]}, {@code [@a, p. 4]} become superscript
 * numbers linked to a reference list in the site's citation style rendered at the end of the document. Built like flexmark's
 * footnotes extension: an inline parser ({@link CitationInlineParser}), a node ({@link Citation}), a document
 * post-processor that numbers citations per document ({@link CitationNumbering}) and a node renderer
 * ({@link CitationNodeRenderer}). Configure it through the data keys below; it keeps no state of its own.
 *
 * <p>Never combine it with flexmark's enumerated-reference extension, which also claims {@code [@...]}.
 */
public final class CitationExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** The references pages may cite; empty by default (every key is then unknown). */
    public static final DataKey<Bibliography> BIBLIOGRAPHY = new DataKey<>("KB_BIBLIOGRAPHY", Bibliography.empty());
    /** Id prefix of reference list entries: {@code ref-1}. */
    public static final DataKey<String> REFERENCE_ID_PREFIX = new DataKey<>("KB_REFERENCE_ID_PREFIX", "ref-");
    /** Id prefix of citation numbers in the text: {@code cite-1-2} is the second citation of reference 1. */
    public static final DataKey<String> CITATION_ID_PREFIX = new DataKey<>("KB_CITATION_ID_PREFIX", "cite-");
    /** The numbered citations of a document, set on each document by the post-processor. */
    public static final NullableDataKey<CitedReferences> CITED = new NullableDataKey<>("KB_CITED_REFERENCES");

    private CitationExtension() {
    }

    public static CitationExtension create() {
        return new CitationExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customInlineParserExtensionFactory(new CitationInlineParser.Factory());
        parserBuilder.postProcessorFactory(new CitationNumbering.Factory());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder rendererBuilder, @NotNull String rendererType) {
        if (rendererBuilder.isRendererType("HTML")) {
            rendererBuilder.nodeRendererFactory(new CitationNodeRenderer.Factory());
        }
    }
}

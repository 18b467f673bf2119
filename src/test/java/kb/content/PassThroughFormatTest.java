package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rendering without flexmark's line formatting writes the same HTML as with its default formatting. */
class PassThroughFormatTest {

    private static final MutableDataSet DEFAULT_FORMAT = new MutableDataSet(
            com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter.flexmarkOptions(
                    MarkdownRenderer.flags(List.of("TABLES", "FENCED_CODE_BLOCKS", "STRIKETHROUGH", "DEFINITIONS"))));

    @ParameterizedTest
    @MethodSource("kb.content.MarkdownSamples#all")
    void writesTheSameHtmlAsTheDefaultFormatting(String markdown) {
        MutableDataSet passThrough = new MutableDataSet(DEFAULT_FORMAT);
        passThrough.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        Document document = Parser.builder(DEFAULT_FORMAT).build().parse(markdown);
        assertEquals(HtmlRenderer.builder(DEFAULT_FORMAT).build().render(document),
                HtmlRenderer.builder(passThrough).build().render(document));
    }
}

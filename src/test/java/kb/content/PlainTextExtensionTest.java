package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The plain-text shortcut writes exactly what flexmark's core renderer writes. */
class PlainTextExtensionTest {

    private static final int FLAGS = PegdownExtensions.TABLES | PegdownExtensions.FENCED_CODE_BLOCKS
            | PegdownExtensions.AUTOLINKS | PegdownExtensions.STRIKETHROUGH | PegdownExtensions.DEFINITIONS;

    @ParameterizedTest
    @MethodSource("kb.content.MarkdownSamples#all")
    void writesTheSameHtmlAsTheCoreRenderer(String markdown) {
        assertEquals(render(markdown, List.of()), render(markdown, List.of(PlainTextExtension.create())));
    }

    @Test
    void takesPlainProseStraightFromTheSource() {
        Document document = parser(List.of()).parse("Runners like plain words.\n");
        Text text = (Text) document.getFirstChild().getFirstChild();
        assertNotNull(PlainTextExtension.plain(text.getChars()));
    }

    @Test
    void leavesTextThatNeedsEscapingToTheCoreRenderer() {
        Document document = parser(List.of()).parse("Two \"quoted\" words and 1 < 2\n");
        Text text = (Text) document.getFirstChild().getFirstChild();
        assertNull(PlainTextExtension.plain(text.getChars()));
    }

    private static DataHolder options(List<Extension> extensions) {
        return PegdownOptionsAdapter.flexmarkOptions(FLAGS, extensions.toArray(new Extension[0]));
    }

    private static Parser parser(List<Extension> extensions) {
        return Parser.builder(options(extensions)).build();
    }

    private static String render(String markdown, List<Extension> extensions) {
        return HtmlRenderer.builder(options(extensions)).build().render(parser(extensions).parse(markdown));
    }
}

package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The prefiltered escaped-character extension writes the same HTML as flexmark's own. */
class PrefilterTest {

    private static final MutableDataSet FLEXMARK = new MutableDataSet(PegdownOptionsAdapter.flexmarkOptions(
            MarkdownRenderer.flags(List.of("TABLES", "FENCED_CODE_BLOCKS", "AUTOLINKS", "STRIKETHROUGH", "DEFINITIONS"))));
    private static final MutableDataSet PREFILTERED = MarkdownRenderer.withPrefilters(new MutableDataSet(FLEXMARK));
    private static final Parser PREFILTERED_PARSER = Parser.builder(PREFILTERED).build();
    private static final HtmlRenderer PREFILTERED_RENDERER = HtmlRenderer.builder(PREFILTERED).build();

    static Stream<String> samples() throws IOException {
        return Stream.concat(MarkdownSamples.all(), Stream.of(
                "Escaped \\| pipe, \\[not a link\\], \\`tick\\` and a trailing backslash\\",
                "| a \\| b | c |\n|---|:---:|\n| `x | y` | **z** |\n| 1 | 2 |",
                "Text first\n| a | b |\n|---|---|\n| 1 | 2 |",
                "a | b\n--- | ---\n1 | 2\n\nafter",
                "| only | header |\n|---|---|",
                "> | quoted | table |\n> |---|---|\n> | 1 | 2 |",
                "- | in | item |\n  |---|---|\n  | 1 | 2 |",
                "*emph \\* star* and [link \\] bracket](https://example.org/a\\_b)",
                "Not a table | just a pipe\nand a second line"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writesTheSameHtmlAsFlexmarksOwnExtensions(String markdown) {
        String expected = HtmlRenderer.builder(FLEXMARK).build().render(Parser.builder(FLEXMARK).build().parse(markdown));
        assertEquals(expected, PREFILTERED_RENDERER.render(PREFILTERED_PARSER.parse(markdown)));
    }

    @Test
    void replacesTheEscapedCharacterExtensionOfThePegdownAdapter() {
        List<String> names = Parser.EXTENSIONS.get(PREFILTERED).stream().map(e -> e.getClass().getSimpleName()).toList();
        assertTrue(names.contains("EscapedCharacterPrefilter") && !names.contains("EscapedCharacterExtension"),
                names.toString());
    }
}

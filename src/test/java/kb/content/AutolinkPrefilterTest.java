package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Skipping text that cannot hold a link must not change what flexmark's autolink extension produces. */
class AutolinkPrefilterTest {

    private static final MutableDataSet FLEXMARK = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(AutolinkExtension.create()));
    private static final MutableDataSet PREFILTERED = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(AutolinkPrefilter.create()));

    @ParameterizedTest
    @ValueSource(strings = {
            "Read https://example.org/a?b=c for more.",
            "Mail clinic@example.org or call.",
            "Go to www.example.org today, or WWW.EXAMPLE.ORG.",
            "A *stressed* word and https://example.org/x in **one** paragraph.",
            "An entity &#64; and clinic&#64;example.org and a bare scheme http:// alone.",
            "- list item with https://example.org\n- plain item\n\n| a | b |\n|---|---|\n| x@y.org | z |",
            "Plain text with no link at all, *emphasis* and `code`.",
            "Escaped \\: colon and a [link](https://example.org) already.",
            "Cited [@smith2020; @jones2019, p. 4] and [@doe2021]. Note: a colon in prose.",
            "Escaped slashes http:\\/\\/example.org and a@b.org after a citation [@a].",
            "Mixed Www.Example.org and wWw.example.org.",
    })
    void rendersExactlyLikeFlexmarksAutolinkExtension(String markdown) {
        assertEquals(render(FLEXMARK, markdown), render(PREFILTERED, markdown));
    }

    private static String render(MutableDataSet options, String markdown) {
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }
}

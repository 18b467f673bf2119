package kb.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationExtensionTest {

    static final String BIB = """
            references:
            - key: crane2012massage
              authors: [Crane JD, Ogborn DI, Cupido C, Melov S, Hubbard A, Bourgeois JM, Tarnopolsky MA]
              year: 2012
              title: Massage therapy attenuates inflammatory signaling after exercise-induced muscle damage
              journal: Science Translational Medicine
              volume: '4'
              issue: '119'
              pages: 119ra13
              doi: 10.1126/scitranslmed.3002882
              pmid: '22301554'
            - key: davis2020effect
              authors: [Davis HL, Alabed S, Chico TJA]
              year: 2020
              title: Effect of sports massage on performance and recovery
              journal: BMJ Open Sport & Exercise Medicine
              volume: '6'
              issue: '1'
              article_number: e000614
            """;

    static String render(String markdown) {
        BibliographyReader.Result bib = BibliographyReader.parse(BIB, "content/bibliography.yaml");
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(CitationExtension.create()));
        options.set(CitationExtension.BIBLIOGRAPHY, bib.bibliography());
        Document doc = Parser.builder(options).build().parse(markdown);
        return HtmlRenderer.builder(options).build().render(doc);
    }

    @Test
    void scratch() {
        System.out.println(render("Text [@crane2012massage; @davis2020effect, p. 4] and [@nope] and [@crane2012massage].\n\n`[@x]` \\[@y] [@a b] [@lnk](http://x) [see [@crane2012massage]](http://y) a@b.c"));
    }
}

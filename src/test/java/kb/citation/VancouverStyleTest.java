package kb.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VancouverStyleTest {

    private static Reference article(List<String> authors, String title) {
        return new Reference("k", authors, title, "Science Translational Medicine", null, "2012", "4", "119",
                "119ra13", null, "10.1126/scitranslmed.3002882", "22301554", null, null, null, null, 1);
    }

    @Test
    void moreThanSixAuthorsBecomeTheFirstThreeAndEtAl() {
        Reference crane = article(List.of("Crane JD", "Ogborn DI", "Cupido C", "Melov S", "Hubbard A", "Bourgeois JM",
                "Tarnopolsky MA"), "Massage therapy attenuates inflammatory signaling after exercise-induced muscle damage");
        assertEquals("Crane JD, Ogborn DI, Cupido C, et al. Massage therapy attenuates inflammatory signaling after "
                + "exercise-induced muscle damage. Science Translational Medicine. 2012;4(119):119ra13. "
                + "doi:10.1126/scitranslmed.3002882", VancouverStyle.text(crane));
    }

    @Test
    void upToSixAuthorsAreAllListed() {
        Reference six = article(List.of("A A", "B B", "C C", "D D", "E E", "F F"), "Title");
        String text = VancouverStyle.citationText(six);
        assertTrue(text.startsWith("A A, B B, C C, D D, E E, F F. Title. "), text);
    }

    @Test
    void aTitleEndingWithAQuestionMarkGetsNoFullStop() {
        assertEquals("Doe J. Does it work? Science Translational Medicine. 2012;4(119):119ra13.",
                VancouverStyle.citationText(article(List.of("Doe J"), "Does it work?")));
    }

    @Test
    void anArticleNumberStandsInForPagesAndMissingPartsAreLeftOut() {
        Reference reference = new Reference("k", List.of("Strube A"), "Expectations in pain", "eLife", null, "2021",
                "10", null, null, "e62809", null, null, null, null, null, null, 1);
        assertEquals("Strube A. Expectations in pain. eLife. 2021;10:e62809.", VancouverStyle.text(reference));
    }

    @Test
    void aBookNamesItsPublisher() {
        Reference book = new Reference("k", List.of("Doe J"), "Sports massage", null, "Human Kinetics", "2019",
                null, null, null, null, null, null, null, "https://example.com/book", null, null, 1);
        assertEquals("Doe J. Sports massage. Human Kinetics; 2019. Available from: https://example.com/book",
                VancouverStyle.text(book));
    }

    @Test
    void htmlEscapesTextAndLinksDoiPubmedAndPmc() {
        Reference reference = new Reference("k", List.of("Doe J"), "Pain & <gain>", "J", null, "2020", null, null,
                null, null, "10.1/x", "123", "PMC9", null, null, null, 1);
        assertEquals("Doe J. Pain &amp; &lt;gain&gt;. J. 2020. doi:<a class=\"doi\" href=\"https://doi.org/10.1/x\">10.1/x</a> "
                + "<a class=\"pubmed\" href=\"https://pubmed.ncbi.nlm.nih.gov/123/\">PubMed</a> "
                + "<a class=\"pmc\" href=\"https://pmc.ncbi.nlm.nih.gov/articles/PMC9/\">Free full text (PMC)</a>",
                VancouverStyle.html(reference));
    }
}

package kb.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The references in CSL styles through citeproc-java: the default ({@code vancouver}, NLM's citation-sequence
 * style) writes what the site wrote before it used CSL, apart from what NLM's style defines (six authors before
 * "et al.", shortened page ranges); APA and AMA from the same entries; the site's links and escaping.
 */
class CitationStyleTest {

    private static Reference article(List<String> authors, String title) {
        return new Reference("k", authors, title, "Science Translational Medicine", null, "2012", "4", "119",
                "119ra13", null, "10.1126/scitranslmed.3002882", "22301554", null, null, null, null, 1);
    }

    private static FormattedReference format(String style, Reference reference) {
        return FormattedReferences.format(style(style), List.of(reference)).get(reference);
    }

    private static CitationStyle style(String name) {
        CitationStyleSetting.Result result = CitationStyleSetting.read(name, Path.of("."), Path::toString, 1);
        assertEquals(List.of(), result.problems());
        return result.style();
    }

    private static final Reference CRANE = article(List.of("Crane JD", "Ogborn DI", "Cupido C", "Melov S",
            "Hubbard A", "Bourgeois JM", "Tarnopolsky MA"),
            "Massage therapy attenuates inflammatory signaling after exercise-induced muscle damage");

    @Test
    void moreThanSixAuthorsBecomeTheFirstSixAndEtAl() {
        assertEquals("Crane JD, Ogborn DI, Cupido C, Melov S, Hubbard A, Bourgeois JM, et al. Massage therapy attenuates inflammatory signaling after "
                + "exercise-induced muscle damage. Science Translational Medicine. 2012;4(119):119ra13. "
                + "doi:10.1126/scitranslmed.3002882", format("vancouver", CRANE).text());
    }

    @Test
    void upToSixAuthorsAreAllListed() {
        Reference six = article(List.of("Aa A", "Bb B", "Cc C", "Dd D", "Ee E", "Ff F"), "Title");
        String text = format("vancouver", six).text();
        assertTrue(text.startsWith("Aa A, Bb B, Cc C, Dd D, Ee E, Ff F. Title. "), text);
    }

    @Test
    void aTitleEndingWithAQuestionMarkGetsNoFullStop() {
        assertEquals("Doe J. Does it work? Science Translational Medicine. 2012;4(119):119ra13. "
                + "doi:10.1126/scitranslmed.3002882", format("vancouver", article(List.of("Doe J"), "Does it work?")).text());
    }

    @Test
    void anArticleNumberStandsInForPagesAndMissingPartsAreLeftOut() {
        Reference reference = new Reference("k", List.of("Strube A"), "Expectations in pain", "eLife", null, "2021",
                "10", null, null, "e62809", null, null, null, null, null, null, 1);
        assertEquals("Strube A. Expectations in pain. eLife. 2021;10:e62809.", format("vancouver", reference).text());
    }

    @Test
    void theDefaultLinksDoiPubmedAndPmcAsBefore() {
        Reference reference = new Reference("k", List.of("Doe J"), "Pain and gain", "J Sports", null, "2020", "3",
                null, "1-2", null, "10.1/x", "123", "PMC9", null, null, null, 1);
        assertEquals("Doe J. Pain and gain. J Sports. 2020;3:1–2. "
                + "doi:<a class=\"doi\" href=\"https://doi.org/10.1/x\">10.1/x</a> "
                + "<a class=\"pubmed\" href=\"https://pubmed.ncbi.nlm.nih.gov/123/\">PubMed</a> "
                + "<a class=\"pmc\" href=\"https://pmc.ncbi.nlm.nih.gov/articles/PMC9/\">Free full text (PMC)</a>",
                format("vancouver", reference).html());
    }

    @Test
    void titlesAndNamesAreEscapedInEveryStyle() {
        Reference reference = new Reference("k", List.of("O'Brien J"), "Pain & <gain> \"now\" <script>alert(1)</script>",
                "J <b>", null, "2020", "3", null, "1-2", null, "10.1/x\"><script>", null, null, null, null, null, 1);
        for (String style : List.of("vancouver", "apa", "nlm-citation-sequence", "harvard-cite-them-right")) {
            String html = format(style, reference).html();
            assertFalse(html.contains("<script>") || html.contains("<gain>") || html.contains("<b>")
                    || html.contains("\"now\""), style + ": " + html);
            // citeproc-java sets quotation marks typographically ("now" becomes “now”), as CSL processors do.
            assertTrue(html.contains("Pain &amp; &lt;gain&gt; “now” &lt;script&gt;"), style + ": " + html);
            assertTrue(html.contains("href=\"https://doi.org/10.1/x&quot;&gt;&lt;script&gt;\""), style + ": " + html);
        }
    }

    @Test
    void aBookNamesItsPublisherAndItsAddress() {
        Reference book = new Reference("k", List.of("Doe J"), "Sports massage", null, "Human Kinetics", "2019",
                null, null, null, null, null, null, null, "https://example.com/book", null, null, 1);
        FormattedReference formatted = format("vancouver", book);
        assertTrue(formatted.text().startsWith("Doe J. <i>Sports Massage</i>".replace("<i>", "").replace("</i>", ""))
                || formatted.text().startsWith("Doe J. Sports massage"), formatted.text());
        assertTrue(formatted.text().contains("Human Kinetics"), formatted.text());
        assertTrue(formatted.html().contains("<a class=\"url\" href=\"https://example.com/book\">https://example.com/book</a>"),
                formatted.html());
    }

    @Test
    void theSameReferencesInApaAndAma() {
        assertEquals("Crane, J. D., Ogborn, D. I., Cupido, C., Melov, S., Hubbard, A., Bourgeois, J. M., & "
                + "Tarnopolsky, M. A. (2012). Massage therapy attenuates inflammatory signaling after exercise-induced "
                + "muscle damage. Science Translational Medicine, 4(119), 119ra13. "
                + "https://doi.org/10.1126/scitranslmed.3002882", format("apa", CRANE).text());
        assertEquals("Crane, J. D., Ogborn, D. I., Cupido, C., Melov, S., Hubbard, A., Bourgeois, J. M., &amp; "
                + "Tarnopolsky, M. A. (2012). Massage therapy attenuates inflammatory signaling after exercise-induced "
                + "muscle damage. <i>Science Translational Medicine</i>, <i>4</i>(119), 119ra13. "
                + "<a class=\"doi\" href=\"https://doi.org/10.1126/scitranslmed.3002882\">"
                + "https://doi.org/10.1126/scitranslmed.3002882</a> "
                + "<a class=\"pubmed\" href=\"https://pubmed.ncbi.nlm.nih.gov/22301554/\">PubMed</a>",
                format("apa", CRANE).html());
        assertEquals("Crane JD, Ogborn DI, Cupido C, et al. Massage therapy attenuates inflammatory signaling after "
                + "exercise-induced muscle damage. <i>Science Translational Medicine</i>. 2012;4(119):119ra13. "
                + "doi:<a class=\"doi\" href=\"https://doi.org/10.1126/scitranslmed.3002882\">10.1126/scitranslmed.3002882</a> "
                + "<a class=\"pubmed\" href=\"https://pubmed.ncbi.nlm.nih.gov/22301554/\">PubMed</a>",
                format("american-medical-association", CRANE).html());
        assertEquals(format("vancouver", CRANE), format("nlm-citation-sequence", CRANE));
    }

    @Test
    void aBlankAuthorLabelAddsNoStrayCommaButAnEditorKeepsTheirs() {
        // citeproc-java prints the ", " of NLM's blank author label ("Crane JD, Ogborn DI, . Massage"); BlankAuthorLabel.
        assertTrue(format("vancouver", CRANE).text().startsWith("Crane JD, Ogborn DI, Cupido C, Melov S, Hubbard A, "
                + "Bourgeois JM, et al. Massage"), format("vancouver", CRANE).text());
        Reference twoAuthors = article(List.of("Doe J", "Roe R"), "Title");
        for (String style : List.of("vancouver", "elsevier-vancouver", "american-medical-association")) {
            assertFalse(format(style, twoAuthors).text().contains(", ."), style + ": " + format(style, twoAuthors).text());
        }
        String xml = BlankAuthorLabel.removedFrom(CitationStyle.standardXml("nlm-citation-sequence"));
        assertTrue(xml.contains("<text macro=\"kb-author-substitute-1\"/>"), "the editor substitute keeps its label");
        assertTrue(xml.matches("(?s).*<macro name=\"kb-author-substitute-1\"><names variable=\"editor\"><name [^>]*/>"
                + "<label form=\"long\" prefix=\", \"/></names></macro>.*"), "the editor substitute keeps its label");
    }

    @Test
    void anArticleNumberIsPrintedWholeWhereThePagesWouldBe() {
        // citeproc-java reads pages as a range and cut "e21.00183" to "e21".
        Reference reference = new Reference("k", List.of("Meek WM"), "Calf strain in athletes", "JBJS Reviews", null,
                "2022", "10", "3", null, "e21.00183", null, null, null, null, null, null, 1);
        for (String style : List.of("vancouver", "american-medical-association", "apa")) {
            assertTrue(format(style, reference).text().contains("e21.00183"), style + ": " + format(style, reference).text());
        }
        assertEquals("Meek WM. Calf strain in athletes. JBJS Reviews. 2022;10(3):e21.00183.",
                format("vancouver", reference).text());
    }

    @Test
    void aReferenceFormattedAlikeByTheLastBuildIsTakenFromTheCacheAndAChangedOneIsFormattedAgain(@TempDir Path temp)
            throws Exception {
        Path cache = temp.resolve("target/formatted-references.properties");
        CitationStyle vancouver = style("vancouver");
        Reference doe = article(List.of("Doe J"), "Title");
        FormattedReference first = new FormattedReferences(vancouver, List.of(CRANE, doe), cache).get(CRANE);
        assertEquals(format("vancouver", CRANE), first);
        // What the cache holds is what the next build uses: an entry changed in the file shows it was not redone.
        String text = Files.readString(cache, StandardCharsets.ISO_8859_1);
        Files.writeString(cache, text.replace("Massage therapy attenuates", "From the cache"), StandardCharsets.ISO_8859_1);
        assertTrue(new FormattedReferences(vancouver, List.of(CRANE, doe), cache).get(CRANE).text().contains("From the cache"));
        Reference changed = article(CRANE.authors(), "A corrected title");
        assertTrue(new FormattedReferences(vancouver, List.of(changed), cache).get(changed).text().contains("A corrected title"));
        assertTrue(new FormattedReferences(style("apa"), List.of(CRANE), cache).get(CRANE).text().contains("(2012)"),
                "another style is another entry");
    }

    @Test
    void aCacheThatCannotBeReadIsAnEmptyOne(@TempDir Path temp) throws Exception {
        Path cache = temp.resolve("formatted-references.properties");
        Files.writeString(cache, "\\u12 not a properties file");
        assertEquals(format("vancouver", CRANE), new FormattedReferences(style("vancouver"), List.of(CRANE), cache).get(CRANE));
    }

    @Test
    void aStyleThatLeavesOutTheDoiStillGetsTheSitesDoiLink() {
        // NLM's citation-sequence style writes no DOI; the reader keeps the link.
        FormattedReference nlm = format("nlm-citation-sequence", CRANE);
        assertTrue(nlm.html().contains(" doi:<a class=\"doi\" href=\"https://doi.org/10.1126/scitranslmed.3002882\">"),
                nlm.html());
        assertTrue(nlm.text().endsWith(" doi:10.1126/scitranslmed.3002882"), nlm.text());
    }

    @Test
    void aWholeBibliographyIsFormattedInOneBatchInEntryOrder() {
        Reference second = article(List.of("Zed A"), "Another");
        Reference first = new Reference("a", List.of("Able B"), "First", "J", null, "2001", "1", null, "2", null,
                null, null, null, null, null, null, 2);
        var batch = FormattedReferences.format(style("apa"), List.of(second, first));
        assertTrue(batch.get(second).text().startsWith("Zed, A. (2012). Another."), batch.get(second).text());
        assertTrue(batch.get(first).text().startsWith("Able, B. (2001). First."), batch.get(first).text());
    }
}

package kb.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kb.report.Problem;
import kb.testing.SiteTypes;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

/** Fields with a declared set of values are checked against it; tags reach JBake in the form it reads. */
class FrontMatterSchemaTest {

    private static final FrontMatterSchema SCHEMA = new FrontMatterSchema(SiteTypes.real());

    private static final String INJURY = "---\ntype: injury\ntitle: Shin pain\nsummary: Pain.\n"
            + "last_reviewed: 2026-01-02\nnext_review: 2027-01-02\nreviewed_by: Jane\nregion: %s\n---\n\nText.\n";

    private static FrontMatterSchema.Findings apply(String region) {
        FrontMatter fm = FrontMatter.parse(INJURY.formatted(region), "content/injuries/shin-pain.md");
        return SCHEMA.apply(fm, "content/injuries/shin-pain.md", new DocumentModel());
    }

    @Test
    void refusesAValueOutsideTheSetAtTheValueListingTheAllowedOnes() {
        FrontMatterSchema.Findings findings = apply("banana");
        assertEquals(List.of(), findings.fatal(), "the page is still built");
        Problem problem = findings.values().get(0);
        assertEquals("content/injuries/shin-pain.md:8:9: \"region\" must be one of knee, hip, lower leg, ankle, foot, "
                + "thigh, whole leg, not \"banana\" [front-matter/value]", problem.headline());
        assertEquals("write one of these values, e.g. region: knee", problem.hint());
    }

    @Test
    void suggestsTheClosestAllowedValue() {
        assertEquals("did you mean \"lower leg\"?", apply("lower legs").values().get(0).hint());
        assertEquals("did you mean \"knee\"?", apply("Knee").values().get(0).hint());
    }

    @Test
    void acceptsEveryAllowedValueAndLeavesPlaceholdersToThePlaceholderCheck() {
        for (String value : SCHEMA.types().field("region").values()) {
            assertEquals(List.of(), apply(value).values(), value);
        }
        assertEquals(List.of(), apply("\"" + Placeholder.note("one of knee, hip") + "\"").values());
    }

    @Test
    void everyFieldWithDeclaredValuesIsChecked() {
        List<ContentTypes.Field> withValues = SCHEMA.types().fields().values().stream()
                .filter(f -> !f.values().isEmpty()).toList();
        assertFalse(withValues.isEmpty());
        for (ContentTypes.Field field : withValues) {
            String type = SCHEMA.types().types().values().stream().filter(t -> t.allows(field.name())).findFirst()
                    .orElseThrow().name();
            String text = "---\ntype: " + type + "\ntitle: T\n" + field.name() + ": not-a-declared-value\n---\n";
            FrontMatterSchema.Findings findings = SCHEMA.apply(FrontMatter.parse(text, "p.md"), "p.md",
                    new DocumentModel());
            assertTrue(findings.values().stream().anyMatch(p -> p.rule().equals("front-matter/value") && p.line() == 4),
                    field.name() + ": " + findings);
        }
    }

    @Test
    void givesJBakeTheTagsAsTheStringArrayItReads() {
        FrontMatter fm = FrontMatter.parse("---\ntype: page\ntitle: About\ntags: [knee, overuse]\n---\nText.\n",
                "content/about.md");
        DocumentModel model = new DocumentModel();

        FrontMatterSchema.Findings findings = SCHEMA.apply(fm, "content/about.md", model);
        assertEquals(List.of(), findings.fatal());
        assertEquals(List.of(), findings.values());
        // What JBake's MarkupEngine calls for every page; without a String[] it needs OrientDB's classes.
        assertArrayEquals(new String[] {"knee", "overuse"}, model.getTags());
    }
}

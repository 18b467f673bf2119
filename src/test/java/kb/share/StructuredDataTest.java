package kb.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON-LD from what a page's type declares, read back with a real JSON parser. */
class StructuredDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StructuredData data = new StructuredData("Test KB", "https://kb.example", "Test Clinic");

    private JsonNode jsonLd(PageFacts page) throws Exception {
        return JSON.readTree(data.jsonLd(page));
    }

    @Test
    void aPageOfQuestionsHasEachQuestionAndItsAnswer() throws Exception {
        String body = "<h2 id=\"does-it-hurt\">Does it hurt?</h2><p>It can feel firm.<sup><a href=\"#ref-1\">1</a></sup></p>"
                + "<p>Tell your therapist.</p><h2 id=\"how-often\">How often?</h2><ul><li>Weekly.</li></ul>"
                + "<h2 id=\"references\">References</h2><ol><li>Smith J. A trial. <a href=\"https://doi.org/10.1/x\">doi</a></li></ol>";
        JsonNode faq = jsonLd(new PageFacts(List.of("FAQPage", "MedicalWebPage"), "https://kb.example/faq/", "Questions",
                "Answers.", "2026-01-02", "Jane Doe", null, null, List.of(), true,
                List.of(Map.of("id", "does-it-hurt", "text", "Does it hurt?"),
                        Map.of("id", "how-often", "text", "How often?"), Map.of("id", "references", "text", "References")),
                List.of("https://doi.org/10.1/x"), body));
        assertEquals("FAQPage", faq.get("@type").get(0).asText());
        assertEquals(2, faq.get("mainEntity").size(), "References is not a question");
        JsonNode first = faq.get("mainEntity").get(0);
        assertEquals("Does it hurt?", first.get("name").asText());
        assertEquals("It can feel firm. Tell your therapist.", first.get("acceptedAnswer").get("text").asText());
        assertEquals("Weekly.", faq.get("mainEntity").get(1).get("acceptedAnswer").get("text").asText());
        assertEquals("https://doi.org/10.1/x", faq.get("citation").get(0).asText(), "each cited work by its address");
        assertEquals("Person", faq.get("reviewedBy").get("@type").asText());
    }

    @Test
    void aboutAConditionWithItsAnatomyAndTreatments() throws Exception {
        JsonNode injury = jsonLd(new PageFacts(List.of("MedicalWebPage"), "https://kb.example/injuries/knee/", "Knee pain",
                "Sore knee.", "2026-01-02", "Clinic editorial team", "MedicalCondition", "knee",
                List.of(Map.of("title", "Stroking", "url", "/techniques/stroking/", "type", "MedicalTherapy")), false,
                List.of(), List.of(), "<p>Text</p>"));
        assertEquals("MedicalWebPage", injury.get("@type").asText());
        assertEquals("2026-01-02", injury.get("lastReviewed").asText());
        assertEquals("Organization", injury.get("reviewedBy").get("@type").asText());
        JsonNode about = injury.get("about");
        assertEquals("MedicalCondition", about.get("@type").asText());
        assertEquals("knee", about.get("associatedAnatomy").get("name").asText());
        assertEquals("https://kb.example/techniques/stroking/", about.get("possibleTreatment").get(0).get("url").asText());
        assertEquals("MedicalTherapy", about.get("possibleTreatment").get(0).get("@type").asText());
        assertFalse(injury.has("mainEntity"), "not a page of questions");
        assertFalse(injury.has("citation"), "no cited works, no citations");
    }

    @Test
    void aboutATherapyWithItsDescription() throws Exception {
        JsonNode technique = jsonLd(new PageFacts(List.of("MedicalWebPage"), "https://kb.example/techniques/s/", "Stroking",
                "Long strokes.", "2026-01-02", "Jane Doe", "MedicalTherapy", null, List.of(), false, List.of(), List.of(), ""));
        assertEquals("MedicalTherapy", technique.get("about").get("@type").asText());
        assertEquals("Long strokes.", technique.get("about").get("description").asText());
        assertFalse(technique.get("about").has("possibleTreatment"));
    }

    @Test
    void textCannotCloseTheScriptElement() throws Exception {
        String json = data.jsonLd(new PageFacts(List.of("WebPage"), "https://kb.example/a/",
                "</script><script>alert(1)</script>", null, null, null, null, null, List.of(), false, List.of(),
                List.of(), ""));
        assertFalse(json.contains("</"), json);
        assertEquals("WebPage", JSON.readTree(json).get("@type").asText());
        assertTrue(JSON.readTree(json).get("name").asText().startsWith("</script>"));
    }
}

package kb.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON-LD per page type, read back with a real JSON parser. */
class StructuredDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StructuredData data = new StructuredData("Test KB", "https://kb.example", "Test Clinic");

    private JsonNode jsonLd(PageFacts page) throws Exception {
        return JSON.readTree(data.jsonLd(page));
    }

    @Test
    void faqIsAFaqPageWithEachQuestionAndItsAnswer() throws Exception {
        String body = "<h2 id=\"does-it-hurt\">Does it hurt?</h2><p>It can feel firm.<sup><a href=\"#ref-1\">1</a></sup></p>"
                + "<p>Tell your therapist.</p><h2 id=\"how-often\">How often?</h2><ul><li>Weekly.</li></ul>"
                + "<h2 id=\"references\">References</h2><ol><li>Smith J. A trial. <a href=\"https://doi.org/10.1/x\">doi</a></li></ol>";
        JsonNode faq = jsonLd(new PageFacts("faq", "https://kb.example/faq/", "Questions", "Answers.", "2026-01-02",
                "Jane Doe", null, List.of(Map.of("id", "does-it-hurt", "text", "Does it hurt?"),
                        Map.of("id", "how-often", "text", "How often?"), Map.of("id", "references", "text", "References")),
                List.of(), List.of("https://doi.org/10.1/x"), body));
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
    void injuryIsAMedicalWebPageAboutAConditionWithItsTreatments() throws Exception {
        JsonNode injury = jsonLd(new PageFacts("injury", "https://kb.example/injuries/knee/", "Knee pain", "Sore knee.",
                "2026-01-02", "Clinic editorial team", "knee", List.of(),
                List.of(Map.of("title", "Stroking", "url", "/techniques/stroking/")), List.of(), "<p>Text</p>"));
        assertEquals("MedicalWebPage", injury.get("@type").asText());
        assertEquals("2026-01-02", injury.get("lastReviewed").asText());
        assertEquals("Organization", injury.get("reviewedBy").get("@type").asText());
        JsonNode about = injury.get("about");
        assertEquals("MedicalCondition", about.get("@type").asText());
        assertEquals("knee", about.get("associatedAnatomy").get("name").asText());
        assertEquals("https://kb.example/techniques/stroking/", about.get("possibleTreatment").get(0).get("url").asText());
        assertFalse(injury.has("citation"), "no cited works, no citations");
    }

    @Test
    void techniqueIsAboutATherapy() throws Exception {
        JsonNode technique = jsonLd(new PageFacts("technique", "https://kb.example/techniques/s/", "Stroking", "Long strokes.",
                "2026-01-02", "Jane Doe", null, List.of(), List.of(), List.of(), ""));
        assertEquals("MedicalTherapy", technique.get("about").get("@type").asText());
    }

    @Test
    void textCannotCloseTheScriptElement() throws Exception {
        String json = data.jsonLd(new PageFacts("page", "https://kb.example/a/", "</script><script>alert(1)</script>",
                null, null, null, null, List.of(), List.of(), List.of(), ""));
        assertFalse(json.contains("</"), json);
        assertEquals("WebPage", JSON.readTree(json).get("@type").asText());
        assertTrue(JSON.readTree(json).get("name").asText().startsWith("</script>"));
    }
}

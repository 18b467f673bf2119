package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kb.content.ContentTypes;
import kb.report.Problem;
import kb.scaffold.Scaffolder;
import kb.testing.FixtureCopy;
import kb.testing.SiteTypes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A type the engine has never heard of, declared by the fixture site types-exercise (its content/types.yaml and
 * templates/exercise.ftl): its cross-links both ways, its structured data, its page list, and kb new.
 */
class ConfiguredTypeTest {

    private static final Path SITE = FixtureSitesTest.SITES.resolve("types-exercise");

    @Test
    void anExercisePageListsTheInjuriesThatNameItAndTheInjuryListsItsExercises(@TempDir Path temp) throws Exception {
        BuildResult result = new SiteBuilder().build(BuildOptions.production(SITE, temp).withClock(FixtureSitesTest.TODAY));
        assertEquals(List.of(), result.report().problems().stream().map(Problem::headline).toList());
        assertEquals(List.of("injury", "exercise", "page"), List.copyOf(result.pagesPerType().keySet()));

        Document calf = Jsoup.parse(temp.resolve("exercises/calf-raises/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Ankle pain", "Knee pain"), calf.select("#helps-with + ul a").eachText(),
                "the reverse list, in title order");
        Document knee = Jsoup.parse(temp.resolve("injuries/knee-pain/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Step-downs", "Calf raises"), knee.select("#exercises-that-may-help + ul a").eachText(),
                "the links, in the order written");
        Document list = Jsoup.parse(temp.resolve("exercises/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Calf raises", "Step-downs"), list.select(".page-list a").eachText(), "site.exercises");

        JsonNode injury = jsonLd(knee);
        assertEquals("MedicalCondition", injury.get("about").get("@type").asText());
        assertEquals("knee", injury.get("about").get("associatedAnatomy").get("name").asText());
        JsonNode treatment = injury.get("about").get("possibleTreatment").get(0);
        assertEquals("ExercisePlan", treatment.get("@type").asText(), "a treatment is typed as its own type's about");
        assertEquals("https://fixture.example/exercises/step-downs/", treatment.get("url").asText());
        assertEquals("ExercisePlan", jsonLd(calf).get("about").get("@type").asText());
        assertFalse(Files.exists(temp.resolve("types.yaml")), "the types file is not published");
    }

    @Test
    void kbNewWritesAnExerciseWithItsFieldsAndSections(@TempDir Path temp) throws Exception {
        Path site = FixtureCopy.of("types-exercise", temp);
        ContentTypes types = SiteTypes.of(site.resolve("content/types.yaml"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        Scaffolder.Created created = new Scaffolder(site, site.resolve("content"), types, clock)
                .create("exercise", "Single-leg bridge");
        assertEquals("content/exercises/single-leg-bridge.md", created.file());
        String text = Files.readString(site.resolve(created.file()));
        assertTrue(text.startsWith("---\ntype: exercise\ntitle: \"Single-leg bridge\"\n"), text);
        assertTrue(text.contains("\nequipment: \"TODO: one of none, step, band\"\n"), text);
        assertTrue(text.contains("\n# repetitions: 3 sets of 15   (optional)\n"), text);
        assertEquals(List.of("How to do it", "Common mistakes", "References"),
                text.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList());
    }

    private static JsonNode jsonLd(Document page) throws Exception {
        Element script = page.selectFirst("script[type=application/ld+json]");
        return new ObjectMapper().readTree(script.data());
    }
}

package kb.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BibliographyPartsTest {

    /** Entries as SiteBibliography makes them, sorted by first author. */
    private static List<Map<String, Object>> entries(String... surnames) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (String surname : surnames) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", surname.toLowerCase());
            entry.put("first_author", surname);
            entries.add(entry);
        }
        return entries;
    }

    private static List<String> slugs(List<Map<String, Object>> parts) {
        return parts.stream().map(p -> (String) p.get("slug")).toList();
    }

    @Test
    void cutsOnlyBetweenInitialsAndKeepsEachPartAtMostTheLimit() {
        List<Map<String, Object>> entries = entries("Abel", "Adams", "Baker", "Brown", "Carter", "von Mohr", "Wager");
        List<Map<String, Object>> parts = BibliographyParts.split(entries, 3);
        assertEquals(List.of("a", "b-c", "v-w"), slugs(parts));
        assertEquals(List.of("A", "B–C", "V–W"), parts.stream().map(p -> p.get("label")).toList());
        assertEquals("references/b-c/", parts.get(1).get("path"));
        assertEquals("references/b-c/", entries.get(4).get("part"), "each entry knows the page it is on");
    }

    @Test
    void neverSplitsTheReferencesOfOneInitial() {
        List<Map<String, Object>> parts = BibliographyParts.split(entries("Abel", "Adams", "Allen", "Ayres", "Baker"), 3);
        assertEquals(List.of("a", "b"), slugs(parts));
        assertEquals(4, ((List<?>) parts.get(0).get("entries")).size());
    }

    @Test
    void accentedAndMissingAuthorsGetAnInitial() {
        assertEquals('o', BibliographyParts.initial(Map.of("first_author", "Özkan")));
        assertEquals('0', BibliographyParts.initial(Map.of("first_author", "")));
    }
}

package kb.content;

import java.util.List;
import java.util.Map;

/**
 * The {@code ##} headings each content type must have, in order, with their exact text. Defined once here: the
 * validator checks pages against them and {@code kb new} writes them into new pages.
 */
public final class RequiredSections {

    /** The last section of every health page: the build writes the numbered reference list after it. */
    public static final String REFERENCES = "References";

    private static final Map<String, List<String>> BY_TYPE = Map.of(
            "injury", List.of("What it is", "Symptoms", "Causes and risk factors", "How massage may help",
                    "What massage cannot do", "When not to massage", "When to see a doctor",
                    "Self-care between sessions", REFERENCES),
            "technique", List.of("What happens in a session", "What it is used for", "What the evidence shows",
                    "When not to have it", "Timing around runs and races", REFERENCES),
            "faq", List.of(REFERENCES),
            "page", List.of());

    private RequiredSections() {
    }

    /** The required headings of {@code type} in the order they appear on the page; empty for unknown types. */
    public static List<String> of(String type) {
        return BY_TYPE.getOrDefault(type, List.of());
    }
}

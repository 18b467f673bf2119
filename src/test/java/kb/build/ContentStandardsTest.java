package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.content.FrontMatter;
import kb.content.SourceText;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * The editorial standard of the real knowledge base: every injury and technique page has the required sections in
 * order, cites at least three different references that exist in the bibliography, and says when it was reviewed.
 */
class ContentStandardsTest {

    private static final Path CONTENT = Path.of("content");
    private static final Path BIBLIOGRAPHY = CONTENT.resolve("bibliography.yaml");
    private static final int MIN_DISTINCT_CITATIONS = 3;

    private static final List<String> INJURY_SLUGS = List.of("runners-knee", "it-band-syndrome",
            "achilles-tendinopathy", "shin-splints", "hamstring-strain", "stress-fracture", "ankle-sprain",
            "plantar-heel-pain", "doms");
    private static final List<String> TECHNIQUE_SLUGS = List.of("effleurage", "trigger-point", "deep-tissue",
            "instrument-assisted", "cupping", "cross-friction", "active-release", "pre-event", "post-event",
            "maintenance", "injury-rehabilitation", "self-massage");

    private static final List<String> INJURY_SECTIONS = List.of("What it is", "Symptoms", "Causes and risk factors",
            "How massage may help", "What massage cannot do", "When not to massage", "When to see a doctor",
            "Self-care between sessions", "References");
    private static final List<String> TECHNIQUE_SECTIONS = List.of("What happens in a session",
            "What it is used for", "What the evidence shows", "When not to have it", "Timing around runs and races",
            "References");

    /** A Pandoc citation key after "@" inside square brackets, e.g. [@davis2020effect; @guo2017massage, p. 3]. */
    private static final Pattern CITATION_GROUP = Pattern.compile("\\[[^\\]]*@[^\\]]*\\]");
    private static final Pattern CITATION_KEY = Pattern.compile("(?<![\\w.])@([A-Za-z0-9_]+(?:[:.#$%&+?<>~/-][A-Za-z0-9_]+)*)");
    private static final Pattern SECTION = Pattern.compile("^## +(.+?)\\s*#*\\s*$");

    @Test
    void everyExpectedInjuryAndTechniquePageExists() {
        List<String> missing = new ArrayList<>();
        INJURY_SLUGS.stream().map(s -> "injuries/" + s + ".md").filter(p -> !Files.isRegularFile(CONTENT.resolve(p)))
                .forEach(missing::add);
        TECHNIQUE_SLUGS.stream().map(s -> "techniques/" + s + ".md")
                .filter(p -> !Files.isRegularFile(CONTENT.resolve(p))).forEach(missing::add);
        assertEquals(List.of(), missing, "expected content pages are missing under content/");
    }

    @TestFactory
    Stream<DynamicTest> injuryPagesMeetTheStandard() throws IOException {
        return pagesIn("injuries").map(file -> dynamicTest(file.toString(), () -> assertMeetsStandard(file,
                INJURY_SECTIONS)));
    }

    @TestFactory
    Stream<DynamicTest> techniquePagesMeetTheStandard() throws IOException {
        return pagesIn("techniques").map(file -> dynamicTest(file.toString(), () -> assertMeetsStandard(file,
                TECHNIQUE_SECTIONS)));
    }

    @Test
    void citationKeysAreFoundInsideBracketsOnly() {
        String body = "Mail me@example.org. One [@davis2020effect; @guo2017massage, p. 3] and [see @kong2018effect].";
        assertEquals(Set.of("davis2020effect", "guo2017massage", "kong2018effect"), citedKeys(body));
    }

    private static Stream<Path> pagesIn(String folder) throws IOException {
        try (Stream<Path> files = Files.list(CONTENT.resolve(folder))) {
            List<Path> pages = files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("index.md")).sorted().toList();
            assertTrue(!pages.isEmpty(), "no pages found in content/" + folder);
            return pages.stream();
        }
    }

    private static void assertMeetsStandard(Path file, List<String> requiredSections) throws IOException {
        String name = file.toString();
        FrontMatter fm = FrontMatter.parse(SourceText.read(file, name), name);
        for (String key : List.of("last_reviewed", "next_review", "reviewed_by")) {
            assertTrue(fm.entry(key) != null && fm.entry(key).value() != null
                    && !String.valueOf(fm.entry(key).value()).isBlank(), name + ": front matter needs \"" + key + "\"");
        }

        List<String> sections = sections(fm.body());
        assertTrue(isInOrder(requiredSections, sections),
                name + ": needs the sections " + requiredSections + " in this order, found " + sections);
        assertEquals("References", sections.get(sections.size() - 1), name + ": \"## References\" must be last");

        Set<String> keys = citedKeys(fm.body());
        assertTrue(keys.size() >= MIN_DISTINCT_CITATIONS,
                name + ": cites " + keys.size() + " distinct references " + keys + ", needs at least "
                        + MIN_DISTINCT_CITATIONS);
        if (Files.isRegularFile(BIBLIOGRAPHY)) {
            Set<String> unknown = new TreeSet<>(keys);
            unknown.removeAll(bibliographyKeys());
            assertEquals(Set.of(), unknown, name + ": cites keys that are not in " + BIBLIOGRAPHY);
        }
    }

    /** The text of each {@code ##} heading, skipping fenced code blocks. */
    static List<String> sections(String body) {
        List<String> result = new ArrayList<>();
        boolean fenced = false;
        for (String line : body.lines().toList()) {
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced) {
                Matcher m = SECTION.matcher(line);
                if (m.matches()) {
                    result.add(m.group(1));
                }
            }
        }
        return result;
    }

    /** True when every required heading occurs in {@code actual}, in the required order. */
    private static boolean isInOrder(List<String> required, List<String> actual) {
        int at = 0;
        for (String heading : actual) {
            if (at < required.size() && heading.equals(required.get(at))) {
                at++;
            }
        }
        return at == required.size();
    }

    static Set<String> citedKeys(String body) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher group = CITATION_GROUP.matcher(body);
        while (group.find()) {
            Matcher key = CITATION_KEY.matcher(group.group());
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }

    /** Keys in content/bibliography.yaml: a map keyed by citation key, or lists of entries with "key" or "id". */
    private static Set<String> bibliographyKeys() throws IOException {
        Object root = new Yaml().load(Files.readString(BIBLIOGRAPHY));
        Set<String> keys = new TreeSet<>();
        collectKeys(root, keys, true);
        assertTrue(!keys.isEmpty(), BIBLIOGRAPHY + " has no entries with a key");
        return keys;
    }

    private static void collectKeys(Object node, Set<String> keys, boolean top) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (top && e.getValue() instanceof Map<?, ?>) {
                    keys.add(String.valueOf(e.getKey()));
                } else if (e.getValue() instanceof Collection<?>) {
                    collectKeys(e.getValue(), keys, false);
                }
            }
        } else if (node instanceof Collection<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> entry) {
                    Object key = entry.containsKey("key") ? entry.get("key") : entry.get("id");
                    if (key != null) {
                        keys.add(String.valueOf(key));
                    }
                }
            }
        }
    }
}

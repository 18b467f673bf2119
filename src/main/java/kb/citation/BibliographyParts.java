package kb.citation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits the sorted bibliography into pages of at most {@link #MAX_ENTRIES} references, cut only between the
 * initials of first authors (A–F, G–O, …), so a reader can find a reference by its first author and every page
 * stays light however long the bibliography grows. Each entry gets {@code part}: the path of its page.
 */
public final class BibliographyParts {

    /** About 20 full references with their "cited on" links keep a page well under the weight budget. */
    public static final int MAX_ENTRIES = 20;

    /** The folder the parts are published under, as in {@code references/a-f/}. */
    public static final String FOLDER = "references/";

    private BibliographyParts() {
    }

    /**
     * The parts as template maps: {@code slug} ("a-f"), {@code label} ("A–F"), {@code path} ("references/a-f/")
     * and {@code entries}. {@code entries} must be sorted by first author, as {@link SiteBibliography#model} is.
     */
    public static List<Map<String, Object>> split(List<Map<String, Object>> entries, int max) {
        List<List<Map<String, Object>>> groups = new ArrayList<>();
        List<Map<String, Object>> current = new ArrayList<>();
        int from = 0;
        while (from < entries.size()) {
            int to = from;
            while (to < entries.size() && initial(entries.get(to)) == initial(entries.get(from))) {
                to++;
            }
            if (!current.isEmpty() && current.size() + (to - from) > max) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.addAll(entries.subList(from, to));
            from = to;
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<Map<String, Object>> parts = new ArrayList<>();
        for (List<Map<String, Object>> group : groups) {
            char first = initial(group.get(0));
            char last = initial(group.get(group.size() - 1));
            String slug = first == last ? String.valueOf(first) : first + "-" + last;
            String label = first == last ? upper(first) : upper(first) + "–" + upper(last);
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("slug", slug);
            part.put("label", label);
            part.put("path", FOLDER + slug + "/");
            part.put("entries", List.copyOf(group));
            group.forEach(entry -> entry.put("part", FOLDER + slug + "/"));
            parts.add(part);
        }
        return parts;
    }

    /** The lower-case ASCII initial of the first author ("von Mohr" → v, "Özkan" → o); '0' for anything else. */
    static char initial(Map<String, Object> entry) {
        String surname = String.valueOf(entry.getOrDefault("first_author", ""));
        String plain = Normalizer.normalize(surname, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        char c = plain.isEmpty() ? '0' : plain.charAt(0);
        return c >= 'a' && c <= 'z' ? c : '0';
    }

    private static String upper(char c) {
        return c == '0' ? "#" : String.valueOf(Character.toUpperCase(c));
    }
}

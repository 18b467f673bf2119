package kb.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.citation.BibliographyParts;
import kb.site.Redirect;

/**
 * Keeps every address of a bibliography part that was once published working. The parts are cut by the size of
 * the bibliography, so adding or removing references regroups them ({@code /references/a-d/} becomes
 * {@code /references/a-c/} and {@code /references/d-k/}). Every part address listed in the committed
 * {@code permalinks.txt} that is no longer a part becomes a redirect to the part that now holds its first letter.
 * Because the guard never retires an address that is still published, the list only grows: a part address shared
 * once keeps leading to its references through any number of regroupings, with no state beyond the committed list.
 */
public final class MovedParts {

    /** The committed list of published addresses (read here too, as {@code kb.validate.PublishedUrls} does). */
    static final String PERMALINKS = "permalinks.txt";

    /** A part's slug: one initial ({@code w}) or a range ({@code a-d}); {@code 0} stands for "#". */
    private static final Pattern SLUG = Pattern.compile("([a-z0])(?:-([a-z0]))?");

    private MovedParts() {
    }

    /**
     * A redirect for each listed part address that is not a part of this build. Nothing when the bibliography is
     * not published in parts, or when there is no list (an unreadable list is the permalink guard's error).
     *
     * @param parts the parts of this build ({@code slug}, {@code path}), in order of their initials
     */
    public static List<Redirect> redirects(Path source, List<Map<String, Object>> parts) {
        List<Redirect> redirects = new ArrayList<>();
        Path file = source.resolve(PERMALINKS);
        if (parts.isEmpty() || !Files.isRegularFile(file)) {
            return redirects;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return redirects; // the permalink guard reports the unreadable list at its file
        }
        Set<String> current = new HashSet<>();
        parts.forEach(part -> current.add(String.valueOf(part.get("slug"))));
        String prefix = "/" + BibliographyParts.FOLDER;
        for (int i = 0; i < lines.size(); i++) {
            String address = lines.get(i).strip();
            if (!address.startsWith(prefix) || !address.endsWith("/") || address.length() <= prefix.length() + 1) {
                continue;
            }
            String slug = address.substring(prefix.length(), address.length() - 1);
            Matcher m = SLUG.matcher(slug);
            if (m.matches() && !current.contains(slug)) {
                Map<String, Object> part = holding(m.group(1).charAt(0), parts);
                redirects.add(new Redirect(address, "/" + part.get("path"), PERMALINKS, i + 1, 1));
            }
        }
        return redirects;
    }

    /**
     * The part that holds an initial: the one whose range covers it, else (no first author with that initial
     * now) the next part after it, else the last part.
     */
    static Map<String, Object> holding(char initial, List<Map<String, Object>> parts) {
        for (Map<String, Object> part : parts) {
            String slug = String.valueOf(part.get("slug"));
            char last = slug.charAt(slug.length() - 1);
            if (order(initial) <= order(last)) {
                return part;
            }
        }
        return parts.get(parts.size() - 1);
    }

    /** "#" (anything that is not a letter, slug {@code 0}) sorts first, as in the bibliography. */
    private static int order(char initial) {
        return initial == '0' ? 0 : initial - 'a' + 1;
    }
}

package kb.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import kb.build.Redirect;

/**
 * The list of every address the site publishes, kept in {@code permalinks.txt} at the site root and committed:
 * one {@code url} or {@code url#anchor} (heading anchors) per line, sorted. Links sent to clients point at these,
 * so the permalink guard fails a build in which one disappears without a redirect.
 */
public final class PublishedUrls {

    public static final String FILE = "permalinks.txt";

    private PublishedUrls() {
    }

    /** What this build publishes: page URLs, their heading anchors, and redirect addresses. */
    static SortedSet<String> current(BuiltSite site) {
        SortedSet<String> urls = new TreeSet<>();
        for (PageFacts page : site.rendered().pages()) {
            urls.add(page.url());
            for (String id : page.headingIds()) {
                urls.add(page.url() + "#" + id);
            }
        }
        for (Redirect redirect : site.redirects()) {
            if (redirect.hasCleanFrom() && site.index().byUrl(redirect.from()) == null) {
                urls.add(redirect.from());
            }
        }
        return urls;
    }

    /** One line of the committed list: its 1-based line number and the address. */
    record Entry(int line, String url) {
    }

    /** The committed list, or an empty list when the site has none yet. */
    static List<Entry> committed(Path sourceFolder) throws IOException {
        Path file = sourceFolder.resolve(FILE);
        List<Entry> entries = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                entries.add(new Entry(i + 1, line));
            }
        }
        return entries;
    }

    /** Rewrites {@code permalinks.txt} with everything this build publishes (called only after a build without errors). */
    public static void update(BuiltSite site) throws IOException {
        SortedSet<String> urls = new TreeSet<>(current(site));
        Files.writeString(site.sourceFolder().resolve(FILE), String.join("\n", urls) + "\n", StandardCharsets.UTF_8);
    }
}

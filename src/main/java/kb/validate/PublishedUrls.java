package kb.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import kb.files.WholeFile;
import kb.site.Redirect;
import kb.report.Rules;

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

    /**
     * A listed address the site no longer publishes: {@code page} is the page that still exists when only its
     * anchor is gone (null when the page itself is gone).
     */
    record Gone(Entry entry, PageFacts page) {
        /** The address without its {@code #anchor}. */
        String pageUrl() {
            int hash = entry.url().indexOf('#');
            return hash < 0 ? entry.url() : entry.url().substring(0, hash);
        }

        String anchor() {
            int hash = entry.url().indexOf('#');
            return hash < 0 ? null : entry.url().substring(hash + 1);
        }
    }

    /**
     * The listed addresses that are no longer published: not a page, heading or redirect of this build, and, for
     * {@code url#anchor}, not an element id on the page (an anchor kept above a renamed heading) nor on a page that
     * became a redirect (browsers keep the anchor on the way).
     */
    static List<Gone> gone(BuiltSite site, List<Entry> committed) {
        SortedSet<String> current = current(site);
        List<Gone> gone = new ArrayList<>();
        for (Entry entry : committed) {
            if (current.contains(entry.url())) {
                continue;
            }
            int hash = entry.url().indexOf('#');
            String url = hash < 0 ? entry.url() : entry.url().substring(0, hash);
            PageFacts page = site.rendered().page(url);
            if (hash < 0 || page == null) {
                if (hash < 0 || !current.contains(url)) {
                    gone.add(new Gone(entry, null));
                }
            } else if (!page.ids().contains(entry.url().substring(hash + 1))) {
                gone.add(new Gone(entry, page));
            }
        }
        return gone;
    }

    /**
     * Rewrites {@code permalinks.txt} with everything this build publishes, keeping listed addresses that are
     * still served (anchors kept above renamed headings); called only after a build without errors. Returns the
     * listed addresses it retired, in list order, for the command to print.
     */
    public static List<String> update(BuiltSite site) throws IOException {
        List<Entry> committed = committed(site.sourceFolder());
        List<String> retired = new ArrayList<>();
        for (Gone gone : gone(site, committed)) {
            if (!retired.contains(gone.entry().url())) {
                retired.add(gone.entry().url());
            }
        }
        SortedSet<String> urls = new TreeSet<>(current(site));
        for (Entry entry : committed) {
            if (!retired.contains(entry.url())) {
                urls.add(entry.url());
            }
        }
        // Written whole: a build stopped half-way must not leave a shorter list, which would stop guarding addresses.
        WholeFile.write(site.sourceFolder().resolve(FILE), String.join("\n", urls) + "\n");
        return retired;
    }

    /**
     * For {@code --update-permalinks}: takes the guard's "was published and is gone" errors out of the report when
     * they are its only errors, so the list can be rewritten without them.
     */
    public static void withdrawRemovals(kb.report.Report report) {
        report.withdrawIfOnlyErrors(problem -> problem.file().equals(FILE)
                && (problem.is(Rules.PERMALINK_REMOVED) || problem.is(Rules.PERMALINK_ANCHOR_REMOVED)));
    }
}

package kb.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.content.ContentException;
import kb.content.FrontMatter;
import kb.content.KbMarkdownEngine;
import kb.content.MarkdownOutcome;
import kb.content.Permalinks;
import kb.content.SourceText;
import kb.parallel.AllCores;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * The parse stage: every content file read once ({@link SourceText}, strict UTF-8) and handed as text to this
 * build's own Markdown engine (JBake's markup-engine contract) into a {@link Page}. It remembers each file's result
 * with the file's size and modification time, so a rebuild re-parses only the files that changed. Files are
 * independent (the engine keeps no per-file state), so a build may parse them on all cores.
 */
public final class ContentParser {

    /** One file's parse: the page (null if it could not be read) and the problems found in it. */
    private record Parsed(long size, long modified, Page page, List<Problem> problems) {
    }

    private final SiteConfig site;
    private final JBakeConfiguration config;
    private final KbMarkdownEngine engine;
    private final Map<Path, Parsed> parsed = new HashMap<>();
    private List<Problem> listingProblems = List.of();

    public ContentParser(SiteConfig site, JBakeConfiguration config, KbMarkdownEngine engine) {
        this.site = site;
        this.config = config;
        this.engine = engine;
    }

    /**
     * Parses the content files that are new, changed on disk, or named in {@code changed}, and forgets deleted
     * ones. Returns the number of files parsed.
     */
    public int update(Set<Path> changed, boolean parallel) {
        Report listing = new Report();
        List<Path> files = site.contentFiles(listing);
        listingProblems = listing.problems();
        parsed.keySet().retainAll(Set.copyOf(files));
        List<Path> stale = new ArrayList<>();
        for (Path file : files) {
            Parsed last = parsed.get(file);
            if (last == null || changed.contains(file) || !sameStamp(file, last)) {
                stale.add(file);
            }
        }
        List<Parsed> results = AllCores.map(stale, parallel, this::parseOne);
        for (int i = 0; i < stale.size(); i++) {
            parsed.put(stale.get(i), results.get(i));
        }
        return stale.size();
    }

    /** The pages of the last update in file order, without drafts (unless wanted) and duplicate URLs. */
    public List<Page> pages(boolean includeDrafts, Report report) {
        report.addAll(listingProblems);
        List<Page> pages = new ArrayList<>();
        Map<String, Page> byUrl = new HashMap<>();
        for (Path file : parsed.keySet().stream().sorted().toList()) {
            Parsed result = parsed.get(file);
            report.addAll(result.problems());
            Page page = result.page();
            if (page == null) {
                unbuilt(file, result.problems(), report);
            }
            if (page == null || (page.isDraft() && !includeDrafts)) {
                continue;
            }
            Page other = byUrl.putIfAbsent(page.url(), page);
            if (other != null) {
                report.add(Problem.error(Rules.CONTENT_DUPLICATE_URL, page.displayName(), 1, 1,
                        "this file and " + other.displayName() + " would both be published at " + page.url(),
                        "rename or remove one of the two files"));
                continue;
            }
            pages.add(page);
        }
        return pages;
    }

    /**
     * A file that could not be read is known by its address alone: its links, names and anchors are unknown, and
     * problems that only follow from its absence are follow-ons of its first error.
     */
    private void unbuilt(Path file, List<Problem> problems, Report report) {
        Problem cause = problems.stream().filter(Problem::isError).min(Problem.ORDER).orElse(null);
        if (cause != null) {
            report.unbuilt().unreadPage(Permalinks.urlOf(site.contentPath(file)), site.displayName(file), cause);
        }
    }

    private static boolean sameStamp(Path file, Parsed last) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() == last.size() && attributes.lastModifiedTime().toMillis() == last.modified();
        } catch (IOException e) {
            return false;
        }
    }

    private Parsed parseOne(Path file) {
        String display = site.displayName(file);
        String contentPath = site.contentPath(file);
        long size = -1;
        long modified = -1;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            size = attributes.size();
            modified = attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            // SourceText.read reports the unreadable file below.
        }
        try {
            String text = SourceText.read(file, display);
            DocumentModel model = engine.parse(config, file.toFile(), text);
            if (model == null) {
                return new Parsed(size, modified, null, List.of(Problem.error(Rules.CONTENT_UNPARSED, display, 1, 1,
                        "JBake could not read this file", "check the file's front matter and encoding")));
            }
            FrontMatter frontMatter = (FrontMatter) model.remove(KbMarkdownEngine.FRONT_MATTER);
            MarkdownOutcome markdown = (MarkdownOutcome) model.remove(KbMarkdownEngine.OUTCOME);
            String url = Permalinks.urlOf(contentPath);
            model.setUri(url);
            model.setSourceUri(contentPath);
            model.setFile(file.toString());
            model.setRootPath(Permalinks.rootPathOf(url));
            return new Parsed(size, modified, new Page(display, contentPath, url, model, frontMatter, markdown),
                    List.copyOf(markdown.problems()));
        } catch (ContentException e) {
            return new Parsed(size, modified, null, List.copyOf(e.problems()));
        }
    }
}

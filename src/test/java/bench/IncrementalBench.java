package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kb.build.BuildOptions;
import kb.build.BuildResult;
import kb.build.SiteBuilder;

/**
 * What the preview server does after an edit: one full build, then {@link SiteBuilder#rebuild} after editing one
 * page — five body edits on different pages (median reported) and one title edit, which also changes the lists
 * and cross-links that show the page. Run by {@link Benchmark}: {@code IncrementalBench <site> <output>}.
 */
public final class IncrementalBench {

    private IncrementalBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        SiteBuilder builder = new SiteBuilder();
        BuildResult first = builder.build(BuildOptions.production(site, Path.of(args[1])));
        require(first);
        List<Long> bodyEdits = new ArrayList<>();
        long files = 0;
        for (int i = 1; i <= 5; i++) {
            Path page = site.resolve("content/injuries/" + CorpusGenerator.injurySlug(i * 7) + ".md");
            Files.writeString(page, Files.readString(page) + "\nAn edit made in the preview.\n");
            long start = System.nanoTime();
            BuildResult result = builder.rebuild(Set.of(page));
            bodyEdits.add((System.nanoTime() - start) / 1_000_000);
            files = result.filesWritten();
            require(result);
        }
        bodyEdits.sort(null);
        Path technique = site.resolve("content/techniques/" + CorpusGenerator.techniqueSlug(3) + ".md");
        Files.writeString(technique, Files.readString(technique).replaceFirst("title: .*", "title: A renamed technique"));
        long start = System.nanoTime();
        BuildResult renamed = builder.rebuild(Set.of(technique));
        long titleEdit = (System.nanoTime() - start) / 1_000_000;
        require(renamed);
        int pages = first.pagesPerType().values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "incremental rebuild after editing one page's text (%,d pages, warm JVM): %d ms"
                + " median of 5 (%s ms; %d files rewritten)%n", pages, bodyEdits.get(2), bodyEdits, files);
        System.out.printf(Locale.ROOT, "incremental rebuild after renaming a technique: %d ms (%d files rewritten)%n",
                titleEdit, renamed.filesWritten());
    }

    private static void require(BuildResult result) {
        if (!result.published()) {
            throw new IllegalStateException("build failed: " + result.report().problems());
        }
    }
}

package kb.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kb.publish.OutputFolder;
import kb.report.Report;

/**
 * The outcome of a build: the problems found, whether the site was published, and what was built.
 *
 * @param pagesPerType number of pages per content type (drafts excluded in production builds)
 * @param timings      milliseconds per stage, in stage order
 * @param swap         how the output was replaced (null when nothing was published)
 * @param retired      addresses {@code --update-permalinks} took out of {@code permalinks.txt} because the site no
 *                     longer publishes them (empty otherwise)
 */
public record BuildResult(Report report, boolean published, Path destination, Map<String, Integer> pagesPerType,
                          int filesWritten, Map<String, Long> timings, OutputFolder.Swap swap, List<String> retired) {

    public long totalMillis() {
        return timings.values().stream().mapToLong(Long::longValue).sum();
    }
}

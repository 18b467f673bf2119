package kb.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kb.report.Report;

/**
 * The outcome of a build: the problems found, whether the site was published, and what was built.
 *
 * @param pagesPerType number of pages per content type (drafts excluded in production builds)
 * @param timings      milliseconds per stage, in stage order
 * @param retired      addresses {@code --update-permalinks} took out of {@code permalinks.txt} because the site no
 *                     longer publishes them (empty otherwise)
 */
public record BuildResult(Report report, boolean published, Path destination, Map<String, Integer> pagesPerType,
                          int filesWritten, Map<String, Long> timings, List<String> retired) {

    public BuildResult(Report report, boolean published, Path destination, Map<String, Integer> pagesPerType,
                       int filesWritten, Map<String, Long> timings) {
        this(report, published, destination, pagesPerType, filesWritten, timings, List.of());
    }

    public long totalMillis() {
        return timings.values().stream().mapToLong(Long::longValue).sum();
    }
}

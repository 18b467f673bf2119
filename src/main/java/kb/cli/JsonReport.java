package kb.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.report.Problem;
import kb.report.Report;

/**
 * The report as JSON for tools (editor plug-ins, CI annotations): counts and every problem in report order.
 * Written beside the site, not inside it, so it also exists when a failed build published nothing.
 */
public final class JsonReport {

    private JsonReport() {
    }

    public static String toJson(Report report) {
        StringBuilder out = new StringBuilder("{\n  \"errors\": ").append(report.errorCount())
                .append(",\n  \"warnings\": ").append(report.warningCount()).append(",\n  \"problems\": [");
        String separator = "\n";
        for (Problem problem : report.problems()) {
            out.append(separator).append("    {\"rule\": ").append(quote(problem.rule()))
                    .append(", \"severity\": ").append(quote(problem.severity().label()))
                    .append(", \"file\": ").append(quote(problem.file()))
                    .append(", \"line\": ").append(problem.line())
                    .append(", \"column\": ").append(problem.column())
                    .append(", \"message\": ").append(quote(problem.message()))
                    .append(", \"hint\": ").append(quote(problem.hint())).append('}');
            separator = ",\n";
        }
        return out.append("\n  ]\n}\n").toString();
    }

    public static void write(Report report, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, toJson(report), StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return kb.share.Json.quote(text); // one JSON string escaper for the report and the pages' JSON-LD
    }
}

package kb.content;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.report.Problem;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's Markdown engine with YAML front matter and the project's flexmark extensions. JBake's engine only reads
 * {@code key=value} headers and builds a fresh flexmark parser per file with no way to add extensions, so this
 * subclass takes over {@code processHeader} and {@code processBody}. The build registers it over JBake's engine
 * for {@code .md} with {@code Engines.register}: a properties-file registration loses to the built-in one in a
 * normal Maven classpath.
 *
 * <p>Header problems are thrown as a {@link ContentException} (JBake would only log them), except a value outside
 * its field's set, which, like body problems, is kept in the model under {@link #OUTCOME} so the page still renders.
 */
public class KbMarkdownEngine extends MarkdownEngine {

    /** Model key of the {@link FrontMatter} (removed from the model by the build). */
    public static final String FRONT_MATTER = "kb.frontMatter";
    /** Model key of the {@link MarkdownOutcome} (removed from the model by the build). */
    public static final String OUTCOME = "kb.markdown";
    /** Model key of the header's not-allowed values, handed from header to body (removed there). */
    private static final String VALUE_PROBLEMS = "kb.valueProblems";

    private final MarkdownRenderer markdown;
    private final FrontMatterSchema schema;
    private final Path sourceFolder;
    private final Path contentFolder;

    public KbMarkdownEngine(MarkdownRenderer markdown, FrontMatterSchema schema, Path sourceFolder, Path contentFolder) {
        this.markdown = markdown;
        this.schema = schema;
        this.sourceFolder = sourceFolder.toAbsolutePath().normalize();
        this.contentFolder = contentFolder.toAbsolutePath().normalize();
    }

    @Override
    public void processHeader(ParserContext context) {
        String display = displayName(context.getFile());
        // The build has already checked the bytes are UTF-8, so JBake's lines are the file's text.
        String text = String.join("\n", context.getFileLines());
        FrontMatter frontMatter = FrontMatter.parse(text, display);
        DocumentModel model = context.getDocumentModel();
        FrontMatterSchema.Findings findings = schema.apply(frontMatter, display, model);
        if (!findings.fatal().isEmpty()) {
            List<Problem> problems = new ArrayList<>(findings.fatal());
            problems.addAll(findings.values());
            throw new ContentException(problems);
        }
        model.put(FRONT_MATTER, frontMatter);
        model.put(VALUE_PROBLEMS, findings.values());
    }

    @Override
    public void processBody(ParserContext context) {
        DocumentModel model = context.getDocumentModel();
        FrontMatter frontMatter = (FrontMatter) model.get(FRONT_MATTER);
        String contentPath = contentPath(context.getFile());
        PageSource page = new PageSource(displayName(context.getFile()), contentPath,
                Permalinks.urlOf(contentPath), frontMatter.bodyStartLine());
        MarkdownOutcome outcome = markdown.render(frontMatter.body(), page);
        @SuppressWarnings("unchecked")
        List<Problem> valueProblems = (List<Problem>) model.remove(VALUE_PROBLEMS);
        outcome.problems().addAll(0, valueProblems);
        model.put(OUTCOME, outcome);
        model.put(FRONT_MATTER, frontMatter.withoutBody());
        context.setBody(outcome.html());
    }

    private String displayName(File file) {
        return sourceFolder.relativize(file.toPath().toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
    }

    private String contentPath(File file) {
        return contentFolder.relativize(file.toPath().toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
    }
}

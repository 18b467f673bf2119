package kb.content;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import kb.report.Problem;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's Markdown engine with YAML front matter and the project's flexmark extensions. JBake's engine only reads
 * {@code key=value} headers and builds a fresh flexmark parser per file with no way to add extensions, so this
 * subclass takes over {@code processHeader} and {@code processBody}.
 *
 * <p>Each build makes its own engine (it holds that site's bibliography, snippets and folders) and calls it
 * directly, never through JBake's {@code Engines}: that registry is static, so two builds in one JVM would use
 * each other's engine. {@link #parse(JBakeConfiguration, File, String)} takes the text the build has already
 * read strictly (JBake's own {@code MarkupEngine.parse} would read the file a second time, leniently, and keeps
 * the configuration of the call in a field).
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

    /** JBake's {@link org.jbake.parser.ParserEngine} contract: reads the file strictly, once, and parses it. */
    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        return parse(config, file, SourceText.read(file.toPath(), displayName(file)));
    }

    /**
     * Parses a page from its text (read by {@link SourceText}: strict UTF-8, byte order mark removed) through
     * JBake's markup-engine steps in the order {@code MarkupEngine.parse} runs them: header, the defaults JBake
     * gives a page without a date, status or type, tags tidied, body. Returns null where JBake would (no type or
     * status). Problems are thrown as a {@link ContentException} or kept under {@link #OUTCOME}.
     */
    public DocumentModel parse(JBakeConfiguration config, File file, String text) {
        // The lines as JBake makes them (split at \n, \r\n or \r): positions are counted on these lines.
        ParserContext context = new ParserContext(file, text.lines().toList(), config, false);
        processHeader(context);
        if (context.getDate() == null) {
            context.setDate(new Date(file.lastModified()));
        }
        if (config.getDefaultStatus() != null && context.getStatus().isEmpty()) {
            context.setDefaultStatus();
        }
        if (config.getDefaultType() != null && context.getType().isEmpty()) {
            context.setDefaultType();
        }
        if (context.getTags() instanceof String[] tags) {
            for (int i = 0; i < tags.length; i++) {
                tags[i] = config.getSanitizeTag() ? tags[i].trim().replace(" ", "-") : tags[i].trim();
            }
        }
        if (context.getType().isEmpty() || context.getStatus().isEmpty() || !validate(context)) {
            return null;
        }
        processBody(context);
        return context.getDocumentModel();
    }

    @Override
    public void processHeader(ParserContext context) {
        String display = displayName(context.getFile());
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

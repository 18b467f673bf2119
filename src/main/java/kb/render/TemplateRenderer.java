package kb.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import kb.report.FileFailure;
import kb.report.Problem;
import kb.report.Rules;

/**
 * Renders Freemarker templates from the site's {@code templates/} folder. JBake's own Freemarker engine keeps
 * its {@code Configuration} private with the 2.3.0 defaults: no auto-escaping, and an error handler that writes
 * the error into the half-rendered page. Here every {@code ${…}} is HTML-escaped (bodies are printed with
 * {@code ?no_esc}), and an error becomes a {@link RenderException} so no broken page is written.
 */
public final class TemplateRenderer {

    private final Configuration freemarker;
    private final String templatesName;

    public TemplateRenderer(File templatesFolder, String templatesName) throws IOException {
        this.templatesName = templatesName;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
        cfg.setDirectoryForTemplateLoading(templatesFolder);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.UK);
        // Front matter dates are calendar days stored at midnight UTC; show them as written.
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setDateFormat("d MMMM yyyy");
        cfg.setNumberFormat("computer");
        this.freemarker = cfg;
    }

    /**
     * Renders {@code templateName} with {@code model}. A failure is reported at the template line that caused it
     * (the included or imported template's own line for an error there), without naming the page being rendered,
     * so the same failure on many pages is one problem (the build says on which pages).
     *
     * @param renderingFile the content file being rendered (may be the template itself), named only when the
     *                      failure has no place in a template
     */
    public String render(String templateName, Map<String, Object> model, String renderingFile) throws RenderException {
        try {
            Template template = freemarker.getTemplate(templateName);
            StringWriter out = new StringWriter(16 * 1024);
            template.process(model, out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new RenderException(Problem.error(Rules.TEMPLATE_MISSING, renderingFile, 0, 0,
                    "template \"" + templatesName + "/" + templateName + "\" does not exist",
                    "create it, or fix the template name in jbake.properties"));
        } catch (TemplateException | IOException e) {
            // A template that cannot be parsed fails every page using it, directly or through <#import> and
            // <#include>; Freemarker then wraps the first ParseException ("error loading the template on an earlier
            // attempt; see cause exception"). Report the parse error itself, at its own file and line.
            ParseException syntax = causeOfType(e, ParseException.class);
            if (syntax != null) {
                throw new RenderException(syntaxProblem(syntax));
            }
            if (e instanceof TemplateException failure) {
                throw new RenderException(runtimeProblem(failure, renderingFile));
            }
            throw new RenderException(Problem.error(Rules.TEMPLATE_IO, renderingFile, 0, 0,
                    "cannot read template \"" + templateName + "\": " + FileFailure.reason(e), "check the templates folder"));
        }
    }

    private Problem syntaxProblem(ParseException e) {
        return Problem.error(Rules.TEMPLATE_SYNTAX, templatesName + "/" + e.getTemplateName(),
                Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()),
                "template syntax error: " + firstLine(e.getEditorMessage()), "fix the Freemarker syntax at this line");
    }

    private Problem runtimeProblem(TemplateException e, String renderingFile) {
        String where = e.getTemplateSourceName() != null ? templatesName + "/" + e.getTemplateSourceName() : renderingFile;
        int line = e.getLineNumber() == null ? 0 : Math.max(0, e.getLineNumber());
        int column = e.getColumnNumber() == null ? 0 : Math.max(0, e.getColumnNumber());
        TemplateNotFoundException missing = causeOfType(e, TemplateNotFoundException.class);
        if (missing != null) {
            // Freemarker's own text for a failed <#include> stops at a colon; name the missing file instead.
            return Problem.error(Rules.TEMPLATE_MISSING, where, line, column,
                    "included template \"" + templatesName + "/" + missing.getTemplateName() + "\" does not exist",
                    "create the file, or fix the name in the <#include> or <#import>");
        }
        String blamed = e.getBlamedExpressionString();
        return Problem.error(Rules.TEMPLATE_ERROR, where, line, column,
                "template error: " + firstLine(e.getMessageWithoutStackTop()),
                blamed == null ? "see the Freemarker message above"
                        : "check \"" + blamed + "\" in the template; for an optional value write " + blamed + "!\"\" or <#if " + blamed + "??>");
    }

    /** The exception itself or the first of its causes that is a {@code type}, or null. */
    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        List<String> lines = message.strip().lines().filter(l -> !l.isBlank()).toList();
        String line = lines.isEmpty() ? message : lines.get(0);
        // Freemarker puts the expression on the next line ("... null or missing:" / "==> content.x  [in template").
        if (line.endsWith(":") && lines.size() > 1) {
            line = line + " " + lines.get(1).replaceFirst("^\\s*==>\\s*", "").replaceFirst("\\s+\\[in template.*$", "").strip();
        }
        // Freemarker's pointer to its manual is not for editors.
        line = line.replaceAll("\\s*\\(See FreeMarker Manual[^)]*\\)\\.?", "")
                .replaceAll("\\s*Help \\(latest version\\):.*$", "").strip();
        return line.length() > 240 ? line.substring(0, 240) + "…" : line;
    }

    /** A template could not be rendered; carries the problem to report. */
    public static final class RenderException extends Exception {
        private final transient Problem problem;

        public RenderException(Problem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}

/**
 * Turning the site model into files: each page through the Freemarker template of its type, with its QR code and
 * JSON-LD, and the site-wide outputs of {@code kb.outputs} ({@link kb.render.PageRenderer}); a small HTML page for
 * each redirect, alias and short link ({@link kb.render.RedirectPages}). One strictly configured Freemarker
 * {@link freemarker.template.Configuration} per build (HTML auto-escaping, errors rethrown instead of printed into
 * the page, {@link kb.render.TemplateRenderer}), and template errors turned into problems that name the template
 * line and the content file being rendered. Each render records what it read ({@link kb.render.RecordingMap}) so
 * a rebuild renders only the pages an edit can change.
 */
package kb.render;

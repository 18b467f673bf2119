/**
 * Turning page models into HTML with Freemarker: one strictly configured {@link freemarker.template.Configuration}
 * per build (HTML auto-escaping, errors rethrown instead of printed into the page), and template errors turned
 * into problems that name the template line and the content file being rendered.
 */
package kb.render;

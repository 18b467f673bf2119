/**
 * The site model, built from the files of one site folder: its configuration ({@link kb.site.SiteConfig}, read
 * through JBake's configuration classes, with the site's rule settings and the Markdown engine of the build), every
 * content file parsed into a {@link kb.site.Page} ({@link kb.site.ContentParser}, which remembers each file's result
 * so a rebuild parses only what changed), the in-memory {@link kb.site.SiteIndex} that replaces JBake's OrientDB,
 * the cross-links between pages ({@link kb.site.CrossLinks}, {@link kb.site.FaqAnswers}) and the redirects
 * ({@link kb.site.Redirect}). Rendering, validation and the build read this model; nothing here renders, checks
 * the written output or knows the stages.
 */
package kb.site;

/**
 * The content model and reading content files: the site's content types as its types file declares them
 * ({@link kb.content.ContentTypes}, read by {@link kb.content.ContentTypesReader}; the engine knows no type by
 * name), strict UTF-8 decoding, YAML front matter with source positions checked against the page's type
 * ({@link kb.content.FrontMatterSchema}), permalinks, and the flexmark Markdown engine registered over JBake's own (with
 * its extensions, and flexmark's own extensions behind cheap tests where they ran on every node of every page).
 * {@link kb.content.NestingLimit} refuses pages nested too deeply for flexmark's recursive parser and renderer.
 * {@link kb.content.PlaceholderFinder} records a page's placeholders while it is parsed.
 * Everything here works on one file at a time; cross-page concerns belong to {@code kb.site} and
 * {@code kb.validate}.
 */
package kb.content;

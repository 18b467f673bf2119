/**
 * Reading content files: strict UTF-8 decoding, YAML front matter with source positions, the schema of front
 * matter fields per content type, permalinks, and the flexmark Markdown engine registered over JBake's own (with
 * its extensions, and flexmark's own extensions behind cheap tests where they ran on every node of every page).
 * {@link kb.content.NestingLimit} refuses pages nested too deeply for flexmark's recursive parser and renderer.
 * {@link kb.content.PlaceholderFinder} records a page's placeholders while it is parsed.
 * Everything here works on one file at a time; cross-page concerns belong to {@code kb.site} and
 * {@code kb.validate}.
 */
package kb.content;

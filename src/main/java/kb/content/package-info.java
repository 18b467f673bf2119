/**
 * Reading content files: strict UTF-8 decoding, YAML front matter with source positions, the schema of front
 * matter fields per content type, permalinks, and the flexmark Markdown engine registered over JBake's own.
 * Everything here works on one file at a time; cross-page concerns belong to {@code kb.build} and
 * {@code kb.validate}.
 */
package kb.content;

/**
 * {@code kb new}: writes a new content file (or a new FAQ question) with the full front matter of its type and the
 * required section headings, marked as a draft and with TODO markers, so a writer starts from a page the build
 * already understands.
 */
package kb.scaffold;

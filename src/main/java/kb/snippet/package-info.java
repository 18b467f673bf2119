/**
 * Shared snippets: Markdown kept once in {@code content/_snippets/NAME.md} and included in pages by a line
 * {@code {{< snippet NAME >}}}. {@link kb.snippet.SnippetLibrary} reads the folder once per build (and reports
 * unknown names and cycles between snippets, once each); {@link kb.snippet.SnippetExtension} is the flexmark side.
 *
 * <p>What the page inspectors find in a snippet's own text (an unknown citation key, an uncited claim, a broken
 * link) is placed at the snippet's file and line: {@link kb.snippet.SnippetIncluder} records each snippet's text in
 * the page's {@link kb.content.IncludedSources}, which the one position lookup of the inspectors consults. The
 * report lists a problem found on several including pages once.
 */
package kb.snippet;

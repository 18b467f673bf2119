/**
 * Shared snippets: Markdown kept once in {@code content/_snippets/NAME.md} and included in pages by a line
 * {@code {{< snippet NAME >}}}. {@link kb.snippet.SnippetLibrary} reads the folder once per build (and reports
 * unknown names and cycles between snippets, once each); {@link kb.snippet.SnippetExtension} is the flexmark side.
 *
 * <p>Known gap: a problem found in a snippet's own text by the page inspectors (an unknown citation key, an uncited
 * claim, a broken link) is reported at the including page, with a line computed from the snippet's offsets, not at
 * the snippet's file and line. Fixing it needs the inspectors to take positions from the node's own source.
 */
package kb.snippet;

/**
 * Shared snippets: Markdown kept once in {@code content/_snippets/NAME.md} and included in pages by a line
 * {@code {{< snippet NAME >}}}. {@link kb.snippet.SnippetLibrary} reads the folder once per build (and reports
 * unknown names and cycles between snippets, once each); {@link kb.snippet.SnippetExtension} is the flexmark side.
 */
package kb.snippet;

/**
 * Citations: the bibliography ({@code content/bibliography.yaml}), the flexmark extension that turns Pandoc-style
 * {@code [@key]} citations into numbered superscripts with a reference list at the end of the page (built like
 * flexmark's own footnotes extension: inline parser, node, post-processor, node renderer, options through typed
 * data keys), each reference formatted by citeproc-java in the site's CSL style (once per build), its evidence record (the kind of evidence and the finding
 * readers see with it), and the per-page and site-wide citation data templates and
 * checks use. Nothing here keeps state in statics: each document carries its own numbering.
 */
package kb.citation;

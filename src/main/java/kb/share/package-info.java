/**
 * What a page carries for sharing and printing, computed at build time: the QR code of its address (drawn as SVG
 * for the printed handout) and its structured data (JSON-LD for search engines and link previews). Works on
 * plain values; {@code kb.render} passes them in and puts the results into the template model.
 */
package kb.share;

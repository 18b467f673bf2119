/**
 * Safety of what editors write: raw HTML inside Markdown is checked tag by tag against one documented
 * {@link kb.sanitize.HtmlSafelist} (Jsoup's {@code Safelist}), and links with script-running URL schemes are
 * refused. Every removal is an error at its file position ({@link kb.sanitize.RawHtmlInspector}), and the page
 * is rendered with the unsafe parts already taken out ({@link kb.sanitize.SafeHtmlExtension}), so even a preview
 * of a broken page runs no editor-written script. Behind this hand-written first net, {@link
 * kb.sanitize.RenderedBodyNet} applies Jsoup's own sanitiser rules ({@code Safelist}) with the same safelist to each
 * published page body: anything they would still remove is an error. Repeated ids and files loaded from other hosts are errors too. SVG
 * images are checked like HTML before they are published ({@link kb.sanitize.SvgInspector}: no script, event
 * handler or external reference). {@link kb.sanitize.OutsideLinks} refuses symbolic links that would publish files
 * from outside the site folder.
 */
package kb.sanitize;

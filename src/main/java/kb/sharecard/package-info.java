/**
 * Share images: one 1200×630 PNG per page (title, summary, clinic name and host on the site's colours), drawn with
 * Java2D at build time for link previews ({@code og:image}), and cached by a hash of what is drawn so an unchanged
 * page's card is copied instead of drawn again. Works on plain values; knows nothing of pages or templates.
 */
package kb.sharecard;

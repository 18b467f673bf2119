/**
 * {@code kb serve}: the live preview for writers. Builds the site with drafts into a preview folder, serves it on
 * localhost with the JDK's HTTP server, watches {@code content/}, {@code templates/} and {@code assets/}, rebuilds
 * on change and tells open pages to reload over Server-Sent Events. Problems of the last build are shown on the
 * affected pages. None of this reaches the production site: the reload script, its stylesheet and the problem
 * panel are added to HTML responses by the preview server only.
 */
package kb.serve;

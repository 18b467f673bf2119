/**
 * Call-outs in Markdown: alert block quotes ({@code > [!practice]}, {@code > [!emergency]}, {@code > [!urgent]},
 * {@code > [!soon]}) and the inline practice label ({@code [practice: …]}), built as a flexmark extension
 * ({@link kb.callout.CalloutExtension}), with the inspector that reports unknown levels and records what a page
 * holds for the checks.
 */
package kb.callout;

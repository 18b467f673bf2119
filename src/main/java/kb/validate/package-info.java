/**
 * The link-and-citation validator: one class per check behind {@link kb.validate.Check}, listed explicitly in
 * {@link kb.validate.Validator}. Checks read the built site (pages with their source facts, the redirects, the
 * staged output folder) and the rendered HTML: the validator walks the pages once, parses each, runs the
 * page-local part of every {@link kb.validate.PageCheck} on it and keeps only its {@link kb.validate.PageFacts}
 * ({@link kb.validate.RenderedPages}); the checks across pages work on those facts. What can be read from the
 * Markdown is recorded while each page is parsed, by inspectors that share that parse (links by
 * {@code kb.content.LinkCollector}, uncited claims by {@link kb.claim.ClaimFinder}, placeholders by
 * {@link kb.content.PlaceholderFinder}). Checks add problems and
 * never print or stop the build themselves.
 */
package kb.validate;

/**
 * The link-and-citation validator: one class per check behind {@link kb.validate.Check}, listed explicitly in
 * {@link kb.validate.Validator}. Checks read the built site (pages with their source facts, the redirects, the
 * staged output folder) and the rendered HTML of every page, parsed once per validation into
 * {@link kb.validate.RenderedPages}; they add problems and never print or stop the build themselves.
 */
package kb.validate;

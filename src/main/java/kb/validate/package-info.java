/**
 * The link-and-citation validator: one class per check behind {@link kb.validate.Check}, listed explicitly in
 * {@link kb.validate.Validator}. Checks read the built site (pages with their rendered HTML and source facts,
 * the staged output folder) and add problems; they never print or stop the build themselves.
 */
package kb.validate;

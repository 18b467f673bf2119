/**
 * The build orchestration: drives JBake's parts (configuration, {@code Parser} with our Markdown engine, asset
 * copying) with an in-memory store of pages instead of JBake's OrientDB-backed {@code Oven}, renders each page
 * once with collections computed once, runs the validator, and publishes the site atomically.
 */
package kb.build;

/**
 * The build orchestration: drives JBake's parts (configuration, {@code Parser} with our Markdown engine) with an
 * in-memory store of pages instead of JBake's OrientDB-backed {@code Oven}, parses and renders on all cores with
 * collections computed once (the later stages' libraries loaded on the idle core while the configuration is read),
 * has {@link kb.assets.AssetPublisher} publish the allowed files beside the pages, runs the validator, and
 * publishes the site atomically. A {@link kb.build.SiteBuilder} keeps its last build so a preview can rebuild only
 * what an edit affects. Once every check has run, the pages' silence comments and the site's rule settings are
 * applied to the report ({@link kb.build.Silencer}, {@link kb.site.RuleSettingsReader}).
 */
package kb.build;

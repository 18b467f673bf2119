/**
 * The build orchestration: the stages of a build in order (configuration, parse, index, render, assets,
 * redirects, validate, publish), each run by the package that owns it ({@code kb.site}, {@code kb.render},
 * {@code kb.assets}, {@code kb.validate}, {@code kb.publish}), with parse and render on all cores (the later
 * stages' libraries loaded on the idle core while the configuration is read). A {@link kb.build.SiteBuilder} keeps
 * its last build so a preview can rebuild only what an edit affects. Once every check has run, the pages' silence
 * comments and the site's rule settings are applied to the report ({@link kb.build.Silencer},
 * {@link kb.site.RuleSettingsReader}).
 */
package kb.build;

/**
 * Problems found while building or checking a site: one {@link kb.report.Problem} value per finding, collected
 * into a {@link kb.report.Report}. Positions count from 1; conversion from library positions happens where a
 * problem is created, through {@link kb.report.SourcePosition}. Library code returns reports; only the CLI prints
 * them and chooses an exit code. One mistake gives one message: {@link kb.report.Unbuilt} records what could not be
 * built or read and the problem that explains it, and a check whose finding only follows from that adds it as a
 * follow-on ({@link kb.report.Report#addFollowOn}, {@link kb.report.Report#addAbout}), counted under its cause.
 * Every rule is a constant of {@link kb.report.Rules} (a problem with any other id is refused); a site's
 * {@link kb.report.RuleSettings} change severities once all problems are found, and {@link kb.report.RuleTable}
 * writes the registry for {@code kb rules} and docs/checks.md.
 */
package kb.report;

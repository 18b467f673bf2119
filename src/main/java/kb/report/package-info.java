/**
 * Problems found while building or checking a site: one {@link kb.report.Problem} value per finding, collected
 * into a {@link kb.report.Report}. Positions count from 1; conversion from library positions happens where a
 * problem is created, through {@link kb.report.SourcePosition}. Library code returns reports; only the CLI prints
 * them and chooses an exit code.
 */
package kb.report;

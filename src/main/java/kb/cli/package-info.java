/**
 * The command line: parses arguments, runs a command ({@code build}, …), prints problems and the summary, and is
 * the only place that chooses an exit code (0 ok, 1 content problems, 2 usage or configuration); it writes the
 * report as JSON for tools ({@link kb.cli.JsonReport}). It also sets up the
 * process's logging ({@link kb.cli.LogSettings}): libraries speak only when something is really wrong.
 */
package kb.cli;

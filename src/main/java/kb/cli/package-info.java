/**
 * The command line: parses arguments, runs a command ({@code build}, …), prints problems and the summary, and is
 * the only place that chooses an exit code (0 ok, 1 content problems, 2 usage or configuration); it writes the
 * report as JSON for tools ({@link kb.cli.JsonReport}). The process's logging is set in
 * {@code src/main/resources/simplelogger.properties} (SLF4J's simple provider): libraries speak only when something
 * is really wrong.
 */
package kb.cli;

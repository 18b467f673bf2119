/**
 * The performance benchmark (run by {@code bench/run.sh}, never by the test suite): a generator of synthetic sites
 * shaped like the real content, a runner for vanilla JBake 2.7.0 on the same corpus, and the driver that times
 * each build as its own process and prints the table.
 */
package bench;

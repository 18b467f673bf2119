/**
 * How the build spreads its work over the machine's cores: {@link kb.parallel.AllCores} runs one job per item (a
 * content file to parse, a page to render or check) on every core and keeps the results in the items' order;
 * {@link kb.parallel.Later} makes one value on a thread of its own while the build goes on. It knows nothing of
 * pages or files; every stage of the pipeline may use it.
 */
package kb.parallel;

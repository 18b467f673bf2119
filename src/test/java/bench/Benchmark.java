package bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times whole builds, each in its own JVM (JVM start included): our pipeline on the real site and on generated
 * corpora, vanilla JBake and (when installed) Hugo on the same corpora, and incremental preview rebuilds. Wall time
 * is measured around the process; peak memory is the process's maximum resident set size from {@code /usr/bin/time}.
 *
 * <pre>Benchmark &lt;project&gt; &lt;work-folder&gt; sizes=100,1000,5000 vanilla=100,1000 repeat=3 incremental=1000
 *     baseline=&lt;another checkout&gt;</pre>
 *
 * With a baseline (a checkout of another commit, with its classes and its {@code target/bench-classpath.txt}), that
 * commit's build runs in the same rounds, on a corpus made by its own generator, so that two commits' ratios to
 * JBake and Hugo come from one run: the machine's speed, and JBake's, drift too much between runs to compare them.
 * Ours and the baseline take turns going first in each round. Our first build of a new corpus fills its caches of
 * share images and formatted references (as a site's first build does, once) and is reported apart; the rounds
 * are timed with them filled.
 */
public final class Benchmark {

    /** The launcher of ./kb and of the pom's site build (JVM options, class archive): the benchmark runs what users run. */
    static final String LAUNCHER = "bin/kb-java";
    private static final Pattern TIMINGS = Pattern.compile("timings: (.*)");
    private static final Pattern STAGE = Pattern.compile("(\\w+) (\\d+) ms");

    private final Path project;
    private final Path work;
    private final String classpath = System.getProperty("java.class.path");
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** Hugo's executable, or null when it is not installed (the Hugo columns then stay empty). */
    private final Path hugo = findHugo();

    /** Another checkout whose build runs in the same rounds, or null. */
    private final Path baseline;

    private Benchmark(Path project, Path work, Path baseline) {
        this.project = project.toAbsolutePath().normalize();
        this.work = work.toAbsolutePath().normalize();
        this.baseline = baseline == null ? null : baseline.toAbsolutePath().normalize();
    }

    /** One timed process run. */
    record Run(double seconds, double cpuSeconds, long peakKb, String stdout, String stderr, int exit) {
        long stageMillis(String stage) {
            Matcher m = TIMINGS.matcher(stdout);
            if (!m.find()) {
                return -1;
            }
            long total = 0;
            Matcher s = STAGE.matcher(m.group(1));
            while (s.find()) {
                if (stage == null || stage.equals(s.group(1))) {
                    total += Long.parseLong(s.group(2));
                }
            }
            return total;
        }
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path work = Path.of(args[1]);
        List<Integer> sizes = sizes(args, "sizes", "100,1000,5000");
        List<Integer> vanilla = sizes(args, "vanilla", "100,1000");
        int repeat = sizes(args, "repeat", "3").get(0);
        List<Integer> incremental = sizes(args, "incremental", "1000");
        String baseline = Arrays.stream(args).filter(a -> a.startsWith("baseline=")).map(a -> a.substring(9))
                .filter(a -> !a.isBlank()).findFirst().orElse(null);
        new Benchmark(project, work, baseline == null ? null : Path.of(baseline)).run(sizes, vanilla, repeat, incremental);
    }

    private static List<Integer> sizes(String[] args, String name, String fallback) {
        String value = Arrays.stream(args).filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1))
                .findFirst().orElse(fallback);
        List<Integer> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(Integer.parseInt(part.strip()));
            }
        }
        return out;
    }

    private void run(List<Integer> sizes, List<Integer> vanilla, int repeat, List<Integer> incremental) throws Exception {
        System.out.printf(Locale.ROOT, "JVM %s, %d cores; each build is a new process; median of %d runs, ours, JBake's and Hugo's in turn (1 run for 5,000+ pages); vs X: X's wall time / ours%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), repeat);
        if (hugo == null) {
            System.out.println("Hugo skipped: no hugo at /usr/bin/hugo or on PATH (Debian: apt-get install hugo)");
        } else {
            Run version = process(List.of(hugo.toString(), "version"));
            System.out.println("Hugo: " + hugo + ", " + version.stdout().strip() + " (layouts: " + CorpusGenerator.HUGO_LAYOUTS + ")");
        }
        System.out.printf(Locale.ROOT, "%-10s %6s | %9s %7s %8s %9s %9s | %11s %7s %9s | %9s %7s %9s | %8s %8s%n", "site",
                "pages", "ours", "CPU", "pages/s", "peak RSS", "validate", "JBake 2.7.0", "CPU", "peak RSS", "Hugo", "CPU",
                "peak RSS", "vs JBake", "vs Hugo");
        // Not timed: the first build of a clone writes the class-data archive that every later build starts from.
        ours(project, work.resolve("out/first"));
        if (baseline != null) {
            System.out.println("Baseline: " + baseline + " (its own build and corpus generator, in the same rounds)");
            check(baselineBuild(baseline, work.resolve("out/baseline-first")), "the baseline's build of its site");
        }
        Run real = median(repeat, () -> ours(project, work.resolve("out/real")));
        print("real site", pages(project), real, null, null);
        List<Integer> all = new ArrayList<>(sizes);
        vanilla.stream().filter(n -> !all.contains(n)).forEach(all::add);
        all.sort(null);
        for (int n : all) {
            Path corpus = work.resolve("corpus-" + n);
            new CorpusGenerator(project, n).write(corpus);
            // Ours, JBake's and Hugo's in turn, round by round: the machine's speed drifts over minutes, and all should
            // meet the same drift for the ratios to hold.
            List<Run> ourRuns = new ArrayList<>();
            List<Run> theirRuns = new ArrayList<>();
            List<Run> hugoRuns = new ArrayList<>();
            List<Run> baselineRuns = new ArrayList<>();
            Path baselineCorpus = work.resolve("baseline-corpus-" + n);
            if (baseline != null && sizes.contains(n)) {
                check(process(List.of(java, "-cp", baselineClasspath(), CorpusGenerator.class.getName(), baseline.toString(),
                        String.valueOf(n), baselineCorpus.toString())), "the baseline's corpus generator");
            }
            Run first = null;
            if (sizes.contains(n)) {
                // The corpus is new: its first build draws every share image and formats every reference, which a
                // site does once (target/ keeps them). Timed apart, not in the median.
                first = ours(corpus.resolve("kb"), work.resolve("out/kb-" + n));
            }
            for (int round = 0; round < (n <= 1000 ? repeat : 1); round++) {
                // Ours and the baseline take turns going first, so neither always follows the same build.
                boolean baselineFirst = round % 2 == 1;
                if (baseline != null && sizes.contains(n) && baselineFirst) {
                    baselineRuns.add(baselineRun(baselineCorpus, n));
                }
                if (sizes.contains(n)) {
                    ourRuns.add(ours(corpus.resolve("kb"), work.resolve("out/kb-" + n)));
                }
                if (baseline != null && sizes.contains(n) && !baselineFirst) {
                    baselineRuns.add(baselineRun(baselineCorpus, n));
                }
                if (vanilla.contains(n)) {
                    theirRuns.add(vanilla(corpus.resolve("jbake"), work.resolve("out/jbake-" + n)));
                }
                if (hugo != null && sizes.contains(n)) {
                    hugoRuns.add(hugo(corpus.resolve("hugo"), work.resolve("out/hugo-" + n)));
                }
            }
            print("corpus", n, median(ourRuns), median(theirRuns), median(hugoRuns));
            if (!baselineRuns.isEmpty()) {
                print("baseline", n, median(baselineRuns), median(theirRuns), median(hugoRuns));
            }
            if (first != null) {
                System.out.printf(Locale.ROOT, "           first build of the new corpus (no cached share images or formatted"
                        + " references; not in the median): %.2f s%n", first.seconds());
            }
            if (ourRuns.size() > 1) {
                System.out.println("           rounds (wall s): ours " + walls(ourRuns)
                        + (baselineRuns.isEmpty() ? "" : "; baseline " + walls(baselineRuns))
                        + (theirRuns.isEmpty() ? "" : "; JBake " + walls(theirRuns))
                        + (hugoRuns.isEmpty() ? "" : "; Hugo " + walls(hugoRuns)));
            }
            if (incremental.contains(n)) {
                Run inc = process(List.of(java, "-cp", classpath, IncrementalBench.class.getName(),
                        corpus.resolve("kb").toString(), work.resolve("out/incremental-" + n).toString()));
                check(inc, "incremental rebuild of " + n + " pages");
                inc.stdout().lines().forEach(line -> System.out.println("           " + line));
            }
        }
    }

    private Run baselineRun(Path baselineCorpus, int n) throws IOException, InterruptedException {
        Run run = baselineBuild(baselineCorpus.resolve("kb"), work.resolve("out/baseline-" + n));
        check(run, "the baseline's build of " + n + " pages");
        return run;
    }

    private static String walls(List<Run> runs) {
        return String.join(" ", runs.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.seconds())).toList());
    }

    private Run ours(Path site, Path out) throws IOException, InterruptedException {
        List<String> command = List.of(project.resolve(LAUNCHER).toString(), "build", site.toString(), out.toString(),
                "--timings");
        Run run = process(command);
        check(run, "our build of " + site);
        return run;
    }

    private Run baselineBuild(Path site, Path out) throws IOException, InterruptedException {
        return process(List.of(baseline.resolve(LAUNCHER).toString(), "build", site.toString(), out.toString(), "--timings"));
    }

    private String baselineClasspath() throws IOException {
        Path classpath = baseline.resolve("target/bench-classpath.txt");
        if (!Files.isRegularFile(classpath)) {
            throw new IllegalStateException("the baseline has no target/bench-classpath.txt: run its bench/run.sh once, or"
                    + " mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test"
                    + " -Dmdep.outputFile=target/bench-classpath.txt in " + baseline);
        }
        return baseline.resolve("target/classes") + File.pathSeparator + baseline.resolve("target/test-classes")
                + File.pathSeparator + Files.readString(classpath).strip();
    }

    private Run vanilla(Path site, Path out) throws IOException, InterruptedException {
        CorpusGenerator.deleteTree(out);
        Run run = process(List.of(java, "-cp", classpath, VanillaSite.class.getName(), site.toString(), out.toString()));
        check(run, "vanilla JBake build of " + site);
        return run;
    }

    private Run hugo(Path site, Path out) throws IOException, InterruptedException {
        CorpusGenerator.deleteTree(out);
        Run run = process(List.of(hugo.toString(), "--source", site.toString(), "--destination", out.toString(), "--quiet"));
        check(run, "Hugo build of " + site);
        return run;
    }

    /** Debian's {@code /usr/bin/hugo}, else the first {@code hugo} on PATH, else null. */
    private static Path findHugo() {
        List<String> folders = new ArrayList<>(List.of("/usr/bin"));
        folders.addAll(Arrays.asList(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        return folders.stream().filter(f -> !f.isBlank()).map(f -> Path.of(f, "hugo")).filter(Files::isExecutable)
                .findFirst().orElse(null);
    }

    private static void check(Run run, String what) {
        if (run.exit() != 0) {
            throw new IllegalStateException(what + " failed (exit " + run.exit() + "):\n" + run.stdout() + run.stderr());
        }
    }

    private interface Timed {
        Run run() throws IOException, InterruptedException;
    }

    private static Run median(int times, Timed timed) throws IOException, InterruptedException {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            runs.add(timed.run());
        }
        return median(runs);
    }

    /** The run of median wall time, or null for no runs. */
    private static Run median(List<Run> runs) {
        if (runs.isEmpty()) {
            return null;
        }
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Double.compare(a.seconds(), b.seconds()));
        return sorted.get(sorted.size() / 2);
    }

    private Run process(List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path rss = Files.createTempFile(work, "rss", ".txt");
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", rss.toString()));
        timed.addAll(command);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(timed).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String peak = Files.readString(rss).strip();
        String[] last = peak.lines().reduce((a, b) -> b).orElse("0 0 0").strip().split(" ");
        Run run = new Run(seconds, Double.parseDouble(last[1]) + Double.parseDouble(last[2]), Long.parseLong(last[0]),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), exit);
        Files.delete(rss);
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** How many times faster ours is than the other build in wall time (below 1× the other is faster). */
    private static String speedUp(Run ours, Run other) {
        return ours != null && other != null
                ? String.format(Locale.ROOT, "%7.2f×", other.seconds() / ours.seconds()) : "       -";
    }

    private static int pages(Path project) throws IOException {
        try (var walk = Files.walk(project.resolve("content"))) {
            return (int) walk.filter(p -> p.toString().endsWith(".md")).count();
        }
    }

    private static void print(String what, int pages, Run ours, Run theirs, Run hugo) {
        String ourPart = ours == null ? String.format(Locale.ROOT, "%9s %7s %8s %9s %9s", "-", "-", "-", "-", "-")
                : String.format(Locale.ROOT, "%7.2f s %5.1f s %8.0f %6d MB %7.0f %%", ours.seconds(), ours.cpuSeconds(),
                        pages / ours.seconds(),
                        ours.peakKb() / 1024, 100.0 * ours.stageMillis("validate") / (ours.seconds() * 1000));
        String theirPart = theirs == null ? String.format(Locale.ROOT, "%11s %7s %9s", "-", "-", "-")
                : String.format(Locale.ROOT, "%9.2f s %5.1f s %6d MB", theirs.seconds(), theirs.cpuSeconds(),
                        theirs.peakKb() / 1024);
        String hugoPart = hugo == null ? String.format(Locale.ROOT, "%9s %7s %9s", "-", "-", "-")
                : String.format(Locale.ROOT, "%7.2f s %5.1f s %6d MB", hugo.seconds(), hugo.cpuSeconds(),
                        hugo.peakKb() / 1024);
        // CPU seconds (user + system) barely depend on what else runs on the machine; wall time does.
        System.out.printf(Locale.ROOT, "%-10s %,6d | %s | %s | %s | %s %s%n", what, pages, ourPart, theirPart, hugoPart,
                speedUp(ours, theirs), speedUp(ours, hugo));
        if (ours != null) {
            System.out.println("           ours: " + ours.stdout().lines().filter(l -> l.startsWith("timings")).findFirst().orElse(""));
        }
    }
}

package kb.build;

import java.io.IOException;
import java.util.Locale;
import kb.publish.OutputFolder;
import kb.site.ConfigException;

/**
 * The stages of a build, in the order they run. A full build and a preview rebuild run the same list: the full
 * build over every file into a staging folder, the rebuild over what changed since the last build, in place (what
 * each stage does in either case is in {@link BuildRun}). {@code --timings} prints each stage's milliseconds
 * under its {@link #label()}.
 */
enum Stage {

    CONFIG(BuildRun::config),
    PARSE(BuildRun::parse),
    INDEX(BuildRun::index),
    RENDER(BuildRun::render),
    ASSETS(BuildRun::assets),
    REDIRECTS(BuildRun::redirects),
    VALIDATE(BuildRun::validate),
    PUBLISH(BuildRun::publish);

    /** The work of one stage on one run. */
    @FunctionalInterface
    interface Work {
        void on(BuildRun run) throws ConfigException, OutputFolder.LockedException, IOException;
    }

    private final Work work;

    Stage(Work work) {
        this.work = work;
    }

    void run(BuildRun run) throws ConfigException, OutputFolder.LockedException, IOException {
        work.on(run);
    }

    /** The stage's name in {@code --timings} and in docs/architecture.md. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

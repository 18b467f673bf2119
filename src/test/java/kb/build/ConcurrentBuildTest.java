package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kb.publish.OutputFolder;
import kb.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same output at once: one writes, the other is refused with a clear message; the site is whole. */
class ConcurrentBuildTest {

    private static final Path BASIC = FixtureSitesTest.SITES.resolve("basic");

    @TempDir
    Path temp;

    @Test
    void secondBuildStartedWhileTheFirstRunsIsRefusedAndTheFirstPublishes() throws Exception {
        Path output = temp.resolve("site");
        CountDownLatch firstIsBuilding = new CountDownLatch(1);
        CountDownLatch secondIsDone = new CountDownLatch(1);
        // The first build pauses inside validation, holding the lock, until the second has tried and failed.
        Validator pausing = new Validator(List.of((site, report) -> {
            firstIsBuilding.countDown();
            await(secondIsDone);
        }, (site, report) -> Validator.standard().validate(site, report)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<BuildResult> first = pool.submit(() -> new SiteBuilder(pausing).build(BuildOptions.production(BASIC, output)));
            assertTrue(firstIsBuilding.await(60, TimeUnit.SECONDS), "first build never reached validation");
            Future<Object> second = pool.submit(() -> {
                try {
                    return new SiteBuilder().build(BuildOptions.production(BASIC, output));
                } catch (OutputFolder.LockedException e) {
                    return e;
                } finally {
                    secondIsDone.countDown();
                }
            });
            Object refused = second.get(60, TimeUnit.SECONDS);
            assertTrue(refused instanceof OutputFolder.LockedException, "second build was not refused: " + refused);
            assertTrue(((Exception) refused).getMessage().contains("another build is already writing this site"),
                    ((Exception) refused).getMessage());
            assertTrue(first.get(60, TimeUnit.SECONDS).published());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(AtomicOutputTest.snapshot(referenceBuild()), AtomicOutputTest.snapshot(output));
    }

    @Test
    void buildsStartedTogetherNeverCorruptTheOutput() throws Exception {
        Path output = temp.resolve("site");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> builds = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                builds.add(pool.submit(() -> {
                    start.await();
                    try {
                        return new SiteBuilder().build(BuildOptions.production(BASIC, output));
                    } catch (OutputFolder.LockedException e) {
                        return e;
                    }
                }));
            }
            int published = 0;
            for (Future<Object> build : builds) {
                Object result = build.get(60, TimeUnit.SECONDS);
                if (result instanceof BuildResult built) {
                    assertTrue(built.published(), () -> "problems: " + built.report().problems());
                    published++;
                } else {
                    assertTrue(((Exception) result).getMessage().contains("another build is already writing this site"));
                }
            }
            assertTrue(published >= 1, "at least one build must publish");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(AtomicOutputTest.snapshot(referenceBuild()), AtomicOutputTest.snapshot(output));
        assertFalse(java.nio.file.Files.exists(temp.resolve(".site.staging")), "no staging folder left behind");
    }

    private Path referenceBuild() throws Exception {
        Path reference = temp.resolve("reference");
        assertTrue(new SiteBuilder().build(BuildOptions.production(BASIC, reference)).published());
        return reference;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

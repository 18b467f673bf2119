package kb.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LaterListTest {

    @Test
    void waitsForTheListOnFirstReadAndEqualsTheListItStandsFor() throws InterruptedException {
        CountDownLatch read = new CountDownLatch(1);
        FutureTask<List<String>> making = new FutureTask<>(() -> {
            read.await(10, TimeUnit.SECONDS);
            return List.of("a", "b");
        });
        new Thread(making).start();
        LaterList<String, List<String>> later = new LaterList<>(making, list -> list);
        read.countDown();
        assertEquals(List.of("a", "b"), later);
        assertEquals(2, later.size());
    }

    @Test
    void throwsWhatMakingTheListThrewToWhoeverReadsIt() {
        IllegalStateException failure = new IllegalStateException("a section could not be read");
        FutureTask<List<String>> making = new FutureTask<>(() -> {
            throw failure;
        });
        making.run();
        LaterList<String, List<String>> later = new LaterList<>(making, list -> list);
        assertSame(failure, assertThrows(IllegalStateException.class, later::size));
    }
}

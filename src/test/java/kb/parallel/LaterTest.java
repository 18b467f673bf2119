package kb.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LaterTest {

    @Test
    void makesTheValueOnceOnItsOwnThreadOrOnTheCallersIfNotStarted() throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch began = new CountDownLatch(1);
        Later<String> started = new Later<>(() -> {
            began.countDown();
            return made.incrementAndGet() + " on " + Thread.currentThread().getName();
        }).start("kb-test-later");
        assertTrue(began.await(10, TimeUnit.SECONDS));
        assertEquals("1 on kb-test-later", started.get(), "begun on its own thread: the caller waits for it");
        assertEquals("1 on kb-test-later", started.get());
        Later<String> notStarted = new Later<>(() -> "on " + Thread.currentThread().getName());
        assertEquals("on " + Thread.currentThread().getName(), notStarted.get());
    }

    @Test
    void throwsWhatMakingTheValueThrewToEachCaller() {
        IllegalStateException failure = new IllegalStateException("a section could not be read");
        Later<String> later = new Later<>(() -> {
            throw failure;
        });
        assertSame(failure, assertThrows(IllegalStateException.class, later::get));
        assertSame(failure, assertThrows(IllegalStateException.class, later::get));
    }
}

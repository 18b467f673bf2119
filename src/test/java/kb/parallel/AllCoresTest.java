package kb.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AllCoresTest {

    private static final List<Integer> NUMBERS = IntStream.range(0, 500).boxed().toList();

    @Test
    void keepsTheResultsInTheItemsOrderWhicheverThreadMadeThem() {
        List<Integer> expected = NUMBERS.stream().map(n -> n * n).toList();
        assertEquals(expected, AllCores.map(NUMBERS, true, n -> n * n));
        assertEquals(expected, AllCores.map(NUMBERS, false, n -> n * n));
        assertEquals(List.of(), AllCores.map(List.<Integer>of(), true, n -> n));
    }

    @Test
    void runsOnTheCallingThreadOnlyWhenNotParallel() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        AllCores.forEach(NUMBERS, false, n -> threads.add(Thread.currentThread()));
        assertEquals(Set.of(Thread.currentThread()), threads);
    }

    @Test
    void keepsEveryCoreBusyUntilTheLastItem() {
        assumeTrue(ForkJoinPool.getCommonPoolParallelism() >= 1, "one core: nothing to share");
        // The first item waits until every other item is done, so the other threads must do all of them. With
        // fixed shares of the list (a parallel stream cuts 40 items into quarters of 10 on two cores), the nine
        // items after it would wait behind it on its thread, and it would time out.
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        CountDownLatch othersDone = new CountDownLatch(items.size() - 1);
        List<Boolean> done = AllCores.map(items, true, n -> {
            if (n > 0) {
                othersDone.countDown();
                return true;
            }
            try {
                return othersDone.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(Collections.nCopies(items.size(), true), done);
    }

    @Test
    void throwsTheFirstFailureItselfAfterEveryThreadHasStopped() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        IllegalArgumentException failure = new IllegalArgumentException("page 7 failed");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> AllCores.forEach(NUMBERS, true, n -> {
                    running.incrementAndGet();
                    started.incrementAndGet();
                    try {
                        if (n == 7) {
                            throw failure;
                        }
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    } finally {
                        running.decrementAndGet();
                    }
                }));
        assertSame(failure, thrown);
        assertEquals(0, running.get(), "no job still running once the failure is thrown");
        assertTrue(started.get() < NUMBERS.size(), "items after the failure are not started");
    }
}

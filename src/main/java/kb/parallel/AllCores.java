package kb.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a job on each item of a list on all cores, the calling thread included, and returns the results in the
 * items' order. Each thread takes the next item as soon as it is done with one, so all cores stay busy until the
 * last item. A parallel stream does not: on two cores it cuts a list into four fixed quarters, and when one quarter
 * takes longer (a site's injury pages are longer than its FAQ pages) one core works alone on it while the other
 * idles, for up to a fifth of the stage.
 *
 * <p>The helpers are the common fork-join pool's threads, as a parallel stream's are. If a job throws, the items not
 * yet started are left alone, the other threads finish the job they are on, and the first exception is thrown.
 */
public final class AllCores {

    private AllCores() {
    }

    /** {@code job} applied to each item, in the items' order; on all cores if {@code parallel}, else in turn. */
    public static <T, R> List<R> map(List<T> items, boolean parallel, Function<? super T, ? extends R> job) {
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), items.size() - 1);
        if (!parallel || helpers < 1) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(job.apply(item));
            }
            return Collections.unmodifiableList(results);
        }
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                try {
                    results[i] = job.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                    next.set(results.length);
                }
            }
        };
        List<ForkJoinTask<?>> started = new ArrayList<>(helpers);
        for (int i = 0; i < helpers; i++) {
            started.add(ForkJoinPool.commonPool().submit(worker));
        }
        worker.run();
        // Every helper has finished before this returns or throws: none writes after the stage has ended.
        started.forEach(ForkJoinTask::join);
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        } else if (failure.get() instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }

    /** Runs {@code job} on each item; on all cores if {@code parallel}, else in turn. */
    public static <T> void forEach(List<T> items, boolean parallel, Consumer<? super T> job) {
        map(items, parallel, item -> {
            job.accept(item);
            return null;
        });
    }
}

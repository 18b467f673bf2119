package kb.parallel;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A value made on a thread of its own while the build goes on (the references in the site's citation style, the
 * search index): whoever asks for it first waits for it, or makes it on their own thread if its thread has not
 * begun. A failure while making it is thrown to each caller as it was thrown.
 */
public final class Later<T> {

    private final FutureTask<T> task;

    public Later(Callable<T> make) {
        this.task = new FutureTask<>(make);
    }

    /** Starts making the value on a daemon thread called {@code name}; returns this. */
    public Later<T> start(String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** The value, once made. */
    public T get() {
        task.run(); // does nothing when the task has run or is running: get() then waits for it
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a value made on another thread", e);
        }
    }
}

package kb.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches source folders and their sub-folders (new ones included) and hands out changes in batches: an editor
 * saving a file fires several events within a few milliseconds, so a batch ends only after {@code quietMillis}
 * without events. Editor scratch files (hidden, {@code ~} backups, swap files) are ignored.
 */
final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final long quietMillis;
    private WatchKey pending;

    SourceWatcher(List<Path> roots, long quietMillis) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quietMillis = quietMillis;
        for (Path root : roots) {
            registerTree(root);
        }
    }

    /** Whether files changed since the last batch, without waiting. */
    boolean hasChanges() {
        try {
            if (pending == null) {
                pending = service.poll();
            }
        } catch (ClosedWatchServiceException e) {
            return false;
        }
        return pending != null;
    }

    /** Blocks until files changed, then returns them once things are quiet; an empty set after {@link #close()}. */
    Set<Path> awaitChanges() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            WatchKey key = pending != null ? pending : service.take();
            pending = null;
            while (key != null) {
                collect(key, changed);
                key = service.poll(quietMillis, TimeUnit.MILLISECONDS);
                if (key == null && changed.isEmpty()) {
                    // Only scratch files changed: keep waiting for a real change.
                    key = service.take();
                }
            }
        } catch (ClosedWatchServiceException e) {
            return Set.of();
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changed.add(folder == null ? Path.of(".") : folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (scratch(path)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private static boolean scratch(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.matches("\\d+");
    }

    private void registerTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        } catch (IOException e) {
            // A folder deleted while we registered it: its parent's events still trigger a rebuild.
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}

package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import kb.testing.FixtureCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each content file is read once per build. The JDK's own file-read events (Flight Recorder's {@code jdk.FileRead},
 * emitted by every {@code FileInputStream} and {@code FileChannel} read, whoever calls it) are summed per file: a
 * build must read exactly as many bytes of each page as it has.
 */
class ContentReadsTest {

    @Test
    void aBuildReadsEachContentFileExactlyOnce(@TempDir Path temp) throws Exception {
        Path site = FixtureCopy.of("snippets", temp.resolve("sites"));
        Path content = site.resolve("content").toRealPath();
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md"))::iterator) {
                sizes.put(file.toString(), Files.size(file));
            }
        }
        assertTrue(sizes.size() >= 3, "too few pages to count: " + sizes.keySet());

        Path recorded = temp.resolve("reads.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.FileRead").withThreshold(java.time.Duration.ZERO).withoutStackTrace();
            recording.start();
            BuildResult result = new SiteBuilder().build(BuildOptions.production(site, temp.resolve("out")));
            recording.stop();
            recording.dump(recorded);
            assertTrue(result.published(), () -> "problems: " + result.report().problems());
        }

        Map<String, Long> read = new TreeMap<>();
        sizes.keySet().forEach(file -> read.put(file, 0L));
        for (RecordedEvent event : RecordingFile.readAllEvents(recorded)) {
            String path = event.getString("path");
            long bytes = event.getLong("bytesRead");
            if (path != null && bytes > 0 && read.containsKey(path)) {
                read.merge(path, bytes, Long::sum);
            }
        }
        assertEquals(sizes, read, "bytes read per content file (its size = read once)");
    }
}

package kb.build;

import java.util.Map;

/** Records how long each build stage took, for the build summary and {@code --timings}. */
final class Stopwatch {

    private final Map<String, Long> laps;
    private long start = System.nanoTime();

    Stopwatch(Map<String, Long> laps) {
        this.laps = laps;
    }

    void lap(String stage) {
        long now = System.nanoTime();
        laps.merge(stage, (now - start) / 1_000_000, Long::sum);
        start = now;
    }
}

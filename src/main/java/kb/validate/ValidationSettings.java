package kb.validate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * How a validation runs: the clock for review dates (passed in so tests are deterministic), and whether external
 * links are checked over the network (off by default: builds must work offline), with the cache file for that.
 */
public record ValidationSettings(Clock clock, boolean online, Path linkCache) {

    public static ValidationSettings offline() {
        return new ValidationSettings(Clock.systemUTC(), false, null);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}

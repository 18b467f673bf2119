package kb.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kb.parallel.Later;
import org.junit.jupiter.api.Test;

class LaterListTest {

    @Test
    void waitsForTheListOnFirstReadAndEqualsTheListItStandsFor() {
        CountDownLatch read = new CountDownLatch(1);
        Later<List<String>> making = new Later<>(() -> {
            read.await(10, TimeUnit.SECONDS);
            return List.of("a", "b");
        }).start("test");
        LaterList<String, List<String>> later = new LaterList<>(making, list -> list);
        read.countDown();
        assertEquals(List.of("a", "b"), later);
        assertEquals(2, later.size());
    }
}

package kb.sharecard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AWTError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import kb.report.Problem;
import kb.report.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareCardsTest {

    @TempDir
    Path temp;

    private final AtomicInteger draws = new AtomicInteger();
    /** A drawer that counts its draws and "draws" the title's bytes. */
    private final CardDrawer counting = card -> {
        draws.incrementAndGet();
        return card.title().getBytes(StandardCharsets.UTF_8);
    };

    private static ShareCard card(String title) {
        return new ShareCard(title, "summary", "Clinic", "https://kb.example");
    }

    @Test
    void aCachedCardIsNotDrawnAgain() throws Exception {
        Path cache = temp.resolve("cache");
        assertTrue(new ShareCards(cache, counting).write(card("Knee"), temp.resolve("a/share.png")));
        ShareCards next = new ShareCards(cache, counting);
        assertTrue(next.write(card("Knee"), temp.resolve("b/share.png")));
        assertEquals(1, draws.get(), "the second build takes the card from the cache");
        assertEquals(0, next.drawn());
        assertArrayEquals("Knee".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(temp.resolve("b/share.png")));
        assertTrue(next.write(card("Shin"), temp.resolve("c/share.png")));
        assertEquals(2, draws.get(), "a card showing something else is drawn");
    }

    @Test
    void neverWritesThroughALinkIntoTheCache() throws Exception {
        Path cache = temp.resolve("cache");
        Path page = temp.resolve("site/share.png");
        new ShareCards(cache, counting).write(card("Knee"), page);
        new ShareCards(cache, counting).write(card("Shin"), page);
        assertArrayEquals("Shin".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(page));
        assertArrayEquals("Knee".getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(cache.resolve(card("Knee").key() + ".png")), "the cached card is unchanged");
    }

    @Test
    void aCacheThatCannotBeWrittenStillGivesThePageItsCard() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("cache"), "a file where the cache folder would be");
        Path page = temp.resolve("site/share.png");
        assertTrue(new ShareCards(notAFolder, counting).write(card("Knee"), page));
        assertArrayEquals("Knee".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(page));
    }

    @Test
    void prunesTheCardsThisBuildDidNotUse() throws Exception {
        Path cache = temp.resolve("cache");
        new ShareCards(cache, counting).write(card("Old"), temp.resolve("a/share.png"));
        ShareCards build = new ShareCards(cache, counting);
        build.write(card("New"), temp.resolve("a/share.png"));
        build.prune();
        assertFalse(Files.exists(cache.resolve(card("Old").key() + ".png")));
        assertTrue(Files.exists(cache.resolve(card("New").key() + ".png")));
    }

    @Test
    void withoutFontsWritesNoCardAndWarnsOnce() {
        AtomicInteger attempts = new AtomicInteger();
        ShareCards cards = new ShareCards(temp.resolve("cache"), card -> {
            attempts.incrementAndGet();
            throw new AWTError("Fontconfig head is null, check your fonts or fonts configuration");
        });
        assertFalse(cards.write(card("Knee"), temp.resolve("a/share.png")));
        assertFalse(cards.write(card("Shin"), temp.resolve("b/share.png")));
        assertFalse(Files.exists(temp.resolve("a/share.png")));
        assertFalse(cards.available());
        assertEquals(1, attempts.get(), "after the first failure no card is tried");
        assertEquals(1, cards.problems().size());
        Problem problem = cards.problems().get(0);
        assertTrue(problem.is(Rules.SHARE_NO_FONTS));
        assertTrue(problem.message().contains("Fontconfig head is null"), problem.message());
        assertFalse(problem.message().contains("AWTError"), "no exception class name: " + problem.message());
        assertTrue(problem.hint().contains("fonts-dejavu-core"), problem.hint());
    }

    @Test
    void aFailingDrawerThatIsNotAboutFontsIsNotHidden() {
        ShareCards cards = new ShareCards(temp.resolve("cache"), card -> {
            throw new OutOfMemoryError("Java heap space");
        });
        org.junit.jupiter.api.Assertions.assertThrows(OutOfMemoryError.class,
                () -> cards.write(card("Knee"), temp.resolve("a/share.png")));
    }
}

package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchSectionsTest {

    @Test
    void joinsWhiteSpaceAndDropsTheSpaceACitationLeavesBeforePunctuation() {
        assertEquals("Rest helps. Ice, then heat; see: here ", SearchSections.tidied(
                "Rest \t helps .\nIce ,\r\n then heat ;  see : here \n"));
        assertEquals("", SearchSections.tidied(""));
        assertEquals(".", SearchSections.tidied("  ."));
    }

    @Test
    void givesWhatTheTwoRegularExpressionsItReplacedGaveForAnyText() {
        String alphabet = "ab .,;:!\t\n\r\f\u000B\u00A0é";
        Random random = new Random(5122026);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = text.toString().replaceAll("\\s+", " ").replaceAll(" ([.,;:])", "$1");
            assertEquals(expected, SearchSections.tidied(text), text::toString);
        }
    }
}

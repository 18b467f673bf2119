package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SearchTokensTest {

    /** The browser's tokenizer (js/search.js), which the scan must match token for token. */
    private static final Pattern BROWSER = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

    private static Map<String, Integer> counted(String text) {
        Map<String, Integer> counts = new HashMap<>();
        SearchTokens.forEach(text, token -> counts.merge(token, 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> byBrowser(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher matcher = BROWSER.matcher(text);
        while (matcher.find()) {
            counts.merge(matcher.group(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void keepsOneApostropheInsideAWordWhenLettersFollowIt() {
        assertEquals(Map.of("runner's", 1, "knee", 1, "runners", 1, "it", 1, "s", 1, "90's", 1, "rock'n", 1,
                        "roll", 1),
                counted("runner's knee; runners' 'it' s 90's rock'n'roll"));
    }

    @Test
    void countsEachTokenAsWrittenWithLettersAndNumbersOfAnyScript() {
        assertEquals(Map.of("Calf", 1, "calf", 2, "café", 1, "x²", 1, "½", 1, "αβγ", 1, "𝐀b", 1),
                counted("Calf calf, calf. café x² ½ αβγ 𝐀b"));
    }

    @Test
    void findsTheSameTokensAsTheBrowsersRegularExpressionInAnyText() {
        String alphabet = "aZé9²½'’ -.,\n\u0301αЖ𝐀🏃";
        Random random = new Random(20261205);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            assertEquals(byBrowser(text.toString()), counted(text.toString()), text::toString);
        }
    }
}

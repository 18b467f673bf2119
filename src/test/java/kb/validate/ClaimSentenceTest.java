package kb.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast claim and sentence-end tests answer exactly as the patterns they replace do. */
class ClaimSentenceTest {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"')\\]]*\\s+");

    @ParameterizedTest
    @ValueSource(strings = {
            "One. Two.", "One.Two. Three", "Wait... what? Yes! ok", "He said \"stop.\" Then left.", "(See below.) Next",
            "A ratio 1.5 of 2. End", "No end", "End.", "Ends.\n\nNew line", "?!  spaced", "x .\" y", ".)] z", ".)x. y",
            "e.g. this", ""})
    void findsSentenceEndsAsThePatternDoes(String text) {
        Matcher matcher = SENTENCE_END.matcher(text);
        int from = 0;
        while (true) {
            boolean found = matcher.find(from);
            int end = Sentences.sentenceEnd(text, from);
            assertEquals(found ? matcher.end() : -1, end, text + " from " + from);
            if (!found) {
                break;
            }
            from = end;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Studies show that massage helps.", "STUDIES  SHOWED nothing", "The research found a link.",
            "Reviews suggest it may help.", "A review proves little.", "Fifty per cent of runners.", "Ten percent.",
            "It helps 3 of 4 runners.", "Half the runners, 50%.", "Evidence suggests some benefit.",
            "Trials\nfound it safe.", "Evidence is thin.", "Research shows", "Some research showing benefit.",
            "Supercent studies.", "Mystudies show it.", "studies showcase", "The expert percentage.",
            "ſtudies show it.", "Trıals found it.", "Evıdence suggests", "re-research shows", "per  cent",
            "Per cent", "PERCENT of them", "review of reviews", "studies, research and trials", "",
            "Perhaps studies show it.", "Reviewed research shows", "abc3def", "éstudies show it", "Half%", "per-cent",
            "The review found", "RESEARCH\tSHOWS", "trial found", "evidences show", "reviews proves", "x review"})
    void answersAsThePatternDoes(String sentence) {
        assertEquals(Sentences.CLAIM.matcher(sentence).find(), Sentences.isClaim(sentence), sentence);
    }
}

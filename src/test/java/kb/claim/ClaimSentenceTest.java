package kb.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
            "The review found", "RESEARCH\tSHOWS", "trial found", "evidences show", "reviews proves", "x review",
            "Rest two to four weeks.", "every two to four weeks", "Four days.", "one to two minutes per muscle",
            "a few centimetres", "twice a week", "a couple of hours", "half an hour", "What the research shows",
            "what  the research shows", "somewhat research shows", "One of them.", "a fewer days", "twice weekly",
            "two-week rest", "Twenty minutes", "tworeps", "once a run", "Once you rest", "a  couple  of days"})
    void answersAsThePatternDoes(String sentence) {
        assertEquals(Sentences.CLAIM.matcher(sentence).find(), Sentences.isClaim(sentence), sentence);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // amounts, durations and frequencies in words are figures too
            "Rest for two to four weeks before running again.                     | true",
            "Have a massage every two to four weeks in heavy training.            | true",
            "Take four days off.                                                  | true",
            "Spend one to two minutes per muscle.                                 | true",
            "Move the roller a few centimetres at a time.                         | true",
            "Stretch twice a week.                                                | true",
            "Wait a couple of hours after eating.                                 | true",
            "Allow half an hour to cool down.                                     | true",
            "It takes three sessions.                                             | true",
            "A two-week break helps.                                              | true",
            // saying what the research shows introduces a topic; it claims nothing itself
            "'What the research shows, and does not show, about common claims for massage.' | false",
            "Each answer says what the research shows and where it is only our clinic's practice. | false",
            "What studies show is mixed.                                          | false",
            "Research shows that it helps.                                        | true",
            "The research shows that it helps.                                    | true",
            // numbers that are not amounts, and words that only look like them
            "One of the most common running injuries.                             | false",
            "Once you can walk without pain, start again.                         | false",
            "Someone will see you.                                                | false",
            "Book a session.                                                      | false"})
    void tellsClaimsFromOtherSentences(String sentence, boolean claim) {
        assertEquals(claim, Sentences.isClaim(sentence), sentence);
    }
}

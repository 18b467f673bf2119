package kb.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast claim test answers exactly as the claim pattern does. */
class ClaimSentenceTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Studies show that massage helps.", "STUDIES  SHOWED nothing", "The research found a link.",
            "Reviews suggest it may help.", "A review proves little.", "Fifty per cent of runners.", "Ten percent.",
            "It helps 3 of 4 runners.", "Half the runners, 50%.", "Evidence suggests some benefit.",
            "Trials\nfound it safe.", "Evidence is thin.", "Research shows", "Some research showing benefit.",
            "Supercent studies.", "Mystudies show it.", "studies showcase", "The expert percentage.",
            "ſtudies show it.", "Trıals found it.", "Evıdence suggests", "re-research shows", "per  cent",
            "Per cent", "PERCENT of them", "review of reviews", "studies, research and trials", ""})
    void answersAsThePatternDoes(String sentence) {
        assertEquals(UncitedClaimCheck.CLAIM.matcher(sentence).find(), UncitedClaimCheck.isClaim(sentence), sentence);
    }
}

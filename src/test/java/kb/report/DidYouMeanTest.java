package kb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, DidYouMean.distance("title", "title"));
        assertEquals(1, DidYouMean.distance("atlas2012expectation", "atlas2012expectations"));
        assertEquals(2, DidYouMean.distance("summray", "summary"));
        assertEquals(3, DidYouMean.distance("kitten", "sitting"));
    }

    @Test
    void suggestsTheClosestNamesFirstIgnoringCase() {
        assertEquals(List.of("crane2012massage", "crane2013massage"),
                DidYouMean.closest("Crane2012Massag", List.of("davis2020effect", "crane2013massage", "crane2012massage"), 2, 3));
        assertEquals(List.of(), DidYouMean.closest("zzz", List.of("title", "summary"), 2, 3));
    }
}

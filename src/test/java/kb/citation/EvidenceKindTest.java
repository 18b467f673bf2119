package kb.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceKindTest {

    @Test
    void hasTheSevenValuesAndLabelsOfTheWritersGuide() {
        assertEquals(List.of("systematic-review", "randomised-trial", "observational", "case-series", "laboratory",
                "guideline", "narrative-review"), EvidenceKind.VALUES);
        assertEquals(List.of("Systematic review", "Randomised trial", "Observational study", "Case series",
                "Lab or animal study", "Clinical guideline", "Review or opinion"),
                Arrays.stream(EvidenceKind.values()).map(EvidenceKind::label).toList());
    }

    @Test
    void acceptsOnlyTheExactValue() {
        assertEquals(Optional.of(EvidenceKind.GUIDELINE), EvidenceKind.of("guideline"));
        assertEquals(Optional.empty(), EvidenceKind.of("Guideline"));
        assertEquals(Optional.empty(), EvidenceKind.of("Clinical guideline"), "the label is not a value");
    }

    @Test
    void suggestsTheValueAnEditorMostLikelyMeant() {
        assertEquals(Optional.of("randomised-trial"), EvidenceKind.closest("randomized-trial"));
        assertEquals(Optional.of("systematic-review"), EvidenceKind.closest("Systematic review"));
        assertEquals(Optional.of("case-series"), EvidenceKind.closest("case series"));
        assertEquals(Optional.of("systematic-review"), EvidenceKind.closest("meta-analysis"));
        assertEquals(Optional.of("randomised-trial"), EvidenceKind.closest("RCT"));
        assertEquals(Optional.of("randomised-trial"), EvidenceKind.closest("randomized controlled trial"));
        assertEquals(Optional.of("observational"), EvidenceKind.closest("cohort study"));
        assertEquals(Optional.of("case-series"), EvidenceKind.closest("case report"));
        assertEquals(Optional.of("narrative-review"), EvidenceKind.closest("expert opinion"));
        assertEquals(Optional.of("guideline"), EvidenceKind.closest("guidelines"));
    }

    @Test
    void guessesNothingForAWordFarFromEveryKind() {
        assertEquals(Optional.empty(), EvidenceKind.closest("strong"));
        assertEquals(Optional.empty(), EvidenceKind.closest("review"), "a narrative or a systematic review: no guess");
    }
}

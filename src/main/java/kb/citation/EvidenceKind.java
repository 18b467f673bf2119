package kb.citation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kb.report.DidYouMean;

/**
 * The kind of evidence a reference is, as written in a bibliography entry's {@code evidence:} field, with the label
 * readers see beside it. The values and labels are fixed (docs/writing.md, "The bibliography file").
 */
public enum EvidenceKind {
    SYSTEMATIC_REVIEW("systematic-review", "Systematic review"),
    RANDOMISED_TRIAL("randomised-trial", "Randomised trial"),
    OBSERVATIONAL("observational", "Observational study"),
    CASE_SERIES("case-series", "Case series"),
    LABORATORY("laboratory", "Lab or animal study"),
    GUIDELINE("guideline", "Clinical guideline"),
    NARRATIVE_REVIEW("narrative-review", "Review or opinion");

    /** Every value an editor may write, in the order of the table in docs/writing.md. */
    public static final List<String> VALUES = Arrays.stream(values()).map(EvidenceKind::value).toList();

    /**
     * Words editors commonly write for a kind that are too far from its value for edit distance to find it
     * ("RCT" for a randomised trial); used only to suggest the value, never accepted.
     */
    private static final Map<String, EvidenceKind> COMMON_NAMES = Map.ofEntries(
            Map.entry("meta-analysis", SYSTEMATIC_REVIEW), Map.entry("rct", RANDOMISED_TRIAL),
            Map.entry("randomised-controlled", RANDOMISED_TRIAL), Map.entry("randomized-controlled", RANDOMISED_TRIAL),
            Map.entry("crossover", RANDOMISED_TRIAL),
            Map.entry("cohort", OBSERVATIONAL), Map.entry("case-control", OBSERVATIONAL),
            Map.entry("cross-sectional", OBSERVATIONAL), Map.entry("case-report", CASE_SERIES),
            Map.entry("animal", LABORATORY), Map.entry("lab", LABORATORY),
            Map.entry("consensus", GUIDELINE), Map.entry("consensus-statement", GUIDELINE),
            Map.entry("expert-opinion", NARRATIVE_REVIEW), Map.entry("opinion", NARRATIVE_REVIEW),
            Map.entry("editorial", NARRATIVE_REVIEW));

    private final String value;
    private final String label;

    EvidenceKind(String value, String label) {
        this.value = value;
        this.label = label;
    }

    /** As written in the bibliography, e.g. {@code randomised-trial}. */
    public String value() {
        return value;
    }

    /** As shown to readers, e.g. "Randomised trial". */
    public String label() {
        return label;
    }

    /** The kind written exactly as {@code value}, or empty. */
    public static Optional<EvidenceKind> of(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value.equals(value)).findFirst();
    }

    /**
     * The allowed value an editor most likely meant by {@code written}, or empty when none is close: a value within
     * three edits (spelling, "randomized-trial", "systematic review"), else the kind of a common name for it
     * ("RCT", "cohort study").
     */
    public static Optional<String> closest(String written) {
        String normal = written.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        List<String> near = DidYouMean.closest(normal, VALUES, 3, 1);
        if (!near.isEmpty()) {
            return Optional.of(near.get(0));
        }
        String word = normal.replaceAll("-(study|studies|trials?|reviews?)$", "");
        for (String candidate : List.of(normal, word)) {
            EvidenceKind kind = COMMON_NAMES.get(candidate);
            if (kind != null) {
                return Optional.of(kind.value);
            }
        }
        return Optional.empty();
    }
}

package kb.callout;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of alert block quote: one that labels the clinic's practice, and the three levels of urgent-care
 * advice, most urgent first (the order the NHS uses on its condition pages).
 */
public enum CalloutKind {
    PRACTICE("practice", "From our clinic's practice", false),
    EMERGENCY("emergency", "Call emergency services now", true),
    URGENT("urgent", "Get help the same day", true),
    SOON("soon", "See a doctor or physiotherapist soon", false);

    private final String marker;
    private final String title;
    private final boolean summarised;

    CalloutKind(String marker, String title, boolean summarised) {
        this.marker = marker;
        this.title = title;
        this.summarised = summarised;
    }

    /** The word between {@code [!} and {@code ]}. */
    public String marker() {
        return marker;
    }

    /** The heading readers see. */
    public String title() {
        return title;
    }

    /** Whether the page's "Get help now if…" box lists it (emergency and same-day advice). */
    public boolean summarised() {
        return summarised;
    }

    /** Whether it is urgent-care advice (the levels), not a practice label. */
    public boolean isCareLevel() {
        return this != PRACTICE;
    }

    /** The kind written as {@code word} (any letter case), or null. */
    public static CalloutKind of(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.marker.equals(lower)).findFirst().orElse(null);
    }

    /** Every marker word, for messages. */
    public static List<String> markers() {
        return Arrays.stream(values()).map(CalloutKind::marker).toList();
    }
}

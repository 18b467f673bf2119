package kb.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean ...?" for hints: the known names closest to a misspelled one, by edit distance (Levenshtein,
 * ignoring case). Used wherever a message names something that does not exist (a front matter key, a citation
 * key).
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** Up to {@code max} names of {@code known} at most {@code maxDistance} edits from {@code wanted}, closest first. */
    public static List<String> closest(String wanted, Collection<String> known, int maxDistance, int max) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        record Candidate(String name, int distance) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String name : known) {
            int d = distance(lower, name.toLowerCase(Locale.ROOT));
            if (d <= maxDistance) {
                candidates.add(new Candidate(name, d));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance));
        return candidates.stream().limit(max).map(Candidate::name).toList();
    }

    /** The number of single-character insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

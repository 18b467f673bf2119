package kb.refs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keys in the site's style (docs/writing.md): the first author's surname, the year and the first significant word
 * of the title, in lower-case ASCII letters and digits ({@code crane2012massage}, {@code vonmohr2021social}). A key
 * that is taken tries the title's next significant words, then a letter ({@code crane2012massageb}). An imported
 * item whose own id is already in this style (as Better BibTeX writes it, or this tool's export) keeps it.
 */
final class CitationKeys {

    /** Words a title may start with that say nothing about it. */
    private static final Set<String> SKIPPED = Set.of("a", "an", "the", "and", "or", "of", "on", "in", "at", "to",
            "for", "with", "by", "from", "how", "what", "why", "when", "where", "which", "who", "does", "do", "is",
            "are", "can", "should", "will");
    /** Letters NFD does not split into a base letter and a mark. */
    private static final Map<Character, String> LETTERS = Map.of('ø', "o", 'æ', "ae", 'ß', "ss", 'ł', "l", 'đ', "d",
            'þ', "th", 'œ', "oe", 'ı', "i");

    private CitationKeys() {
    }

    /**
     * A key for the entry not in {@code taken}: {@code id} when it is one in the site's style for this author and
     * year, else one made from the surname, year and title.
     */
    static String choose(String id, String firstAuthor, String year, String title, Set<String> taken) {
        String prefix = ascii(surname(firstAuthor)) + (year == null ? "" : year);
        if (id != null && id.startsWith(prefix) && id.length() > prefix.length()
                && id.substring(prefix.length()).matches("[a-z][a-z0-9]*") && !taken.contains(id)) {
            return id;
        }
        List<String> words = significantWords(title);
        for (String word : words) {
            if (!taken.contains(prefix + word)) {
                return prefix + word;
            }
        }
        String base = prefix + (words.isEmpty() ? "" : words.get(0));
        for (char suffix = 'b'; ; suffix++) {
            String key = suffix <= 'z' ? base + suffix : base + (suffix - 'a');
            if (!taken.contains(key)) {
                return key;
            }
        }
    }

    /** The surname of a Vancouver name ("von Mohr M" → "von Mohr"); a group's name stays whole. */
    static String surname(String author) {
        String[] parts = author.strip().split("\\s+");
        int end = parts.length;
        while (end > 1 && parts[end - 1].matches("\\p{Lu}{1,4}|Jr|Sr|II|III|IV")) {
            end--;
        }
        return String.join(" ", List.of(parts).subList(0, end));
    }

    static List<String> significantWords(String title) {
        List<String> words = new ArrayList<>();
        if (title == null) {
            return words;
        }
        for (String word : ascii(title, " ").split("\\s+")) {
            if (!word.isEmpty() && !SKIPPED.contains(word) && !word.matches("[0-9]+") && !words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    static String ascii(String text) {
        return ascii(text, "");
    }

    /** Lower-case ASCII letters and digits; every other character is dropped or, with {@code gap}, a gap. */
    private static String ascii(String text, String gap) {
        StringBuilder out = new StringBuilder();
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        for (char c : decomposed.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (LETTERS.containsKey(c)) {
                out.append(LETTERS.get(c));
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(gap);
            }
        }
        return out.toString();
    }
}

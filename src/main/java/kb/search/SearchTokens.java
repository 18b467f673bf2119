package kb.search;

import java.util.function.Consumer;

/**
 * The words of a text as js/search.js tokenizes them ({@code /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu}): runs of letters and
 * digits, with one apostrophe inside when letters follow it ("runner's"). A scan by code point, not that regular
 * expression: the index reads every word of the site, and the scan does it in about half the time.
 */
final class SearchTokens {

    private SearchTokens() {
    }

    /** Gives each token of {@code text} to {@code action}, in order, exactly as written. */
    static void forEach(String text, Consumer<String> action) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            int c = text.codePointAt(i);
            if (!isWordCharacter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < length && isWordCharacter(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            if (i < length && text.charAt(i) == '\'') {
                int end = i + 1;
                while (end < length && Character.isLetter(c = text.codePointAt(end))) {
                    end += Character.charCount(c);
                }
                if (end > i + 1) {
                    i = end;
                }
            }
            action.accept(text.substring(start, i));
        }
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter, or a digit, letter-like or other number ("²", "½"). */
    private static boolean isWordCharacter(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}

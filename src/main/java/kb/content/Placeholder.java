package kb.content;

import java.util.List;

/**
 * Text that stands for something still to be written. {@code kb new} writes {@link #MARKER} in front of every part
 * of a new page it cannot write itself (through {@link #note}, so what it writes and what the build looks for
 * cannot drift apart); editors also leave {@code TBD} and {@code FIXME}. A placeholder is one of these words, in
 * capitals, at the start of a text and followed by nothing, white space or punctuation: {@code TODO},
 * {@code TODO: write this}, {@code TBD.}, but not {@code TODOs}, {@code TODO-list} or {@code Todo}.
 */
public final class Placeholder {

    /** The word {@code kb new} puts in front of every placeholder it writes. */
    public static final String MARKER = "TODO";

    private static final List<String> WORDS = List.of(MARKER, "TBD", "FIXME");

    private Placeholder() {
    }

    /** A placeholder as {@code kb new} writes it: {@code TODO: <what to write>}. */
    public static String note(String whatToWrite) {
        return MARKER + ": " + whatToWrite;
    }

    /** Whether {@code text} (leading white space ignored) starts with a placeholder word. */
    public static boolean startsWith(CharSequence text) {
        return wordAt(text, firstNonBlank(text)) != null;
    }

    /** The placeholder word at {@code index} of {@code text}, or null when there is none. */
    public static String wordAt(CharSequence text, int index) {
        for (String word : WORDS) {
            int end = index + word.length();
            if (index >= 0 && end <= text.length() && word.contentEquals(text.subSequence(index, end))
                    && (end == text.length() || endsWord(text.charAt(end)))) {
                return word;
            }
        }
        return null;
    }

    /** What may follow the word: {@code TODO:} and {@code TBD.} are placeholders, {@code TODOs} and {@code TODO-list} words. */
    private static boolean endsWord(char next) {
        return !Character.isLetterOrDigit(next) && next != '-' && next != '_';
    }

    private static int firstNonBlank(CharSequence text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

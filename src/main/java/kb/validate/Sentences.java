package kb.validate;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one paragraph's text, fed piece by piece, into sentences and tells which are uncited claims. A sentence
 * ends after full stops, question or exclamation marks followed by white space; a citation counts for the sentence
 * it is in and for the ones before it in the paragraph (the usual way to describe one study over several
 * sentences), never for the ones after it. A claim states a figure (a digit, a percentage) or leans on research
 * ("studies show").
 */
final class Sentences {

    private static final String WORDS =
            "\\bper ?cent\\b|\\b(studies|research|trials|evidence|reviews?)\\s+(show|shows|showed|suggest|suggests|prove|proves|found)\\b";
    static final Pattern CLAIM = Pattern.compile("\\d|%|" + WORDS, Pattern.CASE_INSENSITIVE);
    /** The word branches of {@link #CLAIM} alone; {@link #nounAt} knows their first words. */
    private static final Pattern WORD_CLAIM = Pattern.compile(WORDS, Pattern.CASE_INSENSITIVE);

    /** A finished sentence: its text, the source offset of its first character (-1: unknown), and whether cited. */
    record Sentence(String text, int offset, boolean cited) {
    }

    private final List<Sentence> done = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int offset = -1;
    private boolean cited;

    /** Adds text; {@code source} is where it stands in the page (its offsets when it is the same length). */
    void append(String value, BasedSequence source) {
        int from = 0;
        while (from < value.length()) {
            int end = endIn(value, from);
            int to = end < 0 ? value.length() : end;
            for (int i = from; i < to && offset < 0 && source != null; i++) {
                if (!Character.isWhitespace(value.charAt(i))) {
                    offset = value.length() == source.length() ? source.getIndexOffset(i) : source.getStartOffset();
                }
            }
            text.append(value, from, to);
            if (end >= 0) {
                done.add(new Sentence(text.toString(), offset, cited));
                text.setLength(0);
                offset = -1;
                cited = false;
            }
            from = to;
        }
    }

    /**
     * Where in {@code value} the open sentence ends, or -1 when it does not end in it. The text so far
     * holds no finished sentence, so only its trailing full stops and closing marks can join the new piece's
     * white space to end one; the rest of it is not scanned again.
     */
    private int endIn(String value, int from) {
        int closers = text.length();
        while (closers > 0 && "\"')]".indexOf(text.charAt(closers - 1)) >= 0) {
            closers--;
        }
        int stops = closers;
        while (stops > 0 && isStop(text.charAt(stops - 1))) {
            stops--;
        }
        if (stops < closers) {
            String open = text.substring(stops);
            int end = sentenceEnd(open + value.substring(from), 0);
            return end < 0 ? -1 : Math.max(from + 1, from + end - open.length());
        }
        return sentenceEnd(value, from);
    }

    /** A line break inside the paragraph reads as a space. */
    void lineBreak() {
        append(" ", null);
    }

    /** A citation at this point of the text. */
    void cite() {
        cited = true;
    }

    /** The claims after the paragraph's last citation. */
    List<Sentence> uncitedClaims() {
        List<Sentence> all = new ArrayList<>(done);
        if (!text.toString().isBlank()) {
            all.add(new Sentence(text.toString(), offset, cited));
        }
        int lastCited = -1;
        for (int i = 0; i < all.size(); i++) {
            lastCited = all.get(i).cited() ? i : lastCited;
        }
        List<Sentence> claims = new ArrayList<>();
        for (int i = lastCited + 1; i < all.size(); i++) {
            String sentence = all.get(i).text().strip();
            if (isClaim(sentence)) {
                claims.add(new Sentence(sentence.replaceAll("\\s+", " "), all.get(i).offset(), false));
            }
        }
        return claims;
    }

    /**
     * Whether {@link #CLAIM} occurs in the sentence. Trying the regular expression's branches at every character was
     * the slowest part of validation: a digit or a percent sign answers at once, and the word branches are tried only
     * where a word starts with one of their first words (the expression itself checks the word boundaries).
     */
    static boolean isClaim(String text) {
        int length = text.length();
        Matcher words = null;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == '%') {
                return true;
            }
            if (!isAsciiLetter(c)) {
                i++;
                continue;
            }
            // A word starts here: try the word branches only if it is one of their first words.
            String noun = nounAt(text, i);
            if (noun != null) {
                words = words != null ? words : WORD_CLAIM.matcher(text).useTransparentBounds(true);
                if (words.region(i, length).lookingAt()) {
                    return true;
                }
            }
            while (i < length && isAsciiLetter(text.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    /** The one of the first words of the word branches that starts at {@code at}, in any ASCII case (as CASE_INSENSITIVE), or null. */
    private static String nounAt(String text, int at) {
        String noun = switch (text.charAt(at) | 0x20) {
            case 'p' -> "per";
            case 's' -> "studies";
            case 't' -> "trials";
            case 'e' -> "evidence";
            case 'r' -> at + 2 < text.length() && (text.charAt(at + 2) | 0x20) == 'v' ? "review" : "research";
            default -> null;
        };
        if (noun == null || at + noun.length() > text.length()) {
            return null;
        }
        for (int k = 1; k < noun.length(); k++) {
            if ((text.charAt(at + k) | 0x20) != noun.charAt(k)) {
                return null;
            }
        }
        return noun;
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /**
     * The end of the first sentence ending at or after {@code from}: after its full stops, question or exclamation
     * marks, any closing quotes or brackets, and the white space that follows (what the expression
     * {@code [.!?]+["')\]]*\s+} matches), or -1. Written out because it runs on every text node of every page.
     */
    static int sentenceEnd(String value, int from) {
        int length = value.length();
        for (int i = from; i < length; i++) {
            if (!isStop(value.charAt(i))) {
                continue;
            }
            int j = i;
            while (j < length && isStop(value.charAt(j))) {
                j++;
            }
            while (j < length && "\"')]".indexOf(value.charAt(j)) >= 0) {
                j++;
            }
            int k = j;
            while (k < length && isSpace(value.charAt(k))) {
                k++;
            }
            if (k > j) {
                return k;
            }
            i = j - 1;
        }
        return -1;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** What {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** "a figure" or "what research shows": what the claim in {@code text} leans on. */
    static String what(String text) {
        Matcher matcher = CLAIM.matcher(text);
        matcher.find();
        String found = matcher.group();
        return Character.isDigit(found.charAt(0)) || found.equals("%") || found.toLowerCase().startsWith("per")
                ? "a figure" : "what research shows";
    }
}

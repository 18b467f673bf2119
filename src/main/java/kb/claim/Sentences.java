package kb.claim;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one paragraph's text, fed piece by piece, into sentences and tells which are uncited claims. A sentence
 * ends after full stops, question or exclamation marks followed by white space; a citation counts for the sentence
 * it is in and for the ones before it in the paragraph (the usual way to describe one study over several
 * sentences), never for the ones after it; a practice label speaks for its own sentences only. A claim states a
 * figure (a digit, a percentage, an amount or duration in words: "two to four weeks", "twice a week") or leans on
 * research ("studies show"; not "what the research shows", which introduces a topic).
 */
public final class Sentences {

    /** Numbers written in words, and the vague amounts that stand for them ("a few", "a couple of"). */
    private static final String NUMBER = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
            + "|twenty|thirty|forty|fifty|sixty|ninety|hundred|several|a\\s+few|a\\s+couple\\s+of|half\\s+an?)";
    private static final String UNIT = "(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|times|sessions?"
            + "|centimet(?:re|er)s?|millimet(?:re|er)s?|met(?:re|er)s?|kilomet(?:re|er)s?|miles?|kilo(?:gram)?s?"
            + "|litres?|liters?|repetitions?|reps|sets)";
    /**
     * What research shows, unless introduced as a topic ("what the research shows"); a per cent; an amount, duration
     * or frequency in words ("two to four weeks", "a few centimetres", "twice a week").
     */
    private static final String WORDS =
            "\\bper ?cent\\b"
            + "|(?<!\\bwhat\\s{1,3})(?<!\\bwhat\\s{1,3}the\\s{1,3})"
            + "\\b(studies|research|trials|evidence|reviews?)\\s+(show|shows|showed|suggest|suggests|prove|proves|found)\\b"
            + "|\\b" + NUMBER + "(?:\\s+(?:to|or|and)\\s+" + NUMBER + ")?(?:\\s+|-)" + UNIT + "\\b"
            + "|\\b(?:once|twice|thrice)\\s+(?:a|an|per|each|every)\\s+(?:day|week|month|year|session|run)\\b";
    private static final Pattern RESEARCH = Pattern.compile("(studies|research|trials|evidence|reviews?)\\s",
            Pattern.CASE_INSENSITIVE);
    static final Pattern CLAIM = Pattern.compile("\\d|%|" + WORDS, Pattern.CASE_INSENSITIVE);
    /** The word branches of {@link #CLAIM} alone; {@link #firstWordAt} knows their first words. */
    private static final Pattern WORD_CLAIM = Pattern.compile(WORDS, Pattern.CASE_INSENSITIVE);
    /** The first words of the amount branches; the research branches' are in {@link #nounAt}. */
    private static final Set<String> AMOUNT_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
            "ninety", "hundred", "several", "a", "half", "once", "twice", "thrice");

    /**
     * A finished sentence: its text, the source offset of its first character (-1: unknown), whether cited, and
     * whether (partly) inside a practice label.
     */
    record Sentence(String text, int offset, boolean cited, boolean practice) {
    }

    private final List<Sentence> done = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int offset = -1;
    private boolean cited;
    private int practiceDepth;
    private boolean practice;

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
                done.add(new Sentence(text.toString(), offset, cited, practice));
                text.setLength(0);
                offset = -1;
                cited = false;
                practice = practiceDepth > 0;
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

    /**
     * The text that follows, up to {@link #endPractice}, is labelled as the clinic's practice: the sentences it is
     * in are not claims. Unlike a citation it speaks for its own sentences only, never for the ones before.
     */
    void startPractice() {
        practiceDepth++;
        practice = true;
    }

    void endPractice() {
        practiceDepth--;
    }

    /** The claims after the paragraph's last citation, less those labelled as practice. */
    List<Sentence> uncitedClaims() {
        List<Sentence> all = new ArrayList<>(done);
        if (!text.toString().isBlank()) {
            all.add(new Sentence(text.toString(), offset, cited, practice));
        }
        int lastCited = -1;
        for (int i = 0; i < all.size(); i++) {
            lastCited = all.get(i).cited() ? i : lastCited;
        }
        List<Sentence> claims = new ArrayList<>();
        for (int i = lastCited + 1; i < all.size(); i++) {
            String sentence = all.get(i).text().strip();
            if (!all.get(i).practice() && isClaim(sentence)) {
                claims.add(new Sentence(sentence.replaceAll("\\s+", " "), all.get(i).offset(), false, false));
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
            if (firstWordAt(text, i)) {
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

    /** Whether a first word of one of the word branches starts at {@code at}. */
    private static boolean firstWordAt(String text, int at) {
        if (nounAt(text, at) != null) {
            return true;
        }
        int end = at;
        while (end < text.length() && isAsciiLetter(text.charAt(end))) {
            end++;
        }
        return end - at <= 8 && AMOUNT_WORDS.contains(text.substring(at, end).toLowerCase(Locale.ROOT));
    }

    /** The one of the first words of the research branches that starts at {@code at}, in any ASCII case (as CASE_INSENSITIVE), or null. */
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

    /** "a figure", "an amount in words" or "what research shows": what the claim in {@code text} leans on. */
    public static String what(String text) {
        Matcher matcher = CLAIM.matcher(text);
        matcher.find();
        String found = matcher.group();
        if (RESEARCH.matcher(found).lookingAt()) {
            return "what research shows";
        }
        return Character.isDigit(found.charAt(0)) || found.equals("%") || found.toLowerCase().startsWith("per")
                ? "a figure" : "an amount in words";
    }
}

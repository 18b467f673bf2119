package kb.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.build.Page;
import kb.report.Problem;
import kb.report.Report;
import org.jsoup.Jsoup;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A sentence that states a figure (a number, a percentage) or leans on research ("studies show") without a
 * citation is a warning: readers must be able to check health claims. Citations are the elements with class
 * {@code citation} that the citation extension renders; the sentence is the text between full stops of one
 * paragraph or list item. A citation counts for its own sentence and for the sentences before it in the same
 * paragraph or list item (the usual way to describe one study over several sentences), never for the ones after
 * it. Text after the
 * "References" heading (the reference list itself) is not checked.
 */
final class UncitedClaimCheck implements PageCheck {

    // Selectors parsed once: Jsoup parses a query string on every is() and closest() call.
    private static final Evaluator TABLE = QueryParser.parse("table");
    private static final Evaluator REFERENCE_LIST = QueryParser.parse(".reference-list");
    private static final Evaluator SUP_OR_SPAN = QueryParser.parse("sup, span");
    private static final Evaluator BLOCK_CHILD = QueryParser.parse("ul, ol, p, pre, table, div");
    private static final Evaluator CITATION = QueryParser.parse(".citation");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");

    private static final String WORDS =
            "\\bper ?cent\\b|\\b(studies|research|trials|evidence|reviews?)\\s+(show|shows|showed|suggest|suggests|prove|proves|found)\\b";
    static final Pattern CLAIM = Pattern.compile("\\d|%|" + WORDS, Pattern.CASE_INSENSITIVE);
    /** The word branches of {@link #CLAIM} alone, and the letters they can start with. */
    private static final Pattern WORD_CLAIM = Pattern.compile(WORDS, Pattern.CASE_INSENSITIVE);
    private static final List<String> CLAIM_NOUNS = List.of("per", "studies", "research", "trials", "evidence", "review");

    /** A rendered content page, on the body's part of the page pass's document. */
    @Override
    public void check(RenderedPage rendered, PageFacts.Builder facts, Report report) {
        if (rendered.page() != null) {
            check(rendered.page(), rendered, new SourceSearch(rendered.site().sourceFolder()), report);
        }
    }

    /** Pages that were not rendered (their template failed): their Markdown body alone. */
    @Override
    public void check(BuiltSite site, Report report) {
        SourceSearch sources = new SourceSearch(site.sourceFolder());
        site.index().pages().parallelStream().filter(page -> page.html() == null)
                .forEach(page -> check(page, null, sources, report));
    }

    private static void check(Page page, RenderedPage rendered, SourceSearch sources, Report report) {
        // The body's part of the page's document when there is one (no second parse), else the body alone.
        boolean shared = rendered != null && rendered.hasBody();
        List<Element> elements = shared ? rendered.elements() : Jsoup.parse(page.markdown().html()).getAllElements();
        String source = null;
        int cursor = 0;
        for (Element block : elements) {
            if (shared && !rendered.inBody(block)) {
                continue;
            }
            String tag = block.normalName();
            if (tag.equals("h2") && block.ownText().strip().equals("References")) { // ownText: without the "#" link
                break; // the reference list itself
            }
            if (!tag.equals("p") && !tag.equals("li")
                    || tag.equals("li") && block.selectFirst(PARAGRAPH) != null // its <p>s are checked
                    || block.closest(TABLE) != null
                    || block.closest(REFERENCE_LIST) != null) { // the generated list of the page's sources
                continue;
            }
            List<Sentence> sentences = sentences(block);
            int lastCited = -1;
            for (int i = 0; i < sentences.size(); i++) {
                lastCited = sentences.get(i).cited() ? i : lastCited;
            }
            for (int i = lastCited + 1; i < sentences.size(); i++) {
                String text = sentences.get(i).text().strip();
                if (!isClaim(text)) {
                    continue;
                }
                source = source != null ? source : sources.text(page.displayName());
                int at = find(source, text, cursor);
                cursor = Math.max(cursor, at);
                kb.report.SourcePosition position = at < 0 ? kb.report.SourcePosition.UNKNOWN
                        : kb.report.SourcePosition.ofOffset(source, at, 1);
                report.add(Problem.warning("claim/uncited", page.displayName(), position.line(), position.column(),
                        "\"" + shorten(text) + "\" states " + what(text) + " but cites no source",
                        "add a citation such as [@key] before the full stop, or reword the sentence"));
            }
        }
    }

    /**
     * Whether {@link #CLAIM} occurs in the sentence. Trying the regular expression's branches at every character was
     * the slowest part of validation: a digit or a percent sign answers at once, and the word branches are tried only
     * where a word starts with one of their first words (the expression itself checks the word boundaries).
     */
    static boolean isClaim(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == '%') {
                return true;
            }
        }
        Matcher words = null;
        for (int i = 0; i < length; i++) {
            if (i > 0 && isAsciiLetter(text.charAt(i - 1)) || !startsWithNoun(text, i)) {
                continue;
            }
            words = words != null ? words : WORD_CLAIM.matcher(text).useTransparentBounds(true);
            if (words.region(i, length).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@link #CLAIM_NOUNS} starts at {@code at}, in any ASCII case (as CASE_INSENSITIVE matches). */
    private static boolean startsWithNoun(String text, int at) {
        char first = (char) (text.charAt(at) | 0x20);
        if (first != 'p' && first != 's' && first != 'r' && first != 't' && first != 'e') {
            return false; // most words: no noun to compare
        }
        for (String noun : CLAIM_NOUNS) {
            if (noun.charAt(0) != first || at + noun.length() > text.length()) {
                continue;
            }
            int k = 1;
            while (k < noun.length() && (text.charAt(at + k) | 0x20) == noun.charAt(k)) {
                k++;
            }
            if (k == noun.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /** A sentence's text and whether a citation element is part of it. */
    record Sentence(String text, boolean cited) {
    }

    static List<Sentence> sentences(Element block) {
        List<Sentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean[] cited = {false};
        walk(block, text, cited, out);
        if (!text.toString().isBlank()) {
            out.add(new Sentence(text.toString(), cited[0]));
        }
        return out;
    }

    private static void walk(Element element, StringBuilder text, boolean[] cited, List<Sentence> out) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode textNode) {
                String value = textNode.text();
                int from = 0;
                for (int end = sentenceEnd(value, 0); end >= 0; end = sentenceEnd(value, end)) {
                    text.append(value, from, end);
                    out.add(new Sentence(text.toString(), cited[0]));
                    text.setLength(0);
                    cited[0] = false;
                    from = end;
                }
                text.append(value, from, value.length());
            } else if (node instanceof Element child) {
                // is() before select(): select() walks the child's whole subtree, for every child of every block.
                if (child.hasClass("citation") || child.is(SUP_OR_SPAN) && !child.select(CITATION).isEmpty()) {
                    cited[0] = true;
                } else if (!child.is(BLOCK_CHILD)) {
                    walk(child, text, cited, out);
                }
            }
        }
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

    /** Where the sentence starts in the Markdown source: its first words, whatever markup or line breaks lie between. */
    private static int find(String source, String sentence, int from) {
        String[] words = sentence.split("\\s+");
        for (int count = Math.min(5, words.length); count >= Math.min(2, words.length); count -= 3) {
            StringBuilder pattern = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    pattern.append("[\\s*_`\\[\\]()]+");
                }
                pattern.append(Pattern.quote(words[i].replaceAll("[*_`\\[\\]()]", "")));
            }
            Matcher matcher = Pattern.compile(pattern.toString()).matcher(source);
            if (matcher.find(from) || matcher.find(0)) {
                return matcher.start();
            }
        }
        // The sentence starts inside markup (e.g. a link): point at the claim itself.
        Matcher claim = CLAIM.matcher(sentence);
        if (claim.find()) {
            int at = source.indexOf(claim.group(), from);
            return at >= 0 ? at : source.indexOf(claim.group());
        }
        return -1;
    }

    private static String what(String text) {
        Matcher matcher = CLAIM.matcher(text);
        matcher.find();
        String found = matcher.group();
        return Character.isDigit(found.charAt(0)) || found.equals("%") || found.toLowerCase().startsWith("per")
                ? "a figure" : "what research shows";
    }

    private static String shorten(String text) {
        return text.length() <= 70 ? text : text.substring(0, 67) + "…";
    }
}

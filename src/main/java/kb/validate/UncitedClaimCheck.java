package kb.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.build.Page;
import kb.report.Problem;
import kb.report.Report;
import org.jsoup.Jsoup;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

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
    private static final Evaluator BLOCKS = QueryParser.parse("p, li");
    private static final Evaluator H2 = QueryParser.parse("h2");

    static final Pattern CLAIM = Pattern.compile(
            "\\d|%|\\bper ?cent\\b|\\b(studies|research|trials|evidence|reviews?)\\s+(show|shows|showed|suggest|suggests|prove|proves|found)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A sentence can only match the word branches of {@link #CLAIM} if it holds one of these. */
    private static final List<String> CLAIM_WORDS = List.of("cent", "studies", "research", "trials", "evidence", "review");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"')\\]]*\\s+");

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
        boolean shared = rendered != null && rendered.bodyStart() >= 0;
        Document body = shared ? rendered.document()
                : Jsoup.parse(page.markdown().html(), "", Parser.htmlParser().setTrackPosition(true));
        int end = referencesStart(body, shared ? rendered : null);
        String source = sources.text(page.displayName());
        int cursor = 0;
        for (Element block : body.select(BLOCKS)) {
            if (shared && !rendered.inBody(block)) {
                continue;
            }
            boolean itemWithParagraphs = block.normalName().equals("li") && !block.children().select("p").isEmpty();
            if (block.sourceRange().startPos() >= end || itemWithParagraphs || block.closest(TABLE) != null
                    || block.closest(REFERENCE_LIST) != null) { // the generated list of the page's sources
                continue;
            }
            List<Sentence> sentences = sentences(block);
            int lastCited = -1;
            for (int i = 0; i < sentences.size(); i++) {
                lastCited = sentences.get(i).cited() ? i : lastCited;
            }
            for (int i = 0; i < sentences.size(); i++) {
                Sentence sentence = sentences.get(i);
                String text = sentence.text().strip();
                if (i <= lastCited || !isClaim(text)) {
                    continue;
                }
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
     * Whether {@link #CLAIM} occurs in the sentence. The regular expression tries its four branches at every
     * character and was the slowest part of validation: a digit or a percent sign answers at once, and the word
     * branches run only on sentences holding one of their words (in any case; lower-casing never loses one).
     */
    static boolean isClaim(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == '%') {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : CLAIM_WORDS) {
            if (lower.contains(word)) {
                return CLAIM.matcher(text).find();
            }
        }
        return false;
    }

    /** Offset of the first element after the "References" heading, or the end of the body. */
    private static int referencesStart(Document body, RenderedPage rendered) {
        for (Element heading : body.select(H2)) {
            if ((rendered == null || rendered.inBody(heading)) && heading.ownText().strip().equals("References")) { // ownText: without the heading's "#" link
                return heading.sourceRange().startPos();
            }
        }
        return Integer.MAX_VALUE;
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
                Matcher end = SENTENCE_END.matcher(value);
                int from = 0;
                while (end.find()) {
                    text.append(value, from, end.end());
                    out.add(new Sentence(text.toString(), cited[0]));
                    text.setLength(0);
                    cited[0] = false;
                    from = end.end();
                }
                text.append(value.substring(from));
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

package kb.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The search index in the parts a reader downloads only when needed (js/search.js reads them).
 * <ul>
 * <li>{@link #pages()}: every page with its sections' anchors and headings and, per section, the number of distinct
 * words of its text (what the ranking needs to weigh a match in a long section against one in a short one), but
 * not the text itself: {@code search.json}, loaded with the search page.</li>
 * <li>{@link #shards()}: which sections use each word, and how often, grouped by the word's first two letters
 * ({@code search/words/ru.json} holds "run", "runner", "rub"…): a search loads only the groups of its words.
 * Words are folded as the browser folds them (lower case, no accents) and stop words are left out; stemming,
 * prefix and typo matching happen in the browser, within the group.</li>
 * <li>{@link #chunks()}: each page's section texts ({@code search/text/N.json}, N its place in {@code pages}),
 * loaded only for the pages a search shows, for their snippets.</li>
 * </ul>
 * Sections are numbered in page order, a page without sections counting as one, as the browser numbers its
 * search documents.
 */
public final class SearchIndex {

    /** Words too common to help find a page; dropped from pages and queries alike (js/search.js reads the list). */
    public static final List<String> STOP_WORDS = List.of(("a an and are as at be but by can do does for from had has "
            + "have how i if in into is it its me my no not of on or our should so than that the their them then there "
            + "these they this to too was we what when where which while who why will with you your").split(" "));

    private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f]");
    private static final Set<String> STOP = Set.copyOf(STOP_WORDS);

    private final List<Map<String, Object>> pages;
    private final List<Map<String, Object>> shards;
    private final List<Map<String, Object>> chunks;

    /**
     * @param pages each page's summary map ({@code title}, {@code path}, {@code type}, {@code summary}) with its
     *              {@code sections}: maps of {@code id}, {@code heading} and {@code text} (kb.content.SearchSections)
     */
    public SearchIndex(List<Map<String, Object>> pages) {
        this(pages, new SectionTokens());
    }

    /**
     * @param pages as above
     * @param known the tokens of the sections the last index of this site read (a preview's earlier build); the
     *              sections read now replace them
     */
    public SearchIndex(List<Map<String, Object>> pages, SectionTokens known) {
        List<Map<String, Object>> listed = new ArrayList<>();
        List<Map<String, Object>> texts = new ArrayList<>();
        // Each distinct token of the site's text once, with the word it folds to: folding (Unicode normalisation and
        // two regular expressions) is costly, and the same few thousand tokens recur across a site.
        Map<String, Token> tokens = new HashMap<>();
        // folded word -> the sections that use it
        Map<String, Uses> words = new HashMap<>();
        int section = 0;
        for (Map<String, Object> page : pages) {
            List<Map<String, Object>> sections = new ArrayList<>();
            List<String> text = new ArrayList<>();
            for (Map<String, String> s : sectionsOf(page)) {
                String body = s.getOrDefault("text", "");
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", s.get("id"));
                entry.put("heading", s.get("heading"));
                entry.put("length", count(body, section, tokens, words, known));
                sections.add(Collections.unmodifiableMap(entry));
                text.add(body);
                section++;
            }
            section += sections.isEmpty() ? 1 : 0;
            Map<String, Object> listedPage = new LinkedHashMap<>(page);
            listedPage.put("sections", List.copyOf(sections));
            listed.add(Collections.unmodifiableMap(listedPage));
            texts.add(Map.of("slug", String.valueOf(texts.size()), "texts", List.copyOf(text)));
        }
        this.pages = List.copyOf(listed);
        this.chunks = List.copyOf(texts);
        this.shards = shardsOf(new TreeMap<>(words));
        known.indexed();
    }

    /** The pages for {@code search.json}: sections with {@code id}, {@code heading} and {@code length}, no text. */
    public List<Map<String, Object>> pages() {
        return pages;
    }

    /**
     * The word groups, each a map of {@code slug} (its file name) and {@code words}: maps of {@code word} and
     * {@code postings}, the sections that use it as "gap" or "gap*count" (gap from the previous section number,
     * count when more than once), space-separated: short numbers that compress well.
     */
    public List<Map<String, Object>> shards() {
        return shards;
    }

    /** One chunk per page: {@code slug} (its number) and {@code texts}, its sections' text in order. */
    public List<Map<String, Object>> chunks() {
        return chunks;
    }

    /** The shard of a folded word: its first two characters, each kept if a-z or 0-9, else "_" and its hex code. */
    public static String shardOf(String word) {
        StringBuilder slug = new StringBuilder();
        word.codePoints().limit(2).forEach(c -> {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                slug.appendCodePoint(c);
            } else {
                slug.append('_').append(Integer.toHexString(c));
            }
        });
        return slug.toString();
    }

    /** A token as the browser folds it before stemming, or null for a stop word. */
    static String fold(String token) {
        String folded = MARKS.matcher(Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("").replace('\u2019', '\'').replaceAll("^'+|'+$", "");
        return folded.isEmpty() || STOP.contains(folded) ? null : folded;
    }

    /**
     * Records the words of a section's text; returns its number of distinct tokens (MiniSearch's field length).
     * A text the last index read is not scanned again: its tokens and counts are taken from {@code known}. Sections
     * are counted in increasing order, so a word's uses are appended, and a token seen last in this section is not
     * new to it.
     */
    private static int count(String text, int section, Map<String, Token> tokens, Map<String, Uses> words,
                             SectionTokens known) {
        SectionTokens.Counted counted = known.known(text);
        if (counted == null) {
            counted = scanned(text, section, tokens, words);
            known.add(text, counted);
        }
        for (int i = 0; i < counted.tokens().length; i++) {
            Token token = tokens.computeIfAbsent(counted.tokens()[i], t -> token(t, words));
            if (token.uses != null) {
                token.uses.add(section, counted.counts()[i]);
            }
        }
        return counted.tokens().length;
    }

    /** The distinct tokens of a section's text, as written, each with the number of times it occurs. */
    private static SectionTokens.Counted scanned(String text, int section, Map<String, Token> tokens,
                                                 Map<String, Uses> words) {
        List<Token> distinct = new ArrayList<>();
        SearchTokens.forEach(text, found -> {
            Token token = tokens.computeIfAbsent(found, t -> token(t, words));
            if (token.lastSection != section) {
                token.lastSection = section;
                token.inSection = 0;
                distinct.add(token);
            }
            token.inSection++;
        });
        String[] texts = new String[distinct.size()];
        int[] counts = new int[distinct.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = distinct.get(i).text;
            counts[i] = distinct.get(i).inSection;
        }
        return new SectionTokens.Counted(texts, counts);
    }

    private static Token token(String text, Map<String, Uses> words) {
        String word = fold(text);
        return new Token(text, word == null ? null : words.computeIfAbsent(word, w -> new Uses()));
    }

    /**
     * A distinct token: as written, the uses of the word it folds to (null for a stop word), the last section it
     * was scanned in and how often there.
     */
    private static final class Token {
        final String text;
        final Uses uses;
        int lastSection = -1;
        int inSection;

        Token(String text, Uses uses) {
            this.text = text;
            this.uses = uses;
        }
    }

    /** The sections that use a word, in increasing order, each with the number of times. */
    private static final class Uses {
        int[] sections = new int[8];
        int[] counts = new int[8];
        int size;

        /** Sections come in increasing order; two tokens of the word in one section ("Calf", "calf") add up. */
        void add(int section, int count) {
            if (size > 0 && sections[size - 1] == section) {
                counts[size - 1] += count;
                return;
            }
            if (size == sections.length) {
                sections = Arrays.copyOf(sections, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            sections[size] = section;
            counts[size] = count;
            size++;
        }

        /** "gap" or "gap*count" per section, gap from the previous section number, space-separated. */
        String encoded() {
            StringBuilder encoded = new StringBuilder(size * 3);
            int previous = 0;
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    encoded.append(' ');
                }
                encoded.append(sections[i] - previous);
                if (counts[i] > 1) {
                    encoded.append('*').append(counts[i]);
                }
                previous = sections[i];
            }
            return encoded.toString();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> sectionsOf(Map<String, Object> page) {
        Object sections = page.get("sections");
        return sections instanceof List<?> list ? (List<Map<String, String>>) list : List.of();
    }

    private static List<Map<String, Object>> shardsOf(TreeMap<String, Uses> words) {
        Map<String, List<Map<String, Object>>> bySlug = new TreeMap<>();
        words.forEach((word, uses) -> {
            String encoded = uses.encoded();
        bySlug.computeIfAbsent(shardOf(word), s -> new ArrayList<>())
                    .add(Map.of("word", word, "postings", encoded));
        });
        List<Map<String, Object>> shards = new ArrayList<>();
        bySlug.forEach((slug, list) -> shards.add(Map.of("slug", slug, "words", List.copyOf(list))));
        return List.copyOf(shards);
    }
}

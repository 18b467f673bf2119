package kb.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
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

    /** A word as js/search.js tokenizes it: letters and digits, with an apostrophe inside ("runner's"). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
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
        List<Map<String, Object>> listed = new ArrayList<>();
        List<Map<String, Object>> texts = new ArrayList<>();
        // word -> section number -> occurrences, words in their shard's order
        Map<String, Map<Integer, Integer>> postings = new TreeMap<>();
        // Folding (Unicode normalisation and two regular expressions) is the costly step, and the same few
        // thousand words recur across a site: each distinct token is folded once ("" for a stop word).
        Map<String, String> folded = new HashMap<>();
        int section = 0;
        for (Map<String, Object> page : pages) {
            List<Map<String, Object>> sections = new ArrayList<>();
            List<String> text = new ArrayList<>();
            for (Map<String, String> s : sectionsOf(page)) {
                String body = s.getOrDefault("text", "");
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", s.get("id"));
                entry.put("heading", s.get("heading"));
                entry.put("length", count(body, section, postings, folded));
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
        this.shards = shardsOf(postings);
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

    /** Records the words of a section's text; returns its number of distinct tokens (MiniSearch's field length). */
    private static int count(String text, int section, Map<String, Map<Integer, Integer>> postings,
                             Map<String, String> folded) {
        Set<String> distinct = new HashSet<>();
        Matcher tokens = TOKEN.matcher(text);
        while (tokens.find()) {
            String token = tokens.group();
            distinct.add(token);
            String word = folded.computeIfAbsent(token, t -> {
                String f = fold(t);
                return f == null ? "" : f;
            });
            if (!word.isEmpty()) {
                postings.computeIfAbsent(word, w -> new TreeMap<>()).merge(section, 1, Integer::sum);
            }
        }
        return distinct.size();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> sectionsOf(Map<String, Object> page) {
        Object sections = page.get("sections");
        return sections instanceof List<?> list ? (List<Map<String, String>>) list : List.of();
    }

    private static List<Map<String, Object>> shardsOf(Map<String, Map<Integer, Integer>> postings) {
        Map<String, List<Map<String, Object>>> bySlug = new TreeMap<>();
        postings.forEach((word, sections) -> {
            StringBuilder encoded = new StringBuilder();
            int previous = 0;
            for (Map.Entry<Integer, Integer> use : sections.entrySet()) {
                encoded.append(encoded.length() == 0 ? "" : " ").append(use.getKey() - previous);
                if (use.getValue() > 1) {
                    encoded.append('*').append(use.getValue());
                }
                previous = use.getKey();
            }
            bySlug.computeIfAbsent(shardOf(word), s -> new ArrayList<>())
                    .add(Map.of("word", word, "postings", encoded.toString()));
        });
        List<Map<String, Object>> shards = new ArrayList<>();
        bySlug.forEach((slug, words) -> shards.add(Map.of("slug", slug, "words", List.copyOf(words))));
        return List.copyOf(shards);
    }
}

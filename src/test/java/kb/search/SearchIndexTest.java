package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static Map<String, Object> page(String title, List<Map<String, String>> sections) {
        return Map.of("title", title, "path", title + "/", "type", "page", "summary", "", "sections", sections);
    }

    private static Map<String, String> section(String id, String text) {
        return Map.of("id", id, "heading", id, "text", text);
    }

    /** word -> postings, over all shards. */
    private static Map<String, String> postings(SearchIndex index) {
        Map<String, String> all = new HashMap<>();
        for (Map<String, Object> shard : index.shards()) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> words = (List<Map<String, Object>>) shard.get("words");
            for (Map<String, Object> word : words) {
                assertEquals(shard.get("slug"), SearchIndex.shardOf((String) word.get("word")));
                all.put((String) word.get("word"), (String) word.get("postings"));
            }
        }
        return all;
    }

    @Test
    void numbersSectionsInPageOrderCountingAPageWithoutSectionsAsOne() {
        SearchIndex index = new SearchIndex(List.of(
                page("a", List.of(section("", "Calf pain"), section("rest", "Rest the calf. The calf heals."))),
                page("b", List.of()),
                page("c", List.of(section("calf", "A calf stretch")))));
        // sections 0 and 1 of page a, page b is number 2, page c's section is 3: gaps 0, 1, 2
        assertEquals("0 1*2 2", postings(index).get("calf"));
        assertEquals("1", postings(index).get("rest"));
    }

    @Test
    void foldsWordsAsTheBrowserDoesAndLeavesOutStopWords() {
        Map<String, String> words = postings(new SearchIndex(List.of(
                page("a", List.of(section("", "The Runner's café and the runner's knee"))))));
        assertEquals("0*2", words.get("runner's"), "the browser stems runner's; the index keeps the word");
        assertEquals("0", words.get("cafe"));
        assertNull(words.get("the"));
        assertNull(words.get("and"));
    }

    @Test
    void givesEachSectionItsNumberOfDistinctWordsButNotItsText() {
        SearchIndex index = new SearchIndex(List.of(page("a", List.of(section("", "The calf and the Calf.")))));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) index.pages().get(0).get("sections")).get(0);
        // distinct tokens as the browser's tokenizer sees them, stop words included: The, calf, and, the, Calf
        assertEquals(5, first.get("length"));
        assertFalse(first.containsKey("text"));
        assertEquals(List.of("The calf and the Calf."), index.chunks().get(0).get("texts"));
    }

    @Test
    void namesAShardByTheWordsFirstTwoCharactersSafeForAFileName() {
        assertEquals("ru", SearchIndex.shardOf("runner"));
        assertEquals("x", SearchIndex.shardOf("x"));
        assertEquals("9_2c", SearchIndex.shardOf("9,5"));
        assertEquals("_3b1_3b2", SearchIndex.shardOf("αβγ"));
    }

    @Test
    void aLaterIndexOfTheSameSiteTakesKnownTextsTokensAndEqualsANewIndex() {
        SectionTokens known = new SectionTokens();
        new SearchIndex(List.of(page("a", List.of(section("", "Calf pain"), section("rest", "Rest the calf, calf.")))),
                known);
        List<Map<String, Object>> edited = List.of(
                page("a", List.of(section("", "Calf pain"), section("rest", "Rest the knee."))),
                page("b", List.of(section("", "Calf pain"))));
        SearchIndex later = new SearchIndex(edited, known);
        SearchIndex fresh = new SearchIndex(edited);
        assertEquals(fresh.pages(), later.pages());
        assertEquals(fresh.shards(), later.shards());
        assertEquals(fresh.chunks(), later.chunks());
        assertEquals("0 2", postings(later).get("calf"), "the known text of section 0, twice (pages a and b)");
        assertNull(postings(later).get("the"));
    }
}

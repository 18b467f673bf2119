/**
 * The site search's build-time side. {@link kb.search.SearchSynonyms}: the groups of words that mean the same to a
 * reader ({@code content/search-synonyms.yaml}), read like the bibliography and written into the search index,
 * never published as a file. {@link kb.search.SearchIndex}: the index in the parts a reader downloads only when a
 * search needs them (the page list, the word groups of the query's words, the texts of the results shown), from the
 * page text that {@link kb.content.SearchSections} records section by section. Stemming, matching and ranking happen
 * in the browser ({@code js/search.js}).
 */
package kb.search;

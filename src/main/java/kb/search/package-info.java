/**
 * The site search's build-time data that editors keep: {@link kb.search.SearchSynonyms}, the groups of words
 * that mean the same to a reader ({@code content/search-synonyms.yaml}), read like the bibliography and written
 * into the search index, never published as a file. The page text itself is recorded section by section by
 * {@link kb.content.SearchSections}; matching, stemming and ranking happen in the browser ({@code js/search.js}).
 */
package kb.search;

<#ftl output_format="plainText">
<#-- The client-side search index (js/search.js), the part loaded with the search page: every page with its
     sections (each a search result of its own, linked by its anchor) and, per section, its number of distinct words;
     the synonym groups of content/search-synonyms.yaml and the stop words. Which sections use a word is in
     search/words/*.json (search-words.ftl), loaded by the query's words; the text for snippets in search/text/N.json
     (search-text.ftl), loaded for the results shown. -->
{"stop":[<#list site.search_stop_words as word>"${word?json_string}"<#sep>,</#sep></#list>],
"synonyms":[<#list site.search_synonyms as group>[<#list group as word>"${word?json_string}"<#sep>,</#sep></#list>]<#sep>,</#sep></#list>],
"pages":[
<#list site.search_pages as p>
{"title":"${p.title?json_string}","path":"${p.path?json_string}","type":"${p.type?json_string}","summary":"${(p.summary!"")?json_string}","sections":[<#list p.sections as s>["${s.id?json_string}","${s.heading?json_string}",${s.length?c}]<#sep>,</#sep></#list>]}<#sep>,</#sep>
</#list>
<#if site.bibliography?has_content>,
{"title":"All references","path":"references/","type":"page","summary":"Every study and guideline this site cites.","sections":[]}<#list site.bibliography_parts as part>,
{"title":"References ${part.label?json_string}","path":"${part.path?json_string}","type":"page","summary":"Studies and guidelines with first authors ${part.label?json_string}, and the pages that cite them.","sections":[]}</#list>
</#if>
]}

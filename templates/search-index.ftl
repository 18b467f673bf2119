<#ftl output_format="plainText">
<#-- The client-side search index (js/search.js): every page with its text section by section (each section is a
     search result of its own, linked by its anchor), and the synonym groups of content/search-synonyms.yaml. -->
{"synonyms":[<#list site.search_synonyms as group>[<#list group as word>"${word?json_string}"<#sep>,</#sep></#list>]<#sep>,</#sep></#list>],
"pages":[
<#list site.search_pages as p>
{"title":"${p.title?json_string}","path":"${p.path?json_string}","type":"${p.type?json_string}","summary":"${(p.summary!"")?json_string}","sections":[<#list p.sections as s>{"id":"${s.id?json_string}","heading":"${s.heading?json_string}","text":"${s.text?json_string}"}<#sep>,</#sep></#list>]}<#sep>,</#sep>
</#list>
<#if site.bibliography?has_content>,
{"title":"All references","path":"references/","type":"page","summary":"Every study and guideline this site cites.","sections":[]}<#list site.bibliography_parts as part>,
{"title":"References ${part.label?json_string}","path":"${part.path?json_string}","type":"page","summary":"Studies and guidelines with first authors ${part.label?json_string}, and the pages that cite them.","sections":[]}</#list>
</#if>
]}

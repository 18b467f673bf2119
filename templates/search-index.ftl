<#ftl output_format="plainText">
<#-- The client-side search index (js/search.js): one entry per page with the words it is searched by. -->
[
<#list site.all as p>
{"title":"${p.title?json_string}","path":"${p.path?json_string}","type":"${p.type?json_string}","summary":"${(p.summary!"")?json_string}","headings":[<#list (p.toc![])?filter(h -> h.id != "references") as h>"${h.text?json_string}"<#sep>,</#sep></#list>]}<#sep>,</#sep>
</#list>
<#if site.bibliography?has_content>,
{"title":"All references","path":"references/","type":"page","summary":"Every study and guideline this site cites.","headings":[]}<#list site.bibliography_parts as part>,
{"title":"References ${part.label?json_string}","path":"${part.path?json_string}","type":"page","summary":"Studies and guidelines with first authors ${part.label?json_string}, and the pages that cite them.","headings":[]}</#list>
</#if>
]

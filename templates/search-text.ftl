<#ftl output_format="plainText">
<#-- One page's section texts, in the order of its sections in search.json: js/search.js loads it for the snippets
     of the results it shows. -->
[<#list content.chunk.texts as text>"${text?json_string}"<#sep>,</#sep></#list>]

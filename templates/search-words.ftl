<#ftl output_format="plainText">
<#-- One group of the search index's words (those starting with the same two letters, kb.search.SearchIndex): for
     each word, the sections that use it, as gaps between section numbers, "*n" when used n times. -->
{<#list content.shard.words as w>"${w.word?json_string}":"${w.postings}"<#sep>,
</#sep></#list>}

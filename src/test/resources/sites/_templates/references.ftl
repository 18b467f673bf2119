<#-- The bibliography's index (site.bibliography, sorted by first author), each reference under its key
     (/references/#key). When kb.outputs publishes the bibliography in parts (references/{part}/index.html), a
     reference is one line (its kind of evidence, authors, year and title) linking to its full entry with its finding and "cited on" links on the page of its initials
     (references-part.ftl); otherwise the full entries are here. Rendered once as references/index.html. -->
<#import "layout.ftl" as layout>
<@layout.page title="References" description="Every study and guideline this site cites, with the pages that cite it.">
<article class="page references">
<p class="breadcrumb"><a href="${content.rootpath}">Home</a></p>
<h1>References</h1>
<p class="lead">Every study and guideline this site cites, sorted by first author. <#if site.bibliography_parts?has_content>Follow a reference to read it in full, with the pages that cite it.<#else>Under each one are the pages that cite it.</#if></p>
<@layout.bibliographyParts/>
<ul class="bibliography">
<#list site.bibliography as ref><#if ref.part??><li id="${ref.key}"><#if ref.evidence_html?has_content>${ref.evidence_html?no_esc} </#if><a href="${content.rootpath}${ref.part}#${ref.key}">${ref.short_authors?has_content?then(ref.short_authors, ref.key)}<#if ref.year??> ${ref.year}</#if></a><#if ref.title??>. ${ref.title}</#if></li>
<#else><@layout.bibliographyEntry ref/>
</#if></#list>
</ul>
</article>
</@layout.page>

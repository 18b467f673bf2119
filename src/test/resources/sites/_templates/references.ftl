<#-- The bibliography's index (site.bibliography, sorted by first author): one line per reference under its key
     (/references/#key), linking to the full reference and its "cited on" links on the page of its initials
     (references-part.ftl). Rendered once as references/index.html through kb.outputs in jbake.properties. -->
<#import "layout.ftl" as layout>
<@layout.page title="References" description="Every study and guideline this site cites, with the pages that cite it.">
<article class="page references">
<p class="breadcrumb"><a href="${content.rootpath}">Home</a></p>
<h1>References</h1>
<p class="lead">Every study and guideline this site cites, sorted by first author. Follow a reference to read it in full, with the pages that cite it.</p>
<@layout.bibliographyParts/>
<ul class="bibliography">
<#list site.bibliography as ref><li id="${ref.key}"><a href="${content.rootpath}${ref.part}#${ref.key}">${ref.short_authors?has_content?then(ref.short_authors, ref.key)}<#if ref.year??> ${ref.year}</#if></a><#if ref.title??>. ${ref.title}</#if></li>
</#list>
</ul>
</article>
</@layout.page>

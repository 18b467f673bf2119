<#-- One page of the bibliography (content.part: the references whose first author starts with its letters), each
     reference in full with the pages that cite it. Written once per part through "references/{part}/index.html"
     in kb.outputs; the index at /references/ links here. -->
<#import "layout.ftl" as layout>
<@layout.page title="References ${content.part.label}" description="The studies and guidelines this site cites, first authors ${content.part.label}, with the pages that cite them.">
<article class="page references">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="${content.rootpath}">Home</a></li><li><a href="${content.rootpath}references/">References</a></li><li><span aria-current="page">${content.part.label}</span></li></ol></nav>
<h1>References: first authors ${content.part.label}</h1>
<p class="lead">Sorted by first author. Under each one are the pages that cite it.</p>
<@layout.bibliographyParts/>
<ul class="bibliography">
<#list content.part.entries as ref><@layout.bibliographyEntry ref/>
</#list>
</ul>
</article>
</@layout.page>

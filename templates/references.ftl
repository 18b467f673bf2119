<#-- The whole bibliography (site.bibliography, sorted by first author), each entry with the pages that cite it.
     Rendered once as references/index.html through kb.outputs in jbake.properties. -->
<#import "layout.ftl" as layout>
<@layout.page title="References" description="Every study and guideline this site cites, with the pages that cite it.">
<article class="page references">
  <p class="breadcrumb"><a href="${content.rootpath}">Home</a></p>
  <h1>References</h1>
  <p class="lead">Every study and guideline this site cites, sorted by first author. Under each one are the pages that cite it.</p>
  <ul class="bibliography">
  <#list site.bibliography as ref>
    <li id="${ref.key}">
      <span class="reference">${ref.html?no_esc}</span>
      <#if ref.cited_on?has_content>
      <span class="cited-on">Cited on: <#list ref.cited_on as p><a href="${content.rootpath}${p.path}#${p.anchor}">${p.title}</a><#sep>, </#sep></#list></span>
      <#else>
      <span class="cited-on">Not cited on any page yet.</span>
      </#if>
    </li>
  </#list>
  </ul>
</article>
</@layout.page>

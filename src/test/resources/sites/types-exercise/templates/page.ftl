<#import "layout.ftl" as layout>
<@layout.page title=content.title description=content.summary!"" section=content.slug>
<article class="page">
  <h1>${content.title}</h1>
  ${content.body?no_esc}
  <#if content.lists??>
  <@layout.links pages=site[content.lists?switch("injury", "injuries", content.lists + "s")]/>
  </#if>
</article>
</@layout.page>

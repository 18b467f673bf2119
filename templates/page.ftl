<#import "layout.ftl" as layout>
<@layout.page title=content.title description=content.summary!"" section=content.slug>
<article class="page<#if content.url == "/"> home</#if>">
  <#if content.url != "/"><@layout.breadcrumb/></#if>
  <h1>${content.title}</h1>
  <#if content.url != "/"><@layout.reviewed/></#if>
  <@layout.share/>
  <#if content.url == "/"><@layout.bodyMap injuries=site.injuries/></#if>
  <@layout.toc/>
  ${content.body?no_esc}
  <#if content.lists?? && content.lists == "faq">
  <@layout.faqTopics/>
  <#elseif content.lists?? && content.lists == "injury">
  <@layout.linksByRegion pages=site.injuries/>
  <#elseif content.lists??>
  <@layout.links pages=site[content.lists?switch("injury", "injuries", content.lists + "s")]/>
  </#if>
</article>
</@layout.page>

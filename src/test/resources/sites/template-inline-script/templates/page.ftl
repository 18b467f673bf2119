<#import "layout.ftl" as layout>
<@layout.page title=content.title description=content.summary!"" section=content.slug>
<article class="page">
  <h1>${content.title}</h1>
  ${content.body?no_esc}
  <script type="application/ld+json">{"@context": "https://schema.org"}</script>
  <script>window.tracking = true;</script>
  <div style="color: red" onclick="go()"><a href="javascript:void(0)">Go</a></div>
  <#if content.lists??>
  <@layout.links pages=site[content.lists?switch("injury", "injuries", "faq", "faqs", content.lists + "s")]/>
  </#if>
</article>
</@layout.page>

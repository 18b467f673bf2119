<#import "layout.ftl" as layout>
<@layout.page title=content.title description=content.summary section="technique">
<article class="technique">
  <@layout.breadcrumb trail=[{"title": "Techniques", "path": "techniques/"}]/>
  <h1>${content.title}</h1>
  <p class="lead">${content.summary}</p>
  <@layout.reviewed/>
  <@layout.share/>
  <@layout.toc/>
  ${content.body?no_esc}
  <#if content.used_for?has_content>
  <section class="cross-links" aria-labelledby="used-for">
    <h2 id="used-for">Used for</h2>
    <@layout.links pages=content.used_for/>
  </section>
  </#if>
  <@layout.relatedQuestions/>
</article>
</@layout.page>

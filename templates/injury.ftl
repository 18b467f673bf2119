<#import "layout.ftl" as layout>
<@layout.page title=content.title description=content.summary section="injury">
<article class="injury">
  <@layout.breadcrumb trail=[{"title": "Injuries", "path": "injuries/"}]/>
  <h1>${content.title}</h1>
  <p class="lead">${content.summary}</p>
  <p class="region">Where it hurts: ${content.region}</p>
  <@layout.reviewed/>
  <@layout.share/>
  <@layout.toc/>
  ${content.body?no_esc}
  <#if content.technique_pages?has_content>
  <section class="cross-links" aria-labelledby="techniques-that-may-help">
    <h2 id="techniques-that-may-help">Techniques that may help</h2>
    <@layout.links pages=content.technique_pages/>
  </section>
  </#if>
  <@layout.relatedQuestions/>
</article>
</@layout.page>

<#import "layout.ftl" as layout>
<@layout.page title=content.title description=content.summary section="injury">
<article class="injury">
  <h1>${content.title}</h1>
  <p class="lead">${content.summary}</p>
  <@layout.reviewed/>
  ${content.body?no_esc}
  <#if content.exercise_pages?has_content>
  <section class="cross-links" aria-labelledby="exercises-that-may-help">
    <h2 id="exercises-that-may-help">Exercises that may help</h2>
    <@layout.links pages=content.exercise_pages/>
  </section>
  </#if>
</article>
<script type="application/ld+json">${content.json_ld?no_esc}</script>
</@layout.page>

<#import "layout.ftl" as layout>
<@layout.page title=content.title description=content.summary section="exercise">
<article class="exercise">
  <h1>${content.title}</h1>
  <p class="lead">${content.summary}</p>
  <p class="equipment">Equipment: ${content.equipment}<#if content.repetitions??>; ${content.repetitions}</#if></p>
  <@layout.reviewed/>
  ${content.body?no_esc}
  <#if content.helps_with?has_content>
  <section class="cross-links" aria-labelledby="helps-with">
    <h2 id="helps-with">Helps with</h2>
    <@layout.links pages=content.helps_with/>
  </section>
  </#if>
</article>
<script type="application/ld+json">${content.json_ld?no_esc}</script>
</@layout.page>

<#import "layout.ftl" as layout>
<@layout.page title=content.title description=content.summary section="technique">
<article class="technique">
  <h1>${content.title}</h1>
  <p class="lead">${content.summary}</p>
  <@layout.reviewed/>
  ${content.body?no_esc}
  <#if content.used_for?has_content>
  <section class="cross-links" aria-labelledby="used-for">
    <h2 id="used-for">Used for</h2>
    <@layout.links pages=content.used_for/>
  </section>
  </#if>
</article>
</@layout.page>

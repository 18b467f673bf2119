<#import "layout.ftl" as layout>
<@layout.page title=content.title description=content.summary section="faq">
<article class="faq">
  <h1>${content.title}</h1>
  <p class="lead">${content.summary}</p>
  <@layout.reviewed/>
  ${content.body?no_esc}
</article>
</@layout.page>

<#import "layout.ftl" as layout>
<@layout.page title=content.title description=content.summary section="faq-topic">
<article class="faq">
  <@layout.breadcrumb trail=[{"title": "FAQ", "path": "faq/"}]/>
  <h1>${content.title}</h1>
  <p class="lead">${content.summary}</p>
  <@layout.reviewed/>
  <@layout.share/>
  <@layout.toc/>
  ${content.body?no_esc}
</article>
</@layout.page>

<#import "layout.ftl" as layout>
<@layout.page title="Page not found">
<article class="page">
  <h1>Page not found</h1>
  <p>We could not find that page. It may have moved.</p>
  <p>Try the <a href="${content.rootpath}injuries/">list of injuries</a>, the <a href="${content.rootpath}techniques/">list of techniques</a>, the <a href="${content.rootpath}faq/">questions runners ask</a> or <a href="${content.rootpath}search/">search the site</a>.</p>
</article>
</@layout.page>

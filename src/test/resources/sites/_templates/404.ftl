<#import "layout.ftl" as layout>
<@layout.page title="Page not found">
<article class="page">
  <h1>Page not found</h1>
  <p>We could not find that page. It may have moved.</p>
</article>
</@layout.page>

<#import "layout.ftl" as layout>
<#-- Served for any missing address, at any depth: links start at the site root. -->
<@layout.page title="Page not found" root="/">
<article class="page">
  <h1>Page not found</h1>
  <p>We could not find that page. It may have moved.</p>
  <p>Try the <a href="/injuries/">list of injuries</a>, the <a href="/techniques/">list of techniques</a>, the <a href="/faq/">questions runners ask</a> or <a href="/search/">search the site</a>.</p>
</article>
</@layout.page>

<#import "layout.ftl" as layout>
<@layout.page title="Search" description="Search the pages of ${config.site_title}." scripts=["search.js"]>
<article class="page search">
  <h1>Search</h1>
  <form class="search-page" role="search" action="./" method="get" data-index="${content.rootpath}search.json">
    <label for="search-q">Words to look for</label>
    <input id="search-q" type="search" name="q" autocomplete="off">
    <button type="submit">Search</button>
  </form>
  <p id="search-status" class="search-status" role="status"></p>
  <ol id="search-results" class="page-list search-results" aria-labelledby="search-status"></ol>
  <div id="search-help"></div>
  <noscript><p>Search needs JavaScript. Browse the <a href="${content.rootpath}injuries/">injuries</a>, the <a href="${content.rootpath}techniques/">techniques</a> or the <a href="${content.rootpath}faq/">questions runners ask</a> instead.</p></noscript>
</article>
</@layout.page>

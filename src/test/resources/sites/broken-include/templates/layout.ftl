<#-- The one base layout: every page type calls <@layout.page>. Values are HTML-escaped by default; bodies
     rendered from Markdown are printed with ?no_esc. -->
<#macro page title description="" section="">
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<#-- Strict policy: no inline script or style anywhere; frame-ancestors only works as an HTTP header (docs/deployment.md). -->
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${config.site_title}</title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<link rel="canonical" href="${config.site_host}${content.url!"/"}">
<link rel="stylesheet" href="${content.rootpath}css/site.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="brand" href="${content.rootpath}">${config.site_title}</a>
  <nav aria-label="Sections">
    <ul>
      <li><a href="${content.rootpath}injuries/"<#if section == "injury"> aria-current="page"</#if>>Injuries</a></li>
      <li><a href="${content.rootpath}techniques/"<#if section == "technique"> aria-current="page"</#if>>Techniques</a></li>
      <li><a href="${content.rootpath}faq/"<#if section == "faq"> aria-current="page"</#if>>FAQ</a></li>
      <li><a href="${content.rootpath}about/"<#if section == "about"> aria-current="page"</#if>>About</a></li>
    </ul>
  </nav>
</header>
<main id="main" class="content">
<#nested>
</main>
<footer class="site-footer">
  <p>${config.site_clinic}. This site gives general information, not medical advice.
     Read our <a href="${content.rootpath}disclaimer/">medical disclaimer</a>.</p>
</footer>
</body>
</html>
</#macro>

<#-- "Last reviewed" line shared by health pages. -->
<#macro reviewed>
<#if content.last_reviewed??>
<p class="reviewed">Last reviewed <time datetime="${content.last_reviewed?string("yyyy-MM-dd")}">${content.last_reviewed?date}</time><#if content.reviewed_by??> by ${content.reviewed_by}</#if>.</p>
</#if>
</#macro>

<#-- A list of page summaries as links. -->
<#macro links pages>
<ul class="page-list">
<#list pages as p>
  <li><a href="${content.rootpath}${p.path}">${p.title}</a><#if p.summary??> <span class="summary">${p.summary}</span></#if></li>
</#list>
</ul>
</#macro>

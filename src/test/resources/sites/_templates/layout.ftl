<#-- Fixture copy of templates/layout.ftl without links to other pages and without the stylesheet, so that a fixture
     site needs only the pages of its case. (The "basic" fixture uses the real templates.)
     The one base layout: every page type calls <@layout.page>. Values are HTML-escaped by default; bodies
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
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <span class="brand">${config.site_title}</span>
</header>
<main id="main" class="content">
<#nested>
</main>
<footer class="site-footer">
  <p>${config.site_clinic}. This site gives general information, not medical advice.</p>
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
<#-- Links to the pages of the bibliography by first author's initials (A–F, G–O…), the current one marked. -->
<#macro bibliographyParts>
<#if (site.bibliography_parts![])?size gt 1>
<nav class="bibliography-parts" aria-label="References by first author"><ul><#list site.bibliography_parts as part><li><a href="${content.rootpath}${part.path}"<#if content.part?? && content.part.slug == part.slug> aria-current="page"</#if>>${part.label}</a></li></#list></ul></nav>
</#if>
</#macro>
<#-- One reference in full, under its key: its kind of evidence, the reference, its finding, the pages that cite it. -->
<#macro bibliographyEntry ref>
<li id="${ref.key}"><#if ref.evidence_html?has_content>${ref.evidence_html?no_esc} </#if><span class="reference">${ref.html?no_esc}</span> <#if ref.finding_html?has_content>${ref.finding_html?no_esc} </#if><span class="cited-on"><#if ref.cited_on?has_content>Cited on: <#list ref.cited_on as p><a href="${content.rootpath}${p.path}#${p.anchor}">${p.title}</a><#sep>, </#sep></#list><#else>Not cited on any page yet.</#if></span></li>
</#macro>

<#-- The one base layout: every page type calls <@layout.page>. Values are HTML-escaped by default; bodies
     rendered from Markdown and build-time markup (QR code, JSON-LD) are printed with ?no_esc.
     No inline script or style: behaviour lives in js/site.js, looks in css/site.css (CSP script-src 'self'). -->
<#-- root: how to reach the site root from this page; the 404 page is served at any depth, so it passes "/". -->
<#macro page title description="" section="" scripts=[] root=content.rootpath>
<#-- The link preview's picture: the page's own image, else its share card (kb.sharecard), else the default. -->
<#assign image = config.site_host + (content.share_image!content.image!"/img/share.png")>
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<#-- Strict policy (kb.render.SecurityPolicy, a constant: printed without escaping its quotes). -->
<meta http-equiv="Content-Security-Policy" content="${site.content_security_policy?no_esc}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${config.site_title}</title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<#if content.address??>
<link rel="canonical" href="${content.address}">
<meta property="og:type" content="<#if content.url == "/">website<#else>article</#if>">
<meta property="og:site_name" content="${config.site_title}">
<meta property="og:locale" content="en_GB">
<meta property="og:title" content="${title}">
<#if description?has_content><meta property="og:description" content="${description}"></#if>
<meta property="og:url" content="${content.address}">
<meta property="og:image" content="${image}">
<#if !content.image??><meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
</#if>
<meta property="og:image:alt" content="<#if content.image??>${config.site_title}<#else>${title} · ${config.site_title}</#if>">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${title}">
<#if description?has_content><meta name="twitter:description" content="${description}"></#if>
<meta name="twitter:image" content="${image}">
<#else>
<meta name="robots" content="noindex">
</#if>
<link rel="alternate" type="application/atom+xml" title="New and updated pages" href="${root}feed.xml">
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="${root}apple-touch-icon.png">
<link rel="stylesheet" href="${root}css/site.css">
<script src="${root}js/site.js" defer></script>
<#list scripts as script><script src="${root}js/${script}" defer></script>
</#list>
<#if content.references?has_content><script src="${root}js/citations.js" defer></script></#if>
<#if content.json_ld??><script type="application/ld+json">${content.json_ld?no_esc}</script></#if>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="brand" href="${root}">${config.site_title}</a>
  <nav class="sections" aria-label="Sections">
    <ul>
      <li><a href="${root}injuries/"<#if section == "injury" || section == "injuries"> aria-current="<#if section == "injuries">page<#else>true</#if>"</#if>>Injuries</a></li>
      <li><a href="${root}techniques/"<#if section == "technique" || section == "techniques"> aria-current="<#if section == "techniques">page<#else>true</#if>"</#if>>Techniques</a></li>
      <li><a href="${root}faq/"<#if section == "faq" || section == "faq-topic"> aria-current="<#if section == "faq">page<#else>true</#if>"</#if>>FAQ</a></li>
      <li><a href="${root}about/"<#if section == "about"> aria-current="page"</#if>>About</a></li>
    </ul>
  </nav>
  <form class="site-search" role="search" action="${root}search/" method="get" data-prefetch="${root}search.json ${root}js/minisearch.min.js ${root}js/search.js">
    <label for="site-search-q" class="visually-hidden">Search the site</label>
    <input id="site-search-q" type="search" name="q" placeholder="Search, e.g. knee" autocomplete="off">
    <button type="submit">Search</button>
  </form>
</header>
<main id="main" class="content" tabindex="-1">
<#if content.address??>
<#-- Printed first, at the top of page one: a handout names the clinic, how to reach it and where the page lives. -->
<aside class="handout print-only" aria-label="Printed handout details">
  <img class="qr" src="qr.svg" alt="QR code of ${content.address}" width="113" height="113">
  <div>
    <p class="handout-clinic"><strong>${config.site_clinic}</strong></p>
    <@clinicContact/>
    <p>This page online: <span class="url">${content.address}</span><#if content.last_reviewed??> · last reviewed ${content.last_reviewed?date}<#if content.reviewed_by??> by ${content.reviewed_by}</#if></#if>.</p>
    <p>General information, not medical advice: ask your therapist or doctor about your own situation.</p>
  </div>
</aside>
</#if>
<#nested>
<#if content.references?has_content>
<#-- On paper the reference list is short (first author, year, journal, DOI): the handout's QR code leads to the full
     list with its links and findings, and an injury page then fits two A4 sheets. -->
<section class="print-references print-only" aria-label="References">
<h2>References</h2>
<p><#list content.references as r>${r.number}. ${r.short_authors} ${r.year!}. ${r.journal!r.publisher!""}<#if r.doi??>. doi:${r.doi}</#if><#sep> · </#sep></#list>. Full references with links: the page online.</p>
</section>
</#if>
</main>
<footer class="site-footer">
  <p><strong>${config.site_clinic}</strong></p>
  <@clinicContact/>
  <p>This site gives general information, not medical advice.
     Read our <a href="${root}disclaimer/">medical disclaimer</a>.</p>
  <p><a href="${root}about/">About</a> · <#if site.bibliography?has_content><a href="${root}references/">All references</a> · </#if><a href="${root}feed.xml">New and updated pages (Atom feed)</a></p>
</footer>
<p class="toast" role="status" aria-live="polite"></p>
</body>
</html>
</#macro>

<#-- The clinic's contact details from jbake.properties (site.clinic.phone, .email, .address), each only when set. -->
<#macro clinicContact>
<#if config.site_clinic_phone?? || config.site_clinic_email?? || config.site_clinic_address??>
<p class="contact"><#if config.site_clinic_phone??>Phone <a href="tel:${config.site_clinic_phone?replace(" ", "")}">${config.site_clinic_phone}</a></#if><#if config.site_clinic_email??><#if config.site_clinic_phone??> · </#if>E-mail <a href="mailto:${config.site_clinic_email}">${config.site_clinic_email}</a></#if><#if config.site_clinic_address??><#if config.site_clinic_phone?? || config.site_clinic_email??> · </#if>${config.site_clinic_address}</#if></p>
</#if>
</#macro>

<#-- Where the page sits: Home › section › this page. trail = [{"title": …, "path": "injuries/"}]. -->
<#macro breadcrumb trail=[]>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="${content.rootpath}">Home</a></li>
    <#list trail as step><li><a href="${content.rootpath}${step.path}">${step.title}</a></li></#list>
    <li><span aria-current="page">${content.title}</span></li>
  </ol>
</nav>
</#macro>

<#-- Table of contents of the ## headings, on pages with four or more: collapsed at the top on phones (details),
     a sticky sidebar beside the text on wide screens (nav.toc-side). CSS shows one of the two. -->
<#macro toc>
<#if (content.toc![])?size gte 4>
<details class="toc toc-compact">
  <summary>On this page</summary>
  <nav aria-label="On this page">
  <ol>
    <#list content.toc as heading><li><a href="#${heading.id}">${heading.text}</a></li></#list>
  </ol>
  </nav>
</details>
<nav class="toc toc-side" aria-labelledby="toc-heading">
  <div class="toc-inner">
  <h2 id="toc-heading">On this page</h2>
  <ol>
    <#list content.toc as heading><li><a href="#${heading.id}">${heading.text}</a></li></#list>
  </ol>
  </div>
</nav>
</#if>
</#macro>

<#-- "Last reviewed" line shared by health pages. -->
<#macro reviewed>
<#if content.last_reviewed??>
<p class="reviewed">Last reviewed <time datetime="${content.last_reviewed?string("yyyy-MM-dd")}">${content.last_reviewed?date}</time><#if content.reviewed_by??> by ${content.reviewed_by}</#if>.</p>
</#if>
</#macro>

<#-- The short share link (front matter "short:"), with a copy button that js/site.js shows. -->
<#macro share>
<#if content.short??>
<#assign shareUrl = config.site_host + "/i/" + content.short + "/">
<p class="share">Short link to share: <span class="share-url">${shareUrl}</span>
  <button type="button" class="copy" data-copy="${shareUrl}" hidden>Copy link</button>
  <span class="copy-status" role="status"></span></p>
</#if>
</#macro>

<#-- A list of page summaries as links. -->
<#macro links pages>
<ul class="page-list cards">
<#list pages as p>
  <li><a href="${content.rootpath}${p.path}">${p.title}</a><#if p.summary??> <span class="summary">${p.summary}</span></#if></li>
</#list>
</ul>
</#macro>

<#-- Pages grouped under a heading per body region (front matter "region:"), in order of first appearance; the
     body map links to these headings (#region-knee). -->
<#macro linksByRegion pages>
<#assign regions = []>
<#list pages as p><#if p.region?? && !regions?seq_contains(p.region)><#assign regions = regions + [p.region]></#if></#list>
<#list regions as region>
<section class="region-group" aria-labelledby="region-${region?lower_case?replace(" ", "-")}">
<h2 id="region-${region?lower_case?replace(" ", "-")}">${region?cap_first}</h2>
<@links pages=pages?filter(p -> (p.region!"") == region)/>
</section>
</#list>
<#assign unplaced = pages?filter(p -> !p.region??)>
<#if unplaced?has_content><@links pages=unplaced/></#if>
</#macro>

<#-- "Where does it hurt?": a drawing of a leg whose parts link to the injuries of that region. A part is a link only
     when some injury names its region; each has a visible text label and is reached with the Tab key. -->
<#macro bodyMap injuries>
<#assign regions = injuries?map(p -> p.region!"")>
<nav class="body-map" aria-label="Where does it hurt? Parts of the leg">
<p class="body-map-title">Where does it hurt? Choose a part of the leg.</p>
<svg viewBox="0 0 340 430" width="340" height="430" role="group" aria-label="Drawing of a leg with its parts as links" focusable="false">
  <path class="leg" d="M62 16h86l-8 150 6 28-10 136 4 30 45 34 2 18H70l-4-22 8-30-14-136 4-28z"/>
  <@bodyPart regions "thigh" "Thigh" "M66 20h78l-6 134H74z" 150 80/>
  <@bodyPart regions "knee" "Knee" "M72 160h66l6 32-8 14H76l-10-14z" 160 185/>
  <@bodyPart regions "lower leg" "Lower leg, shin" "M78 212h56l-10 116H88z" 150 270/>
  <@bodyPart regions "ankle" "Ankle, Achilles" "M88 332h36l4 26H84z" 150 345/>
  <@bodyPart regions "foot" "Foot, heel" "M82 362h48l46 32 2 14H74l-2-20z" 190 398/>
  <@bodyPart regions "whole leg" "Whole leg, all over" "" 160 30/>
</svg>
</nav>
</#macro>

<#macro bodyPart regions region label shape labelX labelY>
<#if regions?seq_contains(region)>
  <a href="${content.rootpath}injuries/#region-${region?replace(" ", "-")}">
    <#if shape?has_content><path class="part" d="${shape}"/></#if>
    <text x="${labelX}" y="${labelY}">${label}</text>
  </a>
</#if>
</#macro>

<#-- The FAQ overview: each topic page with its questions (its ## headings but References), linked by anchor.
     Each item keeps the question's anchor, so an old link to /faq/#question still lands on it. -->
<#macro faqTopics>
<#list site.faqs as topic>
<section class="faq-topic" aria-labelledby="topic-${topic.slug}">
<h2 id="topic-${topic.slug}"><a href="${content.rootpath}${topic.path}">${topic.title}</a></h2>
<#if topic.summary??><p>${topic.summary}</p></#if>
<ul>
<#list topic.toc![] as q><#if q.id != "references"><li id="${q.id}"><a href="${content.rootpath}${topic.path}#${q.id}">${q.text}</a></li></#if></#list>
</ul>
</section>
</#list>
</#macro>

<#-- "Related questions": the answers named in front matter "faq:", found by anchor across the FAQ pages. -->
<#macro relatedQuestions>
<#if content.related_questions?has_content>
<section class="cross-links" aria-labelledby="related-questions">
<h2 id="related-questions">Related questions</h2>
<ul class="page-list">
<#list content.related_questions as q><li><a href="${content.rootpath}${q.path}#${q.anchor}">${q.text}</a></li></#list>
</ul>
</section>
</#if>
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

<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list site.all as p>
  <url><loc>${config.site_host}${p.url}</loc><#if p.last_reviewed??><lastmod>${p.last_reviewed?string("yyyy-MM-dd")}</lastmod></#if></url>
</#list>
<#if site.bibliography?has_content>
  <url><loc>${config.site_host}/references/</loc></url>
<#list site.bibliography_parts as part>
  <url><loc>${config.site_host}/${part.path}</loc></url>
</#list>
</#if>
</urlset>

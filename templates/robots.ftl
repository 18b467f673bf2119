<#ftl output_format="plainText">
User-agent: *
Allow: /

Sitemap: ${config.site_host}/sitemap.xml

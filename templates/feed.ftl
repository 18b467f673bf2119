<#ftl output_format="XML">
<#-- Atom feed of reviewed pages, newest review first. Dates come from front matter only, so the feed is the
     same on every build of the same content. -->
<?xml version="1.0" encoding="UTF-8"?>
<#assign reviewed = site.all?filter(p -> p.last_reviewed??)?sort_by("last_reviewed")?reverse>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <title>${config.site_title}: new and updated pages</title>
  <subtitle>${config.site_description!""}</subtitle>
  <link rel="self" href="${config.site_host}/feed.xml"/>
  <link rel="alternate" type="text/html" href="${config.site_host}/"/>
  <id>${config.site_host}/</id>
  <updated><#if reviewed?has_content>${reviewed[0].last_reviewed?string("yyyy-MM-dd")}<#else>1970-01-01</#if>T00:00:00Z</updated>
  <author><name>${config.site_clinic}</name></author>
<#list reviewed as p>
  <entry>
    <title>${p.title}</title>
    <link rel="alternate" type="text/html" href="${config.site_host}${p.url}"/>
    <id>${config.site_host}${p.url}</id>
    <updated>${p.last_reviewed?string("yyyy-MM-dd")}T00:00:00Z</updated>
    <#if p.summary??><summary>${p.summary}</summary></#if>
  </entry>
</#list>
</feed>

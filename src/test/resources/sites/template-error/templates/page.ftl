<#import "layout.ftl" as layout>
<@layout.page title=content.title>
<p>${content.subtitle}</p>
</@layout.page>

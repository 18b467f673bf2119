<#import "layout.ftl" as layout>
<@layout.page title=content.title>
<#include "part.ftl">
${content.body?no_esc}
</@layout.page>

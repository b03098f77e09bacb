<#-- The key findings alone, for newsletters and email: Markdown, already escaped. -->
# ${title}

${subtitle}

## ${heading}

${summary}

<#list findings as finding>
${finding?counter}. ${finding}
</#list>

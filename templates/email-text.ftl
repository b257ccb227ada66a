<#ftl output_format="plainText">
${masthead.title}　${dateCn}　第${number}期　总第${total}期
${masthead.slogan}

您好！现将本期《${masthead.title}》发送给您，完整内容见附件 PDF（${attachmentName}）。

本期要目
<#list sections as s>

【${s.name}】
<#list s.items as it>
${it.page}  ${it.title}<#if it.source?has_content>（${it.source}）</#if>
<#if it.url?has_content>    ${it.url}
</#if>
</#list>
</#list>

${masthead.statement}

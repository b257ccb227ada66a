<#ftl output_format="plainText">
<#-- Plain-text part of the e-mail. Merge tags filled per subscriber by the mail stage: {{name}}, {{unsubscribe_url}}. -->
${masthead.title}　${dateCn}　第${number}期　总第${total}期
${masthead.slogan}

尊敬的{{name}}：

您好！现将本期《${masthead.title}》发送给您，完整内容见附件 PDF（${attachmentName}）。
<#if webUrl?has_content>在网页上阅读：${webUrl}
</#if>

本期要目
<#list sections as s>

【${s.name}】
<#list s.items as it>
${it.page}  ${it.title}<#if it.source?has_content>（${it.source}）</#if>
<#if webUrl?has_content>    ${webUrl}#${it.key}
<#elseif it.url?has_content>    ${it.url}
</#if>
</#list>
</#list>

${masthead.statement}

退订：{{unsubscribe_url}}

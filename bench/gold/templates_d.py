"""Page templates, part D: the harder layouts. Reader comments and sidebars full of sentences, the
title and date line inside the same table cell as the text, related links inside the editor's div,
and a two-paragraph news item in a page of heavy navigation."""
from bodies import esc
from templates_a import cn

COMMENTS = [
    ("数字观察员", "文章分析得很透彻，各地在推进数字化转型时，确实要把基础设施建设和人才培养放在同等重要的位置。"),
    ("山城网友", "希望相关政策能尽快落地，让中小企业也能享受到数字经济发展的红利，不要只停留在文件上。"),
    ("老李", "我们县里去年也建了电商服务中心，效果不错，农产品销路打开了，收入比以前高了不少。"),
    ("阳光", "讲得好！发展数字经济既要大胆探索，也要守住安全底线，数据安全和个人信息保护不能放松。"),
    ("云端漫步", "建议多出一些具体案例的报道，让大家看看别的地方是怎么做的，有哪些经验可以借鉴。"),
]

SUMMARIES = [
    ("我国数据要素市场建设进展与展望", "数据要素市场化配置改革持续深化，各地积极探索数据确权、定价、交易和收益分配机制，公共数据授权运营试点稳步推进。"),
    ("算力基础设施高质量发展研究", "算力已成为新质生产力的重要组成部分。报告梳理了我国算力基础设施的布局现状，提出了优化算力供给结构的政策建议。"),
    ("数字政府建设的地方实践", "各地围绕“高效办成一件事”，推动政务服务从“能办”向“好办、易办”转变，一网通办、跨省通办取得明显成效。"),
]


def oldasp(p):
    """City bureau on an old ASP system: the title, the date line and the text share one table cell."""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{p["site"]}</title>
<link href="../css/css.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="../js/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="../images/top.jpg">&nbsp;</td></tr>
  <tr><td height="32" bgcolor="#0B5CA8" class="menu">
    <a href="../index.asp">首页</a> | <a href="../zwgk.asp">政务公开</a> | <a href="../news.asp?lb=1">工作动态</a> | <a href="../news.asp?lb=2">通知公告</a> | <a href="../zcfg.asp">政策法规</a> | <a href="../bszn.asp">办事指南</a> | <a href="../lxwm.asp">联系我们</a>
  </td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="220" valign="top" bgcolor="#F2F6FB">
      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td class="lm_title">栏目导航</td></tr>
        <tr><td><a href="../news.asp?lb=1">工作动态</a></td></tr>
        <tr><td><a href="../news.asp?lb=2">通知公告</a></td></tr>
        <tr><td><a href="../news.asp?lb=3">行业资讯</a></td></tr>
        <tr><td><a href="../news.asp?lb=4">政策解读</a></td></tr>
      </table>
    </td>
    <td width="10"></td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" class="weizhi">您的位置：<a href="../index.asp">首页</a> &gt;&gt; <a href="../news.asp?lb=3">行业资讯</a></td></tr>
        <tr><td class="content" style="padding:10px 20px;line-height:28px">
<p align="center"><font size="4" color="#B40000"><b>{esc(p["title"])}</b></font></p>
<p align="center"><font color="#666666">发布时间：{p["date"]}&nbsp;&nbsp;&nbsp;来源：{esc(p["issuer"])}&nbsp;&nbsp;&nbsp;作者：{p["author"]}&nbsp;&nbsp;&nbsp;点击数：<script>document.write(836)</script></font></p>
<hr size="1" color="#CCCCCC">
{p["body"]}
<p align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</p>
        </td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="80" align="center" bgcolor="#0B5CA8" style="color:#fff">主办：{p["site"]}　地址：{p["address"]}<br>网站标识码：{p["docid"]}　{p["icp"]}</td></tr>
</table>
</body>
</html>
"""


def portal_comments(p):
    """News portal: the article, then reader comments and a column of stories with summaries."""
    comments = "\n".join(
        f'<li class="cmt"><div class="cmt-user">{u}</div><div class="cmt-time">{p["date"]} {10 + i}:2{i}</div>'
        f'<p class="cmt-text">{esc(t)}</p><div class="cmt-act"><a href="javascript:;">回复</a> <a href="javascript:;">赞({3 * i + 2})</a></div></li>'
        for i, (u, t) in enumerate(COMMENTS))
    stories = "\n".join(
        f'<div class="story"><h4><a href="/{p["date"][:7]}/{p["date"][8:]}/content_3731{i}.htm">{esc(t)}</a></h4><p>{esc(s)}</p></div>'
        for i, (t, s) in enumerate(SUMMARIES))
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(p["title"])}_{p["column"]}_{p["site"]}</title>
<meta name="keywords" content="{p["keywords"]}">
<meta name="description" content="{esc(p["desc"])}">
<meta name="publishdate" content="{p["date"]}">
<link rel="stylesheet" href="//img.gmw.cn/css/con_style.css">
</head>
<body>
<div class="g-header"><div class="g-nav"><a href="/">首页</a><a href="/politics/">时政</a><a href="/economy/">经济</a><a href="/tech/">科技</a><a href="/theory/">理论</a><a href="/culture/">文化</a><a href="/edu/">教育</a></div></div>
<div class="g-crumbs"><a href="/">{p["site"]}</a> &gt; <a href="/{p["col"]}/">{p["column"]}</a> &gt; 正文</div>
<div class="g-main">
  <div class="m-left">
    <h1 class="u-title">{esc(p["title"])}</h1>
    <div class="m-con-info"><span class="m-con-time">{p["date"]} {p["time"]}</span><span class="m-con-source">来源：<a href="/">{esc(p["issuer"])}</a></span></div>
    <div class="u-mainText" id="articleBox">
{p["body"]}
    </div>
    <div class="m-zbTool"><span>责编：{p["editor"]}</span><a href="javascript:;" class="share">分享到：</a></div>
    <div class="m-comment">
      <h3>网友评论</h3>
      <ul class="cmt-list">
{comments}
      </ul>
      <div class="cmt-more"><a href="javascript:;">查看全部评论</a></div>
    </div>
  </div>
  <div class="m-right">
    <div class="m-box"><h3>热点推荐</h3>
{stories}
    </div>
    <div class="m-box"><h3>排行</h3><ol><li><a href="/a/1.htm">多地出台数字经济促进条例</a></li><li><a href="/a/2.htm">算力网络建设提速</a></li><li><a href="/a/3.htm">数据要素×行动计划解读</a></li></ol></div>
  </div>
</div>
<div class="g-footer"><p>{p["site"]}版权所有 &nbsp; 互联网新闻信息服务许可证：10120170003 &nbsp; 京ICP备11007263号</p></div>
</body>
</html>
"""


def sic_sidebar(p):
    """Research centre: the article beside a 最新研究 column whose summaries are sentences too."""
    stories = "\n".join(
        f'<li><a href="/sic/81/455/{p["date"][:4]}0{i + 1}/t2024{i + 1:02d}10_11{i}.html" class="t">{esc(t)}</a><p class="summary">{esc(s)}</p></li>'
        for i, (t, s) in enumerate(SUMMARIES))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(p["title"])}-{p["site"]}</title>
<meta name="ArticleTitle" content="{esc(p["title"])}">
<meta name="PubDate" content="{p["date"]} {p["time"]}">
<link rel="stylesheet" href="/sic/css/style.css">
</head>
<body>
<div class="head"><div class="w"><a href="/" class="logo">{p["site"]}</a><ul class="menu"><li><a href="/sic/81/index.html">中心概况</a></li><li><a href="/sic/82/index.html">新闻中心</a></li><li><a href="/sic/83/index.html">研究成果</a></li><li><a href="/sic/84/index.html">信息化建设</a></li></ul></div></div>
<div class="w clearfix">
  <div class="content-left">
    <div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/sic/83/index.html">研究成果</a></div>
    <div class="article">
      <h2 class="article-title">{esc(p["title"])}</h2>
      <p class="article-info">作者：{p["author"]} &nbsp; 来源：{esc(p["issuer"])} &nbsp; 日期：{p["date"]}</p>
      <div class="article-text">
{p["body"]}
      </div>
    </div>
  </div>
  <div class="content-right">
    <div class="box"><h3>最新研究</h3><ul>
{stories}
    </ul></div>
    <div class="box"><h3>专题</h3><ul><li><a href="/zt/1/">数字中国建设</a></li><li><a href="/zt/2/">数据要素</a></li></ul></div>
  </div>
</div>
<div class="foot"><div class="w">{p["site"]} 版权所有 &nbsp; 地址：北京市西城区三里河路58号 &nbsp; 京ICP备05040130号</div></div>
</body>
</html>
"""


def trs_related_inside(p):
    """Provincial TRS page whose editor div ends with 相关链接 and its links (attachments stay)."""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(p["title"])}_{p["site"]}</title>
<meta name="ArticleTitle" content="{esc(p["title"])}">
<meta name="PubDate" content="{p["date"]} {p["time"]}">
<meta name="ContentSource" content="{esc(p["issuer"])}">
<link rel="stylesheet" href="/images/css/detail.css">
</head>
<body>
<div class="header"><div class="w1200"><img src="/images/logo.png" alt="{p["site"]}"></div></div>
<div class="nav"><div class="w1200"><a href="/">首页</a><a href="/xwdt/">新闻动态</a><a href="/zwgk/">政务公开</a><a href="/zcwj/">政策文件</a><a href="/hdjl/">互动交流</a></div></div>
<div class="w1200 detail">
  <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a></div>
  <h1>{esc(p["title"])}</h1>
  <div class="info">发布日期：{p["date"]} &nbsp; 来源：{esc(p["issuer"])}</div>
  <div class="article-content">
<div class="TRS_Editor">
{p["body"]}
<p><b>相关链接：</b></p>
<p><a href="../202405/t20240521_1190211.html">全省数字经济发展大会召开</a></p>
<p><a href="../202404/t20240418_1188733.html">关于加快数字经济发展的实施意见政策解读</a></p>
<p><a href="../202403/t20240311_1185020.html">数字经济核心产业统计分类说明</a></p>
</div>
  </div>
  <div class="tool"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer"><div class="w1200">主办：{p["site"]} &nbsp; 网站标识码：{p["docid"]}</div></div>
</body>
</html>
"""


def short_news(p):
    """Province portal: a two-paragraph item in a page of long navigation, lists and service boxes."""
    def block(name, items):
        return f'<div class="sbox"><h3>{name}</h3><ul>' + "".join(
            f'<li><a href="/xwdt/{i}.html">{t}</a><span>{p["date"][5:]}</span></li>' for i, t in enumerate(items)) + "</ul></div>"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(p["title"])}_{p["column"]}_{p["site"]}</title>
<meta name="description" content="{esc(p["desc"])}">
</head>
<body>
<div class="top"><a href="/">{p["site"]}</a> <a href="javascript:;">无障碍</a> <a href="javascript:;">长者版</a> <a href="javascript:;">English</a></div>
<div class="nav">{"".join(f'<a href="/{c}/">{n}</a>' for c, n in [("ldzc", "领导之窗"), ("xwdt", "新闻动态"), ("zwgk", "政务公开"), ("zwfw", "政务服务"), ("hdjl", "互动交流"), ("zjgz", "走进贵州"), ("sjfb", "数据发布"), ("ztzl", "专题专栏")])}</div>
<div class="main">
  <div class="left">
    <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; <a href="/xwdt/{p["col"]}/">{p["column"]}</a></div>
    <div class="title">{esc(p["title"])}</div>
    <div class="info">{p["date"]} {p["time"]} 来源：{esc(p["issuer"])}</div>
    <div class="view" id="zoomcon">
{p["body"]}
    </div>
  </div>
  <div class="right">
    {block("要闻", ["全省数字经济发展大会召开", "贵州省推进“东数西算”工程建设", "全省政务服务工作推进会召开", "省政府常务会议研究部署近期工作", "贵州省大数据发展管理局召开年度工作会"])}
    {block("部门动态", ["省发展改革委召开重点项目调度会", "省工业和信息化厅部署工业稳增长工作", "省通信管理局推进5G网络建设", "省统计局发布一季度经济数据"])}
    {block("市州动态", ["贵阳市召开数字经济工作推进会", "遵义市大数据产业项目集中开工", "六盘水市推进政务数据共享", "安顺市举办数字技能培训"])}
    <div class="sbox service"><h3>政务服务</h3><a href="javascript:;">个人办事</a><a href="javascript:;">法人办事</a><a href="javascript:;">部门服务</a><a href="javascript:;">便民服务</a></div>
  </div>
</div>
<div class="foot">主办：{p["site"]}办公厅 &nbsp; 承办：贵州省大数据发展管理局 &nbsp; 网站标识码：5200000001 &nbsp; 黔ICP备05002020号 &nbsp; 贵公网安备 52010002000001号 &nbsp; 技术支持：云上贵州大数据产业发展有限公司 &nbsp; 联系电话：0851-86892114</div>
</body>
</html>
"""

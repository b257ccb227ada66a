"""Page templates, part C: research institutes, think tanks and news portals."""
from bodies import esc
from templates_a import cn


def caict(p):
    """中国信通院 (TRS, no metas): title in h3, 时间/来源 line, body in pagecontent, copyright note below."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{p["site"]}</title>
<meta name="keywords" content="{p["keywords"]}" />
<link href="/images/caict/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/caict/js/jquery.js"></script>
</head>
<body>
<div class="top"><div class="topmain"><div class="logo"><a href="/"><img src="/images/caict/images/logo.png" /></a></div>
<div class="topright"><a href="javascript:;">English</a> | <a href="javascript:;">联系我们</a></div></div></div>
<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/about/">关于我们</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/kxyj/">科学研究</a></li><li><a href="/zlyj/">政策研究</a></li><li><a href="/hzjl/">合作交流</a></li></ul></div>
<div class="main">
  <div class="left">
    <div class="lefttitle">{p["column"]}</div>
    <ul class="leftnav"><li><a href="/kxyj/qwfb/bps/">白皮书</a></li><li><a href="/kxyj/qwfb/ztbg/">专题报告</a></li><li><a href="/kxyj/qwfb/qwsj/">权威数据</a></li><li><a href="/kxyj/qwfb/zsbz/">指数报告</a></li></ul>
  </div>
  <div class="right">
    <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/kxyj/">科学研究</a> &gt; <a href="/kxyj/qwfb/">{p["column"]}</a></div>
    <div class="content">
      <h3 class="title">{esc(p["title"])}</h3>
      <div class="dateinfo">时间：{p["date"]}&nbsp;&nbsp;&nbsp;&nbsp;来源：{esc(p["issuer"])}</div>
      <div class="pagecontent">
<div class="TRS_Editor">
{p["body"]}
</div>
      </div>
      <div class="copyright-note">版权声明：本网站所刊登的内容，如需转载，请注明出处。</div>
    </div>
  </div>
</div>
<div class="foot"><p>版权所有：{p["site"]} &nbsp; 京ICP备10004055号 &nbsp; 京公网安备11010802000001号</p><p>地址：北京市海淀区花园北路52号 &nbsp; 邮编：100191</p></div>
</body>
</html>
"""


def drc(p):
    """ASP.NET think-tank site: the whole page sits inside <form id="form1">, DocView.aspx URLs carry no
    date, the date is a 日期： label in the arcinfo line."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(p["title"])}-{p["site"]}
</title><link href="/css/doc.css" rel="stylesheet" type="text/css" />
<script src="/js/jquery-1.4.2.min.js" type="text/javascript"></script>
</head>
<body>
    <form method="post" action="./DocView.aspx?chnid={p["col"]}&amp;leafid=1339&amp;docid={p["docid"]}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZ3E2yJqz8Xc0f1n2Zr4YQ5Qh3kM=" />
</div>
    <div class="header">
        <div class="logo"><img src="/images/logo.gif" alt="{p["site"]}" /></div>
        <div class="search"><input name="txtKey" type="text" id="txtKey" class="txt" /><input type="submit" name="btnSearch" value="检索" id="btnSearch" class="btn" /></div>
    </div>
    <div class="menu">
        <a href="/Default.aspx">首页</a> <a href="/Leaf.aspx?leafid=1338">中心动态</a> <a href="/Leaf.aspx?leafid=1339">研究成果</a> <a href="/Leaf.aspx?leafid=1340">专家观点</a> <a href="/Leaf.aspx?leafid=1341">国际交流</a>
    </div>
    <div class="docmain">
        <div class="curpos">当前位置：<a href="/Default.aspx">首页</a> &gt; <a href="/Leaf.aspx?leafid=1339">{p["column"]}</a></div>
        <div class="arctitle"><span id="lblTitle">{esc(p["title"])}</span></div>
        <div class="arcinfo">
            <span id="lblAuthor">作者：{p["author"]}</span>&nbsp;&nbsp;
            <span id="lblDate">日期：{p["date"]}</span>&nbsp;&nbsp;
            <span id="lblSource">来源：{esc(p["issuer"])}</span>
        </div>
        <div class="article" id="docContent">
{p["body"]}
        </div>
        <div class="docfoot">
            <span>【<a href="javascript:window.print()">打印</a>】</span> <span>【<a href="javascript:window.close()">关闭</a>】</span>
        </div>
        <div class="tjyd">
            <div class="tjyd-t">推荐阅读</div>
{p["related"]}
        </div>
    </div>
    <div class="footer">Copyright © {p["site"]} 版权所有 &nbsp; 京ICP备11048046号</div>
<div class="aspNetHidden">
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAPbQ9n3hjqZ0W0Bq4mS5p7cdF1pG7KX" />
</div></form>
</body>
</html>
"""


def people(p):
    """人民网 article: GB2312 declared; h1, '2024年05月10日06:58 | 来源：' line, rm_txt_con with 责编."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>{esc(p["title"])}--{p["channel"]}--人民网 </title>
<meta name="keywords" content="{p["keywords"]}" />
<meta name="description" content="{esc(p["desc"])}" />
<meta name="copyright" content="人民网版权所有" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="1004" />
<meta name="contentid" content="{p["docid"]}" />
<meta name="publishdate" content="{p["date"]}" />
<meta name="author" content="104363" />
<meta name="source" content="来源：{esc(p["issuer"])} 原创稿" />
<link href="/img/2020wbc/css/page.css" type="text/css" rel="stylesheet" media="all" />
<script src="/img/2020wbc/js/jquery-1.7.1.min.js" type="text/javascript"></script>
</head>
<body>
<div class="header_nav">
  <div class="w1000 clearfix"><a href="http://www.people.com.cn/" class="fl">人民网</a> &gt;&gt; <a href="http://{p["host"]}/">{p["channel"]}</a>
  <div class="fr"><a href="http://www.people.com.cn/">网站首页</a> | <a href="http://world.people.com.cn/">国际</a> | <a href="http://finance.people.com.cn/">财经</a> | <a href="http://tc.people.com.cn/">通讯</a> | <a href="http://it.people.com.cn/">IT</a></div></div>
</div>
<div class="path w1000 clearfix"><a href="http://www.people.com.cn/" class="clink">人民网</a>&gt;&gt;<a href="http://{p["host"]}/" class="clink">{p["channel"]}</a></div>
<div class="layout rm_txt cf">
  <div class="col col-1 fl">
    <div class="rm_txt_tools"><a href="javascript:;" class="share">分享</a><a href="javascript:;" class="comment">评论</a></div>
    <h1>{esc(p["title"])}</h1>
    <p class="author">{p.get("byline", "")}</p>
    <div class="col-1-1 fl">{cn(p["date"])}{p["time"]} | 来源：<a href="http://paper.people.com.cn/" target="_blank">{esc(p["issuer"])}</a></div>
    <div class="col-1-1 fr"><a href="javascript:;" class="fontsize">小字号</a></div>
    <div class="rm_txt_con cf">
{p["body"]}
      <div class="edit cf">(责编：{p["editor"]})</div>
    </div>
    <div class="share-demo clearfix"><span>分享让更多人看到</span><div class="bdsharebuttonbox"><a href="#" class="bds_weixin" data-cmd="weixin"></a><a href="#" class="bds_tsina" data-cmd="tsina"></a></div></div>
    <div class="box_news">
      <h2>推荐阅读</h2>
      <ul>
{p["related"]}
      </ul>
    </div>
  </div>
  <div class="col col-2 fr">
    <div class="ph_list"><h2>热门排行</h2><ol>
      <li><a href="http://{p["host"]}/n1/2024/0509/c1004-40231001.html">文旅消费市场持续升温</a></li>
      <li><a href="http://{p["host"]}/n1/2024/0509/c1004-40231190.html">一季度全国新设经营主体同比增长</a></li>
      <li><a href="http://{p["host"]}/n1/2024/0508/c1004-40230422.html">多地出台举措推动设备更新</a></li>
    </ol></div>
  </div>
</div>
<div class="foot w1000">
<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>
<p>Copyright &copy; 1997-2024 by www.people.com.cn. all rights reserved</p>
</div>
<script src="http://tools.people.com.cn/css/2010tianrun/webdig_test.js" language="javascript" type="text/javascript"></script>
</body>
</html>
"""


def xinhua(p):
    """新华网 (2019+): date split over spans with no label, source div, detail body, editor line."""
    y, m, d = p["date"].split("-")
    return f"""<!DOCTYPE HTML>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="publishid" content="{p["docid"]}.11.1002.0"/>
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0,user-scalable=no" name="viewport" />
<meta name="keywords" content="{p["keywords"]}
" />
<meta name="description" content="{esc(p["title"])}
---{esc(p["desc"])}" />
<title>
{esc(p["title"])}-新华网
</title>
<link rel="stylesheet" type="text/css" href="http://www.news.cn/detail2020/common/css/detail.css" />
</head>
<body>
<div class="nav"><div class="nav-wap"><a href="http://www.news.cn/" class="logo left"></a>
<ul class="nav-list"><li><a href="http://www.news.cn/politics/">时政</a></li><li><a href="http://www.news.cn/world/">国际</a></li><li><a href="http://www.news.cn/fortune/">财经</a></li><li><a href="http://www.news.cn/tech/">科技</a></li></ul></div></div>
<div class="header domPC">
  <div class="header-cont clearfix">
    <div class="header-time left">
      <span class="year"><em> {y}</em></span>
      <span class="day"><em> {m}</em>/<em>{d}</em></span>
      <span class="time"> {p["time"]}:07</span>
    </div>
    <div class="source">来源：{esc(p["issuer"])}</div>
    <div class="head-line clearfix"><h1><span class="title">{esc(p["title"])}</span></h1></div>
    <div class="pageShare"><div class="setFont">字体：<span class="bigger">大</span><span class="smaller">小</span></div><div class="share">分享到：<a href="javascript:;" class="wx"></a><a href="javascript:;" class="wb"></a></div></div>
  </div>
</div>
<div class="main clearfix">
  <div class="main-left left">
    <div id="detail">
{p["body"]}
    </div>
    <div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a></span><span class="editor">【责任编辑:{p["editor"]} 】</span></div>
    <div class="nextpage"></div>
    <div class="columBox xhwp">
      <div class="col-tit">相关新闻</div>
      <ul class="dataList">
{p["related"]}
      </ul>
    </div>
  </div>
</div>
<div class="foot"><p>Copyright &copy; 2000-2024 XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司</p></div>
<script src="http://www.news.cn/global/js/pageCore.js"></script>
</body>
</html>
"""


def gywb(p):
    """贵阳网 news portal: detail_info line with 来源/作者/编辑, and the 编辑 二审 三审 line inside the body box."""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(p["title"])} - 贵阳网</title>
<meta name="keywords" content="{p["keywords"]}">
<meta name="description" content="{esc(p["desc"])}">
<link rel="stylesheet" href="http://www.gywb.cn/templateRes/201905/css/detail.css">
<script src="http://www.gywb.cn/templateRes/201905/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><a href="http://www.gywb.cn/">贵阳网首页</a> <a href="http://www.gywb.cn/xwzx/">新闻中心</a> <a href="http://www.gywb.cn/gyxw/">贵阳新闻</a> <a href="http://www.gywb.cn/szgy/">数字贵阳</a> <a href="http://epaper.gywb.cn/">数字报</a></div></div>
<div class="logo-bar w1200"><img src="http://www.gywb.cn/templateRes/201905/images/logo.png" alt="贵阳网"></div>
<div class="w1200 crumb">当前位置：<a href="http://www.gywb.cn/">首页</a> &gt; <a href="http://www.gywb.cn/xwzx/">{p["column"]}</a></div>
<div class="w1200 clearfix">
  <div class="detail_l fl">
    <div class="detail_title">{esc(p["title"])}</div>
    <div class="detail_info"><span>{p["date"]} {p["time"]}</span><span>来源：{esc(p["issuer"])}</span><span>作者：{p["author"]}</span><span>编辑：{p["editor"]}</span></div>
    <div class="content_text">
{p["body"]}
      <p class="editor-line">编辑 {p["editor"]}</p>
      <p class="editor-line">二审 {p["author"]}</p>
      <p class="editor-line">三审 王伟</p>
    </div>
    <div class="share-box">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ</a></div>
    <div class="recommend">
      <div class="rec-t">推荐阅读</div>
      <ul>
{p["related"]}
      </ul>
    </div>
  </div>
  <div class="detail_r fr">
    <div class="r-box"><div class="r-t">贵阳网微信</div><img src="http://www.gywb.cn/templateRes/201905/images/wx.jpg" alt=""><p>扫码关注贵阳网</p></div>
  </div>
</div>
<div class="footer"><p>贵阳日报传媒集团主办 &nbsp; 贵阳网版权所有</p><p>互联网新闻信息服务许可证：52120170001 &nbsp; 黔ICP备09002512号</p></div>
</body>
</html>
"""


def secrss(p):
    """Technology-media site: og metas, article:published_time, JSON-LD, <article> with an author box."""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p["title"])} - {p["site"]}</title>
<meta name="description" content="{esc(p["desc"])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(p["title"])}">
<meta property="og:site_name" content="{p["site"]}">
<meta property="article:published_time" content="{p["date"]}T{p["time"]}:00+08:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{esc(p["title"])}","datePublished":"{p["date"]}T{p["time"]}:00+08:00","publisher":{{"@type":"Organization","name":"{p["site"]}"}}}}</script>
<link rel="stylesheet" href="/static/css/app.css">
</head>
<body>
<header class="site-header"><div class="container"><a class="brand" href="/">{p["site"]}</a>
<nav><a href="/">首页</a><a href="/articles?tag=政策">政策</a><a href="/articles?tag=产业">产业</a><a href="/articles?tag=技术">技术</a><a href="/events">活动</a></nav>
<a class="login" href="/login">登录</a></div></header>
<main class="container">
  <article class="article">
    <h1 class="title">{esc(p["title"])}</h1>
    <div class="meta">
      <span class="article-source">来源：{esc(p["issuer"])}</span>
      <time datetime="{p["date"]}T{p["time"]}:00+08:00">{p["date"]} {p["time"]}</time>
      <span class="views">阅读 2,861</span>
    </div>
    <div class="article-body">
{p["body"]}
    </div>
    <div class="article-tags"><a href="/tags/数据中心">数据中心</a> <a href="/tags/人工智能">人工智能</a></div>
    <div class="article-declare">声明：本文来自{esc(p["issuer"])}，版权归作者所有。文章内容仅代表作者独立观点，不代表{p["site"]}立场，转载目的在于传递更多信息。如有侵权，请联系 service@example.cn。</div>
  </article>
  <aside class="sidebar"><h3>相关文章</h3><ul>
{p["related"]}
  </ul></aside>
</main>
<footer class="site-footer"><div class="container">© 2024 {p["site"]} · <a href="/about">关于我们</a> · <a href="/contact">联系我们</a> · 京ICP备16006004号</div></footer>
<script src="/static/js/app.js"></script>
</body>
</html>
"""

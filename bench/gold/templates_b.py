"""Page templates, part B: provinces, cities and districts (Hanweb 大汉 jcms, TRS, older table layouts)."""
from bodies import esc
from templates_a import cn


def hanweb_zj(p):
    """浙江省 Hanweb jcms: layout tables, metas, <$[信息内容]> markers, 信息来源 and 浏览次数 by script."""
    return f"""<html><head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<link href="/script/page.css" type="text/css" rel="stylesheet">
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <link rel="stylesheet" type="text/css" href="/images/29879/hanweb.css">
    <title>{esc(p["title"])}</title>
<meta name="Maketime" content="{p["date"]} {p["time"]}:37">
<meta name="SiteName" content="{p["site"]}">
<meta name="SiteDomain" content="{p["host"]}">
<meta name="SiteIDCode" content="3300000001">
<meta name="ColumnName" content="{p["column"]}">
<meta name="ArticleTitle" content="{esc(p["title"])}">
<meta name="PubDate" content="{p["date"]} {p["time"]}">
<meta name="author" content="">
<meta name="description" content="{esc(p["desc"])}">
<meta name="keywords" content="{p["keywords"]}">
<meta name="contentSource" content="{esc(p["issuer"])}">
<meta name="url" content="{p["url"]}">
<meta name="guid" content="{p["docid"]}">
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0"><tbody><tr>
<td><div class="top"><div class="top-l">{p["site"]}</div><div class="top-r"><a href="javascript:;">无障碍浏览</a> <a href="javascript:;">长者模式</a> <a href="http://www.zj.gov.cn/">浙江政务服务网</a></div></div></td></tr></tbody></table>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tbody><tr>
<td><a href="/index.html">首页</a></td><td><a href="/col/col1229006/index.html">机构概况</a></td><td><a href="/col/col1229007/index.html">政务公开</a></td>
<td><a href="/col/col1229008/index.html">政务服务</a></td><td><a href="/col/col1229009/index.html">互动交流</a></td><td><a href="/col/col1229010/index.html">专题专栏</a></td></tr></tbody></table>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0"><tbody>
<tr><td class="bt_link" height="40">当前位置：<a href="/index.html">首页</a> &gt; <a href="/col/col1229007/index.html">政务公开</a> &gt; <a href="/col/{p["col"]}/index.html">{p["column"]}</a></td></tr>
<tr><td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tbody>
  <tr><td align="center" class="title" style="font-size:26px;font-weight:bold;color:#0a4a8f;padding:20px 0 10px"><!--<$[标题名称]>begin-->{esc(p["title"])}<!--<$[标题名称]>end--></td></tr>
  <tr><td align="center" class="bt_time" style="border-bottom:1px solid #ddd">
    <table border="0" cellspacing="0" cellpadding="0"><tbody><tr>
    <td>发布日期：{p["date"]}</td><td width="30"></td>
    <td>信息来源：<!--<$[信息来源]>begin-->{esc(p["issuer"])}<!--<$[信息来源]>end--></td><td width="30"></td>
    <td>浏览次数：<script language="javascript">document.write(4621);</script></td><td width="30"></td>
    <td>字号：[ <a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a> ]</td>
    </tr></tbody></table>
  </td></tr>
  <tr><td class="bt_content" style="padding:20px 40px"><div id="zoom"><!--<$[信息内容]>begin-->
{p["body"]}
<!--<$[信息内容]>end--></div></td></tr>
  <tr><td align="right" class="bt_link" style="padding:10px 40px">
    <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a>
  </td></tr>
  <tr><td><div class="xgwj"><span>相关文件：</span>
{p["related"]}
  </div></td></tr>
</tbody></table>
</td></tr></tbody></table>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0" class="foot"><tbody><tr><td align="center">
<p>主办单位：{p["site"]} &nbsp; 承办单位：{p["site"]}办公室</p>
<p>网站标识码：3300000001 &nbsp; <a href="https://beian.miit.gov.cn/">浙ICP备13013014号</a> &nbsp; 浙公网安备 33010602000001号</p>
<p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E"));</script></p>
</td></tr></tbody></table>
</body></html>
"""


def gd(p):
    """广东省政务服务数据管理局: post_NNN URLs (no date), '时间 : …' and '来源 : …' with spaced colons."""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>{esc(p["title"])} - 广东省政务服务和数据管理局</title>
<meta name="keywords" content="{p["keywords"]}">
<meta name="description" content="{esc(p["desc"])}">
<link rel="stylesheet" href="https://zfsg.gd.gov.cn/static/css/common.css">
<script type="text/javascript" src="https://zfsg.gd.gov.cn/static/js/jquery.min.js"></script>
</head>
<body>
<div id="header">
  <div class="wrap top"><span class="welcome">您好，欢迎访问广东省政务服务和数据管理局网站！</span>
    <div class="top-link"><a href="https://www.gd.gov.cn/" target="_blank">广东省人民政府</a><a href="https://www.gdzwfw.gov.cn/" target="_blank">广东政务服务网</a><a href="javascript:;">无障碍</a></div></div>
  <div class="wrap banner"><a href="/" class="logo"><img src="/static/images/logo.png" alt="广东省政务服务和数据管理局"></a></div>
  <div class="menu"><div class="wrap"><ul class="clearfix">
    <li><a href="/">首页</a></li><li><a href="/jgzn/">机构概况</a></li><li class="on"><a href="/xxfb/">信息发布</a></li><li><a href="/zwgk/">政务公开</a></li>
    <li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li></ul></div></div>
</div>
<div class="wrap">
  <div class="location"><span>您现在所在位置：</span><a href="/">首页</a> &gt; <a href="/xxfb/">信息发布</a> &gt; <a href="/xxfb/{p["col"]}/">{p["column"]}</a></div>
  <div class="main clearfix">
    <div class="article">
      <h3 class="title">{esc(p["title"])}</h3>
      <div class="article-meta">
        <span class="date">时间 : {p["date"]} {p["time"]}:33</span>
        <span class="source">来源 : {esc(p["issuer"])}</span>
        <span class="font">【字体：<a href="javascript:;" class="big">大</a> <a href="javascript:;" class="mid">中</a> <a href="javascript:;" class="sml">小</a>】</span>
      </div>
      <div class="article-content">
{p["body"]}
      </div>
      <div class="article-ft clearfix">
        <div class="share"><span>分享：</span><a href="javascript:;" class="weixin"></a><a href="javascript:;" class="weibo"></a></div>
        <div class="tools"><a href="javascript:window.print()">打印</a><a href="javascript:window.close()">关闭</a></div>
      </div>
      <div class="related">
        <h4>相关阅读</h4>
        <ul>
{p["related"]}
        </ul>
      </div>
    </div>
  </div>
</div>
<div id="footer"><div class="wrap">
  <div class="f-link"><a href="javascript:;">网站地图</a> | <a href="javascript:;">联系我们</a> | <a href="javascript:;">网站声明</a></div>
  <p>主办：广东省政务服务和数据管理局 &nbsp; 地址：广州市越秀区东风中路305号</p>
  <p>网站标识码：4400000145 &nbsp; <a href="https://beian.miit.gov.cn/">粤ICP备18019776号</a> &nbsp; 粤公网安备 44010402000001号</p>
</div></div>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
"""


def shanghai(p):
    """上海 (www.shanghai.gov.cn style): ivs_title / ivs_date / ivs_content, date as a bare stamp."""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<title>{esc(p["title"])}</title>
<meta name="keywords" content="{p["keywords"]}" />
<meta name="description" content="{esc(p["desc"])}" />
<link href="/assets2020/css/common.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/assets2020/js/jquery.min.js"></script>
</head>
<body>
<div class="header-top"><div class="container"><div class="pull-left">上海市人民政府</div>
<div class="pull-right"><a href="javascript:;">无障碍</a> <a href="javascript:;">English</a> <a href="javascript:;">登录</a></div></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/assets2020/images/logo.png" alt="上海市经济和信息化委员会"></a></div></div>
<nav class="navbar"><div class="container"><ul class="nav">
<li><a href="/">首页</a></li><li><a href="/jxw/jgzn/">机构职能</a></li><li><a href="/jxw/zwgk/">政务公开</a></li><li><a href="/jxw/zcwj/">政策文件</a></li><li><a href="/jxw/hdjl/">互动交流</a></li></ul></div></nav>
<div class="container">
  <ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/jxw/zcwj/">政策文件</a></li><li class="active">正文</li></ol>
  <div class="row">
    <div class="col-md-9">
      <div id="ivs_title"><h2>{esc(p["title"])}</h2></div>
      <div class="PBtime"><small class="PBtime" id="ivs_date">{p["date"]}</small>&nbsp;&nbsp;<span class="source">来源：{esc(p["issuer"])}</span></div>
      <div class="Article_content" id="ivs_content">
{p["body"]}
      </div>
      <div class="clearfix"></div>
      <div class="bdsharebuttonbox share"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin"></a><a href="#" class="bds_tsina" data-cmd="tsina"></a></div>
      <div class="relate-box">
        <div class="relate-title">相关政策解读</div>
        <ul class="uli14 nowrapli list-date">
{p["related"]}
        </ul>
      </div>
    </div>
    <div class="col-md-3 sidebar">
      <div class="side-box"><h4>热门服务</h4><ul><li><a href="javascript:;">企业专属网页</a></li><li><a href="javascript:;">一网通办</a></li><li><a href="javascript:;">政策查询</a></li></ul></div>
      <div class="side-box qrcode"><img src="/assets2020/images/weixin.jpg" alt=""><p>官方微信</p></div>
    </div>
  </div>
</div>
<footer class="footer"><div class="container">
<p>主办：上海市经济和信息化委员会 &nbsp; 地址：上海市世博村路300号</p>
<p>网站标识码：3100000130 &nbsp; 沪ICP备12047538号 &nbsp; 沪公网安备31010102000001号</p>
</div></footer>
<script type="text/javascript" src="/assets2020/js/common.js"></script>
</body>
</html>
"""


def wuhan_dh(p):
    """东湖高新区 (old table layout, GB2312 declared, GBK bytes): <font> and <br>-separated paragraphs."""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=gb2312">
<TITLE>{esc(p["title"])}--武汉东湖新技术开发区</TITLE>
<META name="keywords" content="{p["keywords"]}">
<LINK href="/images/style.css" type="text/css" rel="stylesheet">
<SCRIPT language="javascript" src="/js/common.js"></SCRIPT>
<SCRIPT language="javascript">
function doZoom(size){{ document.getElementById('zoom').style.fontSize=size+'px'; }}
</SCRIPT>
</HEAD>
<BODY leftMargin="0" topMargin="0" marginheight="0" marginwidth="0">
<TABLE width="1000" border="0" align="center" cellPadding="0" cellSpacing="0">
  <TR><TD><IMG src="/images/top_banner.jpg" width="1000" height="150" alt="武汉东湖新技术开发区"></TD></TR>
  <TR><TD background="/images/nav_bg.gif" height="36">
    <TABLE width="100%" border="0" cellPadding="0" cellSpacing="0"><TR>
      <TD align="center"><A href="/" class="nav">首 页</A></TD><TD align="center"><A href="/zwgk/" class="nav">政务公开</A></TD>
      <TD align="center"><A href="/tzgg/" class="nav">通知公告</A></TD><TD align="center"><A href="/zcfg/" class="nav">政策法规</A></TD>
      <TD align="center"><A href="/bsfw/" class="nav">办事服务</A></TD><TD align="center"><A href="/hdjl/" class="nav">互动交流</A></TD>
    </TR></TABLE></TD></TR>
</TABLE>
<TABLE width="1000" border="0" align="center" cellPadding="0" cellSpacing="0" bgcolor="#FFFFFF">
  <TR><TD height="30" class="weizhi">&nbsp;您现在的位置：<A href="/">首页</A> &gt;&gt; <A href="/zcfg/">政策法规</A> &gt;&gt; <A href="/zcfg/{p["col"]}/">{p["column"]}</A></TD></TR>
  <TR><TD valign="top">
    <TABLE width="92%" border="0" align="center" cellPadding="0" cellSpacing="0">
      <TR><TD height="60" align="center"><FONT size="5" color="#CC0000"><B>{esc(p["title"])}</B></FONT></TD></TR>
      <TR><TD height="30" align="center" style="border-bottom:1px dashed #999">
        <FONT color="#666666">发布时间：{p["date"]} {p["time"]}&nbsp;&nbsp;&nbsp;&nbsp;来源：{esc(p["issuer"])}&nbsp;&nbsp;&nbsp;&nbsp;【字体：<A href="javascript:doZoom(16)">大</A> <A href="javascript:doZoom(14)">中</A> <A href="javascript:doZoom(12)">小</A>】</FONT></TD></TR>
      <TR><TD height="20"></TD></TR>
      <TR><TD class="content"><div id="zoom"><FONT style="font-size:16px;line-height:30px">
{p["body"]}
</FONT></div></TD></TR>
      <TR><TD height="40" align="right"><A href="javascript:window.print()">【打印本页】</A>&nbsp;&nbsp;<A href="javascript:window.close()">【关闭窗口】</A></TD></TR>
    </TABLE>
  </TD></TR>
</TABLE>
<TABLE width="1000" border="0" align="center" cellPadding="0" cellSpacing="0" background="/images/foot_bg.gif">
  <TR><TD height="90" align="center" class="foot">版权所有：武汉东湖新技术开发区管理委员会&nbsp;&nbsp;技术支持：光谷信息中心<BR>
  地址：武汉市东湖新技术开发区高新大道777号&nbsp;&nbsp;鄂ICP备05001112号&nbsp;&nbsp;网站标识码：4201000037</TD></TR>
</TABLE>
</BODY>
</HTML>
"""


def guizhou_dsj(p):
    """贵州省大数据发展管理局 (TRS, GBK bytes): metas, Article_ly info line, TRS_Editor; declaration optional."""
    charset = ('<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n'
               if p.get("declare", True) else "")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset}<meta name="SiteName" content="贵州省大数据发展管理局">
<meta name="SiteDomain" content="dsj.guizhou.gov.cn">
<meta name="SiteIDCode" content="5200000060">
<meta name="ColumnName" content="{p["column"]}">
<meta name="ArticleTitle" content="{esc(p["title"])}">
<meta name="PubDate" content="{p["date"]} {p["time"]}">
<meta name="ContentSource" content="{esc(p["issuer"])}">
<meta name="Keywords" content="{p["keywords"]}">
<meta name="Description" content="{esc(p["desc"])}">
<title>{esc(p["title"])}_{p["column"]}_贵州省大数据发展管理局</title>
<link href="/images/gzdsj/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/gzdsj/js/jquery.js"></script>
</head>
<body>
<div class="Top"><div class="Top_c"><div class="Top_l">贵州省大数据发展管理局</div><div class="Top_r"><a href="javascript:;">无障碍</a>|<a href="javascript:;">关怀版</a>|<a href="javascript:;">移动版</a></div></div></div>
<div class="Banner"><img src="/images/gzdsj/images/banner.jpg" alt="" /></div>
<div class="Nav"><ul><li><a href="/">首页</a></li><li><a href="/jgsz/">机构设置</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="Article">
  <div class="Article_wz">您当前的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/{p["col"]}/">{p["column"]}</a></div>
  <div class="Article_bt">{esc(p["title"])}</div>
  <div class="Article_ly">发布时间：{p["date"]} {p["time"]}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：{esc(p["issuer"])}&nbsp;&nbsp;&nbsp;&nbsp;字号：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]&nbsp;&nbsp;浏览量：<span id="count"></span></div>
  <div class="Article_zw">
<div class="TRS_Editor">
{p["body"]}
</div>
  </div>
  <div class="Article_dy"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></div>
  <div class="Article_ewm"><img src="/images/gzdsj/images/ewm.jpg" /><span>扫一扫在手机打开当前页</span></div>
</div>
<div class="Footer">
  <p>主办：贵州省大数据发展管理局 &nbsp; 地址：贵州省贵阳市观山湖区林城东路北段</p>
  <p>网站标识码：5200000060 &nbsp; 黔ICP备17003367号 &nbsp; 贵公网安备 52011502000001号</p>
</div>
<script type="text/javascript">$("#count").load("/count?id={p["docid"]}");</script>
</body>
</html>
"""


def guiyang(p):
    """贵阳市人民政府 portal: zw-title / zw-info, #Zoom body, a dated 相关文章 list underneath."""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>{esc(p["title"])}_贵阳市人民政府门户网站</title>
<meta name="keywords" content="{p["keywords"]}" />
<meta name="description" content="{esc(p["desc"])}" />
<link rel="stylesheet" type="text/css" href="/images/gy/css/detail.css" />
<script type="text/javascript" src="/images/gy/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="top"><div class="w"><span class="fl">欢迎访问贵阳市人民政府门户网站</span><span class="fr"><a href="javascript:;">无障碍</a> | <a href="javascript:;">长者版</a> | <a href="javascript:;">English</a></span></div></div>
<div class="head"><div class="w"><a href="/"><img src="/images/gy/images/logo.png" alt="贵阳市人民政府"></a></div></div>
<div class="nav"><div class="w"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwdt/">政务动态</a><a href="/bmfw/">便民服务</a><a href="/hdjl/">互动交流</a><a href="/zjgy/">走进贵阳</a></div></div>
<div class="w">
  <div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; <a href="/zwdt/{p["col"]}/">{p["column"]}</a></div>
  <div class="zw">
    <div class="zw-title">{esc(p["title"])}</div>
    <div class="zw-info">
      <span>发布时间：{p["date"]} {p["time"]}</span>
      <span>来源：{esc(p["issuer"])}</span>
      <span>作者：{p["author"]}</span>
      <span class="zh">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span>
    </div>
    <div class="zw-con" id="Zoom">
{p["body"]}
    </div>
    <div class="zw-bottom">
      <div class="fx">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
      <div class="ewm"><img src="/images/gy/images/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div>
    </div>
    <div class="xgwz">
      <div class="xgwz-t">相关文章</div>
      <ul>
{p["related"]}
      </ul>
    </div>
  </div>
</div>
<div class="foot"><div class="w">
  <p><a href="javascript:;">关于我们</a> | <a href="javascript:;">网站地图</a> | <a href="javascript:;">联系我们</a></p>
  <p>主办：贵阳市人民政府办公厅 &nbsp; 承办：贵阳市大数据发展管理局</p>
  <p>网站标识码：5201000001 &nbsp; 黔ICP备05002033号 &nbsp; 贵公网安备 52010202000001号</p>
</div></div>
</body>
</html>
"""


def hangzhou(p):
    """杭州市 Hanweb (newer div layout): 信息公开 table with 发布机构 and 生成日期, #zoom body, metas."""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{esc(p["title"])}</title>
<meta name="Maketime" content="{p["date"]} {p["time"]}:08">
<meta name="SiteName" content="杭州市经济和信息化局">
<meta name="SiteDomain" content="jxj.hangzhou.gov.cn">
<meta name="SiteIDCode" content="3301000024">
<meta name="ColumnName" content="{p["column"]}">
<meta name="ArticleTitle" content="{esc(p["title"])}">
<meta name="PubDate" content="{p["date"]} {p["time"]}">
<meta name="ContentSource" content="{esc(p["issuer"])}">
<meta name="Keywords" content="{p["keywords"]}">
<meta name="Description" content="{esc(p["desc"])}">
<link rel="stylesheet" href="/images/1229252271/css/main.css">
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<div class="header"><div class="wrap"><a class="logo" href="/">杭州市经济和信息化局</a>
<div class="header-search"><input type="text" placeholder="搜索"><a href="javascript:;">搜索</a></div></div></div>
<div class="menu"><div class="wrap"><a href="/">首页</a><a href="/col/col1229252260/index.html">机构概况</a><a href="/col/col1229252271/index.html">工作动态</a><a href="/col/col1229252272/index.html">政策文件</a><a href="/col/col1229252273/index.html">互动交流</a></div></div>
<div class="wrap">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229252271/index.html">{p["column"]}</a></div>
  <div class="article-box">
    <table class="xxgk-table" width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td class="lab">索引号</td><td>{p["docid"]}</td><td class="lab">发布机构</td><td>{esc(p["issuer"])}</td></tr>
      <tr><td class="lab">生成日期</td><td>{p["date"]}</td><td class="lab">公开方式</td><td>主动公开</td></tr>
    </table>
    <h1 class="article-title">{esc(p["title"])}</h1>
    <div class="article-info">
      <span>发布时间：{p["date"]} {p["time"]}</span><span>信息来源：{esc(p["issuer"])}</span><span>访问量：<script>document.write(1382)</script></span>
    </div>
    <div class="article-conter" id="zoom">
{p["body"]}
    </div>
    <div class="article-tool"><a href="javascript:window.print()">打印本页</a><a href="javascript:window.close()">关闭窗口</a></div>
  </div>
</div>
<div class="footer"><div class="wrap">
<p>主办：杭州市经济和信息化局 &nbsp; 网站标识码：3301000024 &nbsp; 浙ICP备05023489号</p>
<p>浙公网安备 33010302000001号</p>
</div></div>
</body>
</html>
"""


def beijing(p):
    """北京 (TRS UEditor): title in a header paragraph, 文件信息 list with [发布日期] brackets, metas."""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{esc(p["title"])}_{p["column"]}_首都之窗_北京市人民政府门户网站</title>
<meta name="SiteName" content="首都之窗_北京市人民政府门户网站">
<meta name="SiteDomain" content="www.beijing.gov.cn">
<meta name="SiteIDCode" content="1100000088">
<meta name="ColumnName" content="{p["column"]}">
<meta name="ArticleTitle" content="{esc(p["title"])}">
<meta name="PubDate" content="{p["date"]} {p["time"]}">
<meta name="ContentSource" content="{esc(p["issuer"])}">
<meta name="Keywords" content="{p["keywords"]}">
<meta name="Description" content="{esc(p["desc"])}">
<link rel="stylesheet" href="/images/zhengce/css/zhengce.css">
</head>
<body>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/images/logo.png" alt="首都之窗"></a>
<ul class="header-nav"><li><a href="/">首页</a></li><li><a href="/zhengce/">政策</a></li><li><a href="/fuwu/">服务</a></li><li><a href="/hudong/">互动</a></li><li><a href="/shuju/">数据</a></li><li><a href="/renwen/">北京</a></li></ul></div></div>
<div class="container">
  <div class="nav-path"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; <a href="/zhengce/zhengcefagui/">{p["column"]}</a></div>
  <div class="doc-info clearfix">
    <ol>
      <li class="col-md"><span>[标题]</span>{esc(p["title"])}</li>
      <li class="col-md"><span>[发文机构]</span>{esc(p["issuer"])}</li>
      <li class="col-md"><span>[成文日期]</span>{p["written"]}</li>
      <li class="col-md"><span>[发布日期]</span>{p["date"]}</li>
    </ol>
  </div>
  <div class="header-article"><p>{esc(p["title"])}</p></div>
  <div class="article">
    <div class="view TRS_UEDITOR trs_paper_default trs_web">
{p["body"]}
    </div>
  </div>
  <div class="article-foot">
    <div class="share"><span>分享：</span><a href="javascript:;" class="share-wx"></a><a href="javascript:;" class="share-wb"></a></div>
    <div class="relevant">
      <div class="relevant-title">相关解读</div>
      <ul>
{p["related"]}
      </ul>
    </div>
  </div>
</div>
<div class="footer"><div class="container">
<p>主办：北京市人民政府办公厅 &nbsp; 承办：北京市政务服务和数据管理局</p>
<p>网站标识码：1100000088 &nbsp; 京ICP备05060933号 &nbsp; 京公网安备 11010502000001号</p>
</div></div>
</body>
</html>
"""

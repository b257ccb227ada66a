"""Page templates, part A: central government and ministries (gov.cn, 国家数据局, 网信办, 发改委, 工信部).

Each template takes the page dict (title, date 'YYYY-MM-DD', time 'HH:MM', issuer, url, body html,
desc) and returns the whole page as the site's content system writes it, noise included.
"""
from bodies import esc


def cn(date):
    y, m, d = date.split("-")
    return f"{y}年{m}月{d}日"


def govcn_header():
    return """<div class="header">
  <div class="topbar"><div class="w1100">
    <span class="date_today"><script>document.write(new Date().toLocaleDateString());</script></span>
    <a href="https://www.gov.cn/">简</a> | <a href="https://big5.www.gov.cn/">繁</a> | <a href="https://english.www.gov.cn/">EN</a>
    <a href="https://www.gov.cn/home/login.htm">登录</a> <a href="https://www.gov.cn/wzdt/">网站地图</a>
  </div></div>
  <div class="logo_wrap"><a href="https://www.gov.cn/" class="logo"><img src="/images/logo.png" alt="中国政府网"></a>
    <form class="search" action="https://sousuo.www.gov.cn/sousuo/search.shtml" method="get" target="_blank">
      <input type="text" name="searchWord" placeholder="请输入搜索内容"><input type="submit" value="搜索"></form></div>
  <div class="nav"><ul>
    <li><a href="https://www.gov.cn/">首页</a></li><li><a href="https://www.gov.cn/guowuyuan/">国务院</a></li>
    <li><a href="https://www.gov.cn/premier/">总理</a></li><li><a href="https://www.gov.cn/xinwen/">新闻</a></li>
    <li><a href="https://www.gov.cn/zhengce/">政策</a></li><li><a href="https://www.gov.cn/hudong/">互动</a></li>
    <li><a href="https://www.gov.cn/fuwu/">服务</a></li><li><a href="https://www.gov.cn/shuju/">数据</a></li>
    <li><a href="https://www.gov.cn/guoqing/">国情</a></li></ul></div>
</div>"""


def govcn_footer():
    return """<div class="footer">
  <div class="footer_links"><a href="https://www.gov.cn/">中国政府网</a> | <a href="https://www.gov.cn/home/2014-02/18/content_2610174.htm">关于本网</a> |
  <a href="https://www.gov.cn/home/2014-02/18/content_2610172.htm">网站声明</a> | <a href="https://www.gov.cn/home/2014-02/18/content_2610170.htm">联系我们</a> |
  <a href="https://www.gov.cn/fuwu/jiucuo.htm">网站纠错</a></div>
  <p>版权所有：中国政府网 &nbsp;&nbsp; 中文域名：中国政府网.政务</p>
  <p>网站标识码bm01000001 &nbsp; <a href="https://beian.miit.gov.cn/">京ICP备05070218号</a> &nbsp; 京公网安备11010202000001号</p>
  <p>国务院办公厅主办 &nbsp; 中国政府网运行中心负责运行维护</p>
</div>"""


def govcn_policy(p):
    """www.gov.cn 政策库 page: a metadata table (发文机关, 成文日期, 发布日期 …) above the document."""
    meta_time = ""
    if p.get("meta", True):
        meta_time = (f'<meta name="firstpublishedtime" content="{p["date"]}-{p["time"]}:00">\n'
                     f'<meta name="lastmodifiedtime" content="{p["date"]}-{p["time"]}:55">\n')
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(p["title"])}_{p["column"]}_中国政府网</title>
<meta name="keywords" content="{p["keywords"]}">
<meta name="description" content="{esc(p["desc"])}">
{meta_time}<meta name="manuscriptId" content="{p["docid"]}">
<meta name="catalog" content="30474">
<link rel="stylesheet" type="text/css" href="/images/2023gov/css/base.css">
<link rel="stylesheet" type="text/css" href="/images/2023gov/css/policy.css">
<script type="text/javascript" src="/images/2023gov/js/jquery-1.12.4.min.js"></script>
<style type="text/css">.bd1 td{{border:1px solid #ccc;padding:6px 10px;font-size:14px}} .bd1 b{{color:#666}}</style>
</head>
<body>
{govcn_header()}
<div class="main w1100">
  <div class="BreadcrumbNav"><a href="https://www.gov.cn/">首页</a>&nbsp;&gt;&nbsp;<a href="https://www.gov.cn/zhengce/">政策</a>&nbsp;&gt;&nbsp;<a href="https://www.gov.cn/zhengce/zhengceku/">政策库</a>&nbsp;&gt;&nbsp;<a href="https://www.gov.cn/zhengce/zhengceku/bmwj/">{p["column"]}</a></div>
  <div class="policyLibraryOverview_header">
    <table class="bd1" width="100%" border="0" cellspacing="1" cellpadding="0">
      <tbody>
        <tr><td width="90"><b>标&nbsp;&nbsp;&nbsp;&nbsp;题：</b></td><td colspan="3">{esc(p["title"])}</td></tr>
        <tr><td><b>发文机关：</b></td><td width="320">{esc(p["issuer"])}</td><td width="90"><b>发文字号：</b></td><td>{p["docno"]}</td></tr>
        <tr><td><b>来&nbsp;&nbsp;&nbsp;&nbsp;源：</b></td><td>{p["site_source"]}</td><td><b>主题分类：</b></td><td>工业、交通\\信息产业（含电信）</td></tr>
        <tr><td><b>公文种类：</b></td><td>{p["genre"]}</td><td><b>成文日期：</b></td><td>{cn(p["written"])}</td></tr>
        <tr><td><b>发布日期：</b></td><td>{cn(p["date"])}</td><td><b>索&nbsp;引&nbsp;号：</b></td><td>000014349/{p["date"][:4]}-00{p["docid"][-3:]}</td></tr>
      </tbody>
    </table>
  </div>
  <div class="pages_content mhide" id="UCAP-CONTENT">
{p["body"]}
  </div>
  <div class="mobile_link"><a href="https://www.gov.cn/zhengce/zhengceku/" target="_blank">【我要纠错】</a></div>
  <div class="editor">责任编辑：{p["editor"]}</div>
  <div class="share" id="share"><span>分享：</span><a class="share-btn gwds_weixin" title="微信">&nbsp;</a><a class="share-btn gwds_tsina" title="新浪微博">&nbsp;</a><a class="share-btn gwds_qzone" title="QQ空间">&nbsp;</a></div>
  <div class="xg-list related">
    <div class="pannel-title">相关稿件</div>
    <ul class="list01">
{p["related"]}
    </ul>
  </div>
</div>
{govcn_footer()}
<script type="text/javascript" src="/images/2023gov/js/share.js"></script>
<script type="text/javascript">wd_paramtracker("_wdxid=000000000000000000000000000000000000000000");</script>
</body>
</html>
"""


def govcn_news(p):
    """www.gov.cn news article (2016-2022 template): h1, date and 来源 line, UCAP-CONTENT, editor, QR, related."""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="x-ua-compatible" content="IE=edge" >
<link href="https://www.gov.cn/govweb/xhtml/favicon.ico" rel="shortcut icon" type="image/x-icon">
<title>{esc(p["title"])}_滚动新闻_中国政府网</title>
<meta name="others" content="页面生成时间 {p["date"]} {p["time"]}:14" />
<meta name="template,templategroup,version" content="2486,100039,8.3" />
<meta name="keywords" content="{p["keywords"]}">
<meta name="catalog" content="c1396">
<meta name="lanmu" content="滚动新闻">
<meta name='manuscriptId' content="{p["docid"]}">
<meta name='author' content="{p["editor"]}">
<meta name='firstpublishedtime' content="{p["date"]}-{p["time"]}:00">
<link rel="stylesheet" type="text/css" href="/govweb/xhtml/2016gov/css/common_detail.css">
<script src="/govweb/xhtml/2016gov/js/jquery-1.8.3.min.js"></script>
<style type="text/css">
.shuzi{{ display:none;}}
.editor span{{margin-right:20px;}}
</style>
</head>
<body>
  <div style="display: block;position: relative;">
    <div class="share-popup" id="share-popup">
      <h6>分享到：<b></b></h6>
      <ul><li><a data-w="gwds_qzone" class="share-btn gwds_qzone">QQ空间</a></li><li><a data-w="gwds_douban" class="share-btn gwds_douban">豆瓣网</a></li></ul>
    </div>
  </div>
<div class="main">
<iframe id="ifr_top" src="/2016public/top.htm" width="100%" height="148" scrolling="no" marginheight="0" frameborder="0"></iframe>
<div class="content">
  <div class="padd">
  <div class="BreadcrumbNav">
<a href='/index.htm' target="_blank">首页</a>&nbsp;>&nbsp;<a href='/xinwen/index.htm' target="_blank">新闻</a>&nbsp;>&nbsp;<a href='/xinwen/gundong.htm' target="_blank">滚动新闻</a>
  </div>
    <div class="article oneColumn pub_border">
      <h1>
        {esc(p["title"])}
      </h1>
      <div class="pages-date">{p["date"]} {p["time"]}  <span class="font">来源： {esc(p["issuer"])}</span>
      <div class="pages_print"><span class="font index_switchsize">【字体：<span class="bigger">大</span> <span class="medium">中</span> <span class="smaller">小</span>】</span><span style="cursor:pointer;" class="font printIco" onclick="javascript:window.print()">打印</span>
        <div class="share" id="share">
          <div class="share-icon"></div>
          <div class="share-box" id="share-box">
            <a class="share-btn gwds_weixin" data-w="gwds_weixin" title="微信">&nbsp;</a>
            <a class="share-btn gwds_tsina" data-w="gwds_tsina" title="新浪微博">&nbsp;</a>
          </div>
        </div>
      </div>
      </div>
      <div class="shuzi"><img src="https://www.gov.cn/govweb/xhtml/2016gov/images/public/20190530videobg.jpg" width="596" height="455"></div>
      <div class="pages_content" id="UCAP-CONTENT">
{p["body"]}
      </div>
<div class="editor"><span><a href="https://www.gov.cn/fuwu/jiucuo.htm" target="_blank">【我要纠错】</a> </span>责任编辑：{p["editor"]} </div>
<div id="pageBreak"></div>
<script type="text/javascript">manuscriptPage_N()</script>
      <div id="div_div">
        <div id="qr_container" style="margin:auto; position:relative;">扫一扫在手机打开当前页</div>
      </div>
  <div class="xg-list related">
    <div class="pannel-title">相关稿件</div>
    <ul class="list01">
{p["related"]}
      </ul>
  </div>
  <div class="clear"></div>
<div class="share-title" style="display:none">{esc(p["title"])}</div>
  <img class="share-img" style="display:none" src="https://www.gov.cn/zhuanti/20190109weixinfenxiangimg/150.jpg" width="300" height="300" />
    </div>
  </div>
  <div class="clear"></div>
</div>
  <iframe id="ifr_foot.htm" src="/2016public/bottom.htm" width="100%" height="525" scrolling="no" marginheight="0" frameborder="0"></iframe>
<div class="back_top"><a>回到
顶部</a></div></div>
<script type="text/javascript" src="/govweb/xhtml/2016gov/js/qrcode.js"></script>
</body>
</html>
"""


def nda(p):
    """国家数据局 (TRS): ArticleTitle/PubDate/ContentSource metas, TRS_Editor with its own style block,
    attachments and a QR block after the body."""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta name="SiteName" content="国家数据局">
<meta name="SiteDomain" content="www.nda.gov.cn">
<meta name="SiteIDCode" content="bm95000001">
<meta name="ColumnName" content="{p["column"]}">
<meta name="ColumnType" content="{p["column"]}">
<meta name="ArticleTitle" content="{esc(p["title"])}">
<meta name="PubDate" content="{p["date"]} {p["time"]}">
<meta name="ContentSource" content="{esc(p["issuer"])}">
<meta name="Keywords" content="{p["keywords"]}">
<meta name="Description" content="{esc(p["desc"])}">
<title>{esc(p["title"])}</title>
<link rel="stylesheet" href="/sjj/xhtml/css/common.css">
<link rel="stylesheet" href="/sjj/xhtml/css/detail.css">
<script src="/sjj/xhtml/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="wrap"><span>欢迎访问国家数据局网站</span><span class="r"><a href="javascript:;" class="wza">无障碍</a> | <a href="javascript:;">长者模式</a></span></div></div>
<div class="header"><div class="wrap"><a class="logo" href="/sjj/index.html"><img src="/sjj/xhtml/images/logo.png" alt="国家数据局"></a>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div></div>
<div class="nav"><div class="wrap"><ul>
<li><a href="/sjj/index.html">首页</a></li><li><a href="/sjj/jgsz/list/index_pc_1.html">机构设置</a></li><li><a href="/sjj/ywpd/list/index_pc_1.html">业务频道</a></li>
<li><a href="/sjj/zwgk/list/index_pc_1.html">政务公开</a></li><li><a href="/sjj/hdjl/list/index_pc_1.html">互动交流</a></li><li><a href="/sjj/swdt/list/index_pc_1.html">数据动态</a></li>
</ul></div></div>
<div class="wrap">
  <div class="crumbs">当前位置：<a href="/sjj/index.html">首页</a> &gt; <a href="/sjj/swdt/list/index_pc_1.html">{p["column"]}</a></div>
  <div class="detail">
    <div class="detail-title">{esc(p["title"])}</div>
    <div class="detail-info">
      <span>发布时间：{p["date"]}</span>
      <span>来源：{esc(p["issuer"])}</span>
      <span class="font-size">字号：<a href="javascript:;" onclick="doZoom(18)">大</a> <a href="javascript:;" onclick="doZoom(16)">中</a> <a href="javascript:;" onclick="doZoom(14)">小</a></span>
    </div>
    <div class="detail-content" id="zoomcon">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV{{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}
</style>
{p["body"]}
</div>
    </div>
    {p.get("attachments", "")}
    <div class="detail-bottom">
      <a href="javascript:window.print();" class="print">【打印】</a><a href="javascript:window.close();" class="close">【关闭】</a>
    </div>
    <div class="ewm"><img src="/sjj/xhtml/images/ewm.png" alt=""><p>扫一扫在手机打开当前页</p></div>
  </div>
</div>
<div class="footer"><div class="wrap">
<p><a href="javascript:;">网站地图</a> | <a href="javascript:;">联系我们</a> | <a href="javascript:;">使用帮助</a></p>
<p>主办单位：国家数据局 &nbsp; 网站标识码：bm95000001</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备2023031188号</a> &nbsp; 京公网安备11010202010100号</p>
</div></div>
<script type="text/javascript" src="/sjj/xhtml/js/common.js"></script>
</body>
</html>
"""


def cac(p):
    """中国网信网: no TRS metas, the publish stamp as 2023年04月28日 16:55 with no label, 来源 as a link."""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<title>{esc(p["title"])}_中央网络安全和信息化委员会办公室</title>
<meta name="keywords" content="{p["keywords"]}" />
<meta name="description" content="{esc(p["desc"])}" />
<link href="/css/cac_content.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="top"><div class="container">
  <div class="topleft">{cn(p["date"])} 星期{p["weekday"]}</div>
  <div class="topright"><a href="/">网站首页</a> | <a href="javascript:;">English</a> | <a href="javascript:;">无障碍</a></div>
</div></div>
<div class="header"><div class="container"><a href="/"><img src="/images/logo.png" alt="中国网信网"></a></div></div>
<div class="navbar"><div class="container"><ul>
<li><a href="/">首页</a></li><li><a href="/wxzw/A0937index_1.htm">权威发布</a></li><li><a href="/xxh/A092001index_1.htm">信息化</a></li>
<li><a href="/wlaq/A0904index_1.htm">网络安全</a></li><li><a href="/zcfg/A0907index_1.htm">政策法规</a></li><li><a href="/ztzl/A0911index_1.htm">专题专栏</a></li>
</ul></div></div>
<div class="container">
  <div class="position">首页 &gt; <a href="/xxh/A092001index_1.htm">信息化</a> &gt; 正文</div>
  <div class="main">
    <h1 class="title" id="title">{esc(p["title"])}</h1>
    <div class="infobox">
      <span class="time" id="pubtime">{cn(p["date"])} {p["time"]}</span>
      <span class="source" id="source">来源：<a href="https://www.cac.gov.cn/" target="_blank">{esc(p["issuer"])}</a></span>
      <span class="fontsize">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
    </div>
    <div class="main-content" id="BodyLabel">
{p["body"]}
    </div>
    <div class="bottom-tools">
      <a href="javascript:window.print()">【打印】</a> <a href="javascript:;" id="jiucuo">【纠错】</a>
      <div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a></div>
    </div>
    <div class="qr-box"><img src="/images/wxzg_qr.jpg" alt=""><p>扫码关注“网信中国”</p><p>获取更多网信资讯</p></div>
    <div class="xgyd">
      <h4>相关阅读</h4>
      <ul>
{p["related"]}
      </ul>
    </div>
  </div>
</div>
<div class="footer"><div class="container">
<p>中央网络安全和信息化委员会办公室 中华人民共和国国家互联网信息办公室 © 版权所有</p>
<p>承办：国家互联网应急中心 &nbsp; 技术支持：长安通信科技有限责任公司</p>
<p>京ICP备14042428号 &nbsp; 京公网安备 11010202000001号</p>
</div></div>
<script type="text/javascript">window._bd_share_config={{"common":{{"bdText":"","bdMini":"2"}},"share":{{}}}};</script>
</body>
</html>
"""


def ndrc(p):
    """国家发展改革委 (TRS): 发布时间 with slashes, TRS_Editor wrapping a Custom_UnionStyle div."""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(p["title"])} - 国家发展和改革委员会</title>
<meta name="SiteName" content="国家发展和改革委员会">
<meta name="SiteDomain" content="www.ndrc.gov.cn">
<meta name="SiteIDCode" content="bm04000007">
<meta name="ColumnName" content="{p["column"]}">
<meta name="ArticleTitle" content="{esc(p["title"])}">
<meta name="PubDate" content="{p["date"]} {p["time"]}:00">
<meta name="ContentSource" content="{esc(p["issuer"])}">
<meta name="Keywords" content="{p["keywords"]}">
<meta name="Description" content="{esc(p["desc"])}">
<link rel="stylesheet" href="/images/public/css/common.css">
<script src="/images/public/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="wza-region_header"></div>
<div class="header">
  <div class="container"><a href="/" class="logo"><img src="/images/public/img/logo.png" alt="国家发展和改革委员会"></a>
  <div class="header-r"><a href="javascript:;">无障碍浏览</a><a href="javascript:;">English</a><a href="javascript:;">繁體</a></div></div>
  <div class="nav"><div class="container"><ul>
    <li><a href="/">首页</a></li><li><a href="/fzggw/">机构设置</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/xxgk/">政务公开</a></li>
    <li><a href="/fggz/">发展改革工作</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div></div>
</div>
<div class="container">
  <div class="crumbs"><a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; <a href="/xwdt/dt/">{p["column"]}</a></div>
  <div class="article">
    <div class="article_title"><h2>{esc(p["title"])}</h2></div>
    <div class="article_l">
      <div class="time">发布时间：{p["date"].replace("-", "/")}&nbsp;&nbsp;&nbsp;&nbsp;来源：<span>{esc(p["issuer"])}</span></div>
      <div class="ico"><a href="javascript:;" class="zoom">字号：<em>大</em><em>中</em><em>小</em></a><a href="javascript:window.print();" class="print">打印本页</a></div>
    </div>
    <div class="article_con article_con_title">
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{p["body"]}
</div></div>
    </div>
    <div class="shareBox"><span>分享到：</span><a class="wechat" href="javascript:;"></a><a class="weibo" href="javascript:;"></a>
      <div class="code" style="display:none"><div id="qrcode"></div><p>用微信“扫一扫”</p></div></div>
    <div class="article_bottom"><a href="javascript:window.close();">[关闭窗口]</a></div>
  </div>
</div>
<div class="footer"><div class="container">
<p><a href="javascript:;">网站地图</a> | <a href="javascript:;">联系我们</a> | <a href="javascript:;">使用帮助</a></p>
<p>主办单位：国家发展和改革委员会 &nbsp;&nbsp; 网站标识码：bm04000007</p>
<p>京ICP备05052393号 &nbsp; 京公网安备11010202000001号</p>
</div></div>
<script type="text/javascript" src="/images/public/js/common.js"></script>
</body>
</html>
"""


def miit(p):
    """工业和信息化部 2023 template: con_title, cinfo line, Word-pasted body in con_con, 信息公开 box."""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(p["title"])}_{p["column"]}_工业和信息化部</title>
<meta name="SiteName" content="中华人民共和国工业和信息化部">
<meta name="SiteDomain" content="www.miit.gov.cn">
<meta name="SiteIDCode" content="bm07000001">
<meta name="ColumnName" content="{p["column"]}">
<meta name="ArticleTitle" content="{esc(p["title"])}">
<meta name="PubDate" content="{p["date"]} {p["time"]}">
<meta name="ContentSource" content="{esc(p["issuer"])}">
<meta name="Keywords" content="{p["keywords"]}">
<meta name="Url" content="{p["url"]}">
<link rel="stylesheet" type="text/css" href="/miit/xhtml/css/page.css">
<script type="text/javascript" src="/miit/xhtml/js/jquery.js"></script>
</head>
<body>
<div class="ministry_top"><div class="w1200"><span>中华人民共和国工业和信息化部</span><span class="r"><a href="javascript:;">无障碍</a> <a href="javascript:;">关怀版</a> <a href="javascript:;">English</a></span></div></div>
<div class="header"><div class="w1200"><div class="logo"><a href="/"><img src="/miit/xhtml/images/logo.png" alt=""></a></div>
<div class="search"><form action="/search/" method="get"><input type="text" name="q" value="请输入关键字"><input type="submit" value="搜索"></form></div></div></div>
<div class="nav"><div class="w1200"><ul><li><a href="/">首页</a></li><li><a href="/gyhxxhb/">机构</a></li><li><a href="/xwfb/">新闻</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/gzcy/">公众参与</a></li><li><a href="/gxsj/">工信数据</a></li><li><a href="/ztzl/">专题专栏</a></li></ul></div></div>
<div class="w1200">
<div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/gxsj/">工信数据</a> &gt; <a href="/gxsj/tjfx/">{p["column"]}</a> &gt; 正文</div>
<div class="main">
<div class="xxgk-box" style="display:{p.get("xxgk", "none")}">
  <table class="xxgk-table"><tr><th>索引号：</th><td>{p["docid"]}</td><th>主题分类：</th><td>统计数据</td></tr></table>
</div>
<div class="ctitle"><h1 id="con_title">{esc(p["title"])}</h1></div>
<div class="cinfo center"><span id="con_time">发布时间：{p["date"]} {p["time"]}</span><span>来源：{esc(p["issuer"])}</span><span><a href="javascript:void(0)" onclick="window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></span></div>
<div id="con_con" class="ccontent center">
{p["body"]}
</div>
<div class="fx">分享到：<a href="javascript:;" class="wx" title="微信"></a><a href="javascript:;" class="wb" title="微博"></a></div>
<div class="xgxx">
<div class="xgxx-title">相关信息</div>
<ul>
{p["related"]}
</ul>
</div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="javascript:void(0)">关于我们</a> | <a href="javascript:void(0)">网站地图</a> | <a href="javascript:void(0)">联系我们</a></p>
<p>主办单位：中华人民共和国工业和信息化部　版权所有：中华人民共和国工业和信息化部</p>
<p><a href="https://beian.miit.gov.cn/">京ICP备04000001号</a>　网站标识码：bm07000001</p><p>地址：北京市西长安街13号　邮编：100804</p>
</div></div>
<script type="text/javascript">var _trs_uv = "", _trs_ref = document.referrer;</script>
</body>
</html>
"""

"""Page templates, part E, written after the extractor was tuned, as a held-out check: a WeChat
article as a crawler fetches it (before its scripts run), a court website, and a portal article with a
pager inside its text."""
from bodies import esc


def weixin(p):
    """mp.weixin.qq.com as fetched: js_content is visibility:hidden until a script shows it, the publish
    time element is empty and the date lives in a script variable."""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{esc(p["title"])}" />
<meta property="og:url" content="{p["url"]}" />
<meta property="og:description" content="{esc(p["desc"])}" />
<meta property="og:site_name" content="微信公众平台" />
<meta property="og:type" content="article" />
<meta property="og:article:author" content="{esc(p["issuer"])}" />
<meta property="twitter:card" content="summary" />
<title>{esc(p["title"])}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media">
  <div class="rich_media_inner">
    <div id="page-content" class="rich_media_area_primary">
      <div class="rich_media_area_primary_inner">
        <div id="img-content" class="rich_media_wrp">
          <h1 class="rich_media_title" id="activity-name">
            {esc(p["title"])}
          </h1>
          <div id="meta_content" class="rich_media_meta_list">
            <span class="rich_media_meta rich_media_meta_text">{p["author"]}</span>
            <span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
              <a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{esc(p["issuer"])}</a>
            </span>
            <em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
          </div>
          <div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
<section style="margin-bottom: 0px;"><section style="font-size: 15px;line-height: 1.75em;letter-spacing: 0.5px;">
{p["body"]}
</section></section>
<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>
          </div>
          <div class="rich_media_tool" id="js_toobar3">
            <div class="media_tool_meta"><span>阅读</span> <span id="readNum3"></span></div>
            <a class="media_tool_meta" href="javascript:void(0);" id="like3">在看</a>
          </div>
        </div>
        <div class="qr_code_pc_outer" style="display:none"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div>
      </div>
    </div>
  </div>
</div>
<script nonce="413278621" type="text/javascript">
    var ct = "{p["epoch"]}";
    var createTime = '{p["date"]} {p["time"]}';
    var nickname = htmlDecode("{esc(p["issuer"])}");
    var msg_title = '{esc(p["title"])}'.html(false);
</script>
</body>
</html>
"""


def court(p):
    """A court's website: title and 发布时间 in a message list, text in detail_txt, font and print tools."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{p["site"]}</title>
<meta name="keywords" content="{p["keywords"]}" />
<link href="/css/detail.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="head"><div class="head_box"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{p["site"]}" /></a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xinwen.html">新闻中心</a></li><li><a href="/fabu.html">权威发布</a></li><li><a href="/shenpan.html">审判工作</a></li><li><a href="/zixun.html">司法资讯</a></li></ul></div></div></div>
<div class="content">
  <div class="place">您当前所在的位置：<a href="/">首页</a> &gt; <a href="/zixun.html">{p["column"]}</a></div>
  <div class="detail">
    <div class="title">{esc(p["title"])}</div>
    <div class="message">
      <ul>
        <li class="fl">发布时间：{p["date"]} {p["time"]}:16</li>
        <li class="fl">来源：{esc(p["issuer"])}</li>
        <li class="fr">【字体：<a href="javascript:;" onclick="changeSize(18)">大</a> <a href="javascript:;" onclick="changeSize(16)">中</a> <a href="javascript:;" onclick="changeSize(14)">小</a>】</li>
      </ul>
    </div>
    <div class="txt">
      <div class="txt_txt" id="zoom">
        <div class="detail_txt">
{p["body"]}
        </div>
      </div>
    </div>
    <div class="detail_tools"><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>
    <div class="detail_related">
      <div class="related_title">相关文章</div>
      <ul>
{p["related"]}
      </ul>
    </div>
  </div>
</div>
<div class="foot"><p>版权所有：{p["site"]} &nbsp; 地址：{p["address"]}</p><p>{p["icp"]}</p></div>
</body>
</html>
"""


def paged_portal(p):
    """Provincial news portal: article split over pages, the pager sits inside the text's div."""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(p["title"])}_{p["column"]}_{p["site"]}</title>
<meta name="keywords" content="{p["keywords"]}">
<meta name="description" content="{esc(p["desc"])}">
<meta name="publishdate" content="{p["date"]} {p["time"]}:00">
<meta name="source" content="{esc(p["issuer"])}">
<link rel="stylesheet" href="/static/css/article.css">
</head>
<body>
<div class="topnav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/szjj/">数字经济</a> <a href="/gov/">政务</a> <a href="/tv/">视频</a></div>
<div class="container">
  <div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/szjj/">{p["column"]}</a> &gt; 正文</div>
  <div class="art">
    <h1 class="art-title">{esc(p["title"])}</h1>
    <div class="art-info">
      <span class="time">{p["date"]} {p["time"]}</span>
      <span class="from">来源：{esc(p["issuer"])}</span>
      <span class="author">作者：{p["author"]}</span>
    </div>
    <div class="art-content" id="artContent">
{p["body"]}
      <div class="pages"><a href="javascript:;">上一页</a> <span class="cur">1</span> <a href="{p["url"].replace(".html", "_2.html")}">2</a> <a href="{p["url"].replace(".html", "_3.html")}">3</a> <a href="{p["url"].replace(".html", "_2.html")}">下一页</a></div>
    </div>
    <div class="art-editor">【责任编辑：{p["editor"]}】</div>
    <div class="art-share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
  </div>
</div>
<div class="copyright">Copyright © 2024 {p["site"]} All Rights Reserved &nbsp; 互联网新闻信息服务许可证 &nbsp; 备案号：{p["icp"]}</div>
</body>
</html>
"""

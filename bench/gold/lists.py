"""List pages for the gold set: column pages of six site templates, with the expected dated links."""
import json
from pathlib import Path
from urllib.parse import urljoin

from bodies import esc

DEMO = Path(__file__).resolve().parents[2] / "content" / "demo" / "expected.json"

EXTRA_TITLES = [
    "2023年数字乡村发展工作要点", "关于调整网络安全专用产品安全管理有关事项的公告",
    "广东省“数字政府2.0”建设服务“百县千镇万村高质量发展工程”若干措施", "上海市推进算力资源统一调度指导意见",
    "武汉东湖高新区关于推动数字经济高质量发展的若干措施", "人工智能伦理治理标准化指南（2023版）",
    "数据中心能源十大趋势白皮书", "如何发展云计算产业", "如何发展大数据产业", "如何发展区块链产业",
]


def titles():
    demo = json.loads(DEMO.read_text(encoding="utf-8"))
    return [a["title"] for a in demo["articles"]] + EXTRA_TITLES


def dates(start, n, step=2):
    import datetime
    d = datetime.date.fromisoformat(start)
    return [(d - datetime.timedelta(days=i * step + (i % 3))).isoformat() for i in range(n)]


def items(offset, n, start, href):
    ts = titles()
    out = []
    for i, date in enumerate(dates(start, n)):
        out.append((ts[(offset + i * 7) % len(ts)], date, href(i, date)))
    return out


def gold(url, rows, template):
    return {"kind": "list", "url": url, "template": template,
            "links": [{"title": t, "url": urljoin(url, h), "date": d} for t, d, h in rows]}


def short(t, n=24):
    return t if len(t) <= n else t[:n] + "…"


def govcn_list():
    url = "https://www.gov.cn/zhengce/zuixin/home.htm"
    rows = items(0, 15, "2024-06-03", lambda i, d: f"../content/{d[:7]}/{d[8:]}/content_69{54000 + i * 37}.htm")
    lis = "\n".join(f'<li><h4><a href="{h}" target="_blank">{esc(t)}</a><span class="date">{d}</span></h4></li>' for t, d, h in rows)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>最新_中国政府网</title>
<link rel="stylesheet" href="/images/2023gov/css/list.css"></head>
<body>
<div class="header"><ul class="nav"><li><a href="https://www.gov.cn/">首页</a></li><li><a href="https://www.gov.cn/guowuyuan/">国务院</a></li><li><a href="https://www.gov.cn/zhengce/">政策</a></li><li><a href="https://www.gov.cn/hudong/">互动</a></li><li><a href="https://www.gov.cn/fuwu/">服务</a></li></ul></div>
<div class="BreadcrumbNav"><a href="https://www.gov.cn/">首页</a> &gt; <a href="https://www.gov.cn/zhengce/">政策</a> &gt; 最新</div>
<div class="list list_1 list_2">
<ul>
{lis}
</ul>
</div>
<div class="page"><a href="javascript:;">首页</a> <a href="javascript:;">上一页</a> <span>1</span> <a href="home_1.htm">2</a> <a href="home_2.htm">3</a> <a href="home_1.htm">下一页</a></div>
<div class="hot"><h3>热点专题</h3><ul><li><a href="https://www.gov.cn/zhuanti/2024lianghui/">2024全国两会</a></li><li><a href="https://www.gov.cn/zhuanti/zhengcejiedu/">政策解读专栏</a></li></ul></div>
<div class="footer"><p>版权所有：中国政府网 &nbsp; 网站标识码bm01000001 &nbsp; 京ICP备05070218号</p></div>
</body></html>
"""
    return "list-govcn", page, "utf-8", gold(url, rows, "govcn_list")


def ndrc_list():
    url = "https://www.ndrc.gov.cn/xwdt/tzgg/"
    rows = items(3, 18, "2024-05-31", lambda i, d: f"./{d[:7].replace('-', '')}/t{d.replace('-', '')}_13870{10 + i}.html")
    lis = "\n".join(f'<li><a href="{h}" target="_blank" title="{esc(t)}">{esc(short(t))}</a><span>{d.replace("-", "/")}</span></li>' for t, d, h in rows)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>通知公告 - 国家发展和改革委员会</title>
<meta name="ColumnName" content="通知公告"></head>
<body>
<div class="header"><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/fzggw/">机构设置</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/xxgk/">政务公开</a></li></ul></div></div>
<div class="container">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; 通知公告</div>
<div class="list-left"><ul class="subnav"><li><a href="../xwfb/">新闻发布</a></li><li class="on"><a href="./">通知公告</a></li><li><a href="../ztzl/">专题专栏</a></li></ul></div>
<div class="list-right">
<ul class="u-list">
{lis}
</ul>
<div class="page"><script>createPageHTML(25, 0, "index", "html");</script></div>
</div>
</div>
<div class="footer"><p>主办单位：国家发展和改革委员会 &nbsp; 网站标识码：bm04000007</p></div>
</body></html>
"""
    return "list-ndrc", page, "utf-8", gold(url, rows, "ndrc_list")


def hanweb_list():
    url = "https://jxt.zj.gov.cn/col/col1229123456/index.html"
    rows = items(5, 14, "2024-06-14", lambda i, d: f"/art/{d[:4]}/{int(d[5:7])}/{int(d[8:])}/art_1229123456_589{12000 + i * 3}.html")
    trs = "\n".join(f'<tr><td width="15" align="center">·</td><td align="left"><a href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</a></td><td width="100" align="right">[{d}]</td></tr>' for t, d, h in rows)
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>数字经济</title>
<meta name="SiteName" content="浙江省经济和信息化厅"><meta name="ColumnName" content="数字经济"></head>
<body>
<table width="1200" align="center"><tr><td><a href="/index.html">首页</a></td><td><a href="/col/col1229007/index.html">政务公开</a></td><td><a href="/col/col1229008/index.html">政务服务</a></td></tr></table>
<table width="1200" align="center"><tr><td class="bt_link">当前位置：<a href="/index.html">首页</a> &gt; 数字经济</td></tr>
<tr><td>
<div id="4306497"><script type="text/javascript">var totalRecord = 14;</script>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="tb_list"><tbody>
{trs}
</tbody></table></div>
<div class="page">共1页 <a href="javascript:;">首页</a> <a href="javascript:;">上一页</a> <a href="javascript:;">下一页</a> <a href="javascript:;">尾页</a></div>
</td></tr></table>
<table width="1200" align="center" class="foot"><tr><td>主办单位：浙江省经济和信息化厅 &nbsp; 浙ICP备13013014号</td></tr></table>
</body></html>
"""
    return "list-hanweb", page, "utf-8", gold(url, rows, "hanweb_list")


def people_list():
    url = "http://finance.people.com.cn/GB/70846/index.html"
    rows = items(8, 16, "2024-05-31", lambda i, d: f"/n1/{d[:4]}/{d[5:7]}{d[8:]}/c1004-402{32000 + i * 91}.html")
    lis = "\n".join(f"<li><a href='{h}' target=_blank>{esc(t)}</a><em>{d[:4]}年{d[5:7]}月{d[8:]}日</em></li>" for t, d, h in rows)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<title>滚动--财经--人民网</title></head>
<body>
<div class="header_nav"><a href="http://www.people.com.cn/">人民网首页</a> | <a href="http://finance.people.com.cn/">财经</a> | <a href="http://world.people.com.cn/">国际</a></div>
<div class="p2j_list"><div class="ej_list_box clear"><ul class="list_ej2 clear">
{lis}
</ul></div>
<div class="page_n clearfix"><a href="index2.html">下一页</a></div></div>
<div class="foot">人民网版权所有，未经书面授权禁止使用 &nbsp; Copyright &copy; 1997-2024 by www.people.com.cn</div>
</body></html>
"""
    return "list-people", page, "gbk", gold(url, rows, "people_list")


def caict_list():
    url = "http://www.caict.ac.cn/kxyj/qwfb/bps/"
    rows = items(11, 12, "2024-06-04", lambda i, d: f"./{d[:7].replace('-', '')}/t{d.replace('-', '')}_4789{10 + i}.htm")
    lis = "\n".join(f'<li><span class="date">{d}</span><a href="{h}" target="_blank">{esc(t)}</a></li>' for t, d, h in rows)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>中国信息通信研究院</title></head>
<body>
<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/about/">关于我们</a></li><li><a href="/kxyj/">科学研究</a></li></ul></div>
<div class="main"><div class="left"><ul class="leftnav"><li><a href="../ztbg/">专题报告</a></li><li><a href="./">白皮书</a></li></ul></div>
<div class="right"><div class="position">当前位置：<a href="/">首页</a> &gt; 白皮书</div>
<div class="list"><ul>
{lis}
</ul></div>
<div class="fenye"><script>var countPage = 3;</script></div></div></div>
<div class="foot">版权所有：中国信息通信研究院 &nbsp; 京ICP备10004055号</div>
</body></html>
"""
    return "list-caict", page, "utf-8", gold(url, rows, "caict_list")


def guizhou_list():
    url = "https://dsj.guizhou.gov.cn/xwzx/snyw/"
    rows = items(17, 20, "2024-06-03", lambda i, d: f"./{d[:7].replace('-', '')}/t{d.replace('-', '')}_849{10000 + i * 13}.html")
    lis = "\n".join(f'<li><a href="{h}" title="{esc(t)}" target="_blank">{esc(short(t, 28))}</a><span>{d}</span></li>' for t, d, h in rows)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>省内要闻_贵州省大数据发展管理局</title></head>
<body>
<div class="Nav"><ul><li><a href="/">首页</a></li><li><a href="/jgsz/">机构设置</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="List"><div class="List_wz">您当前的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 省内要闻</div>
<div class="NewsList"><ul>
{lis}
</ul></div>
<div class="fy"><script>createPageHTML(12, 0, "index", "html");</script></div></div>
<div class="Footer"><p>主办：贵州省大数据发展管理局 &nbsp; 网站标识码：5200000060 &nbsp; 黔ICP备17003367号</p></div>
</body></html>
"""
    return "list-guizhou", page, "gbk", gold(url, rows, "guizhou_list")


def list_pages():
    return [govcn_list(), ndrc_list(), hanweb_list(), people_list(), caict_list(), guizhou_list()]

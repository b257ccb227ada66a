#!/usr/bin/env python3
"""Generates the offline demo site under content/demo/site/ (plus README.md and expected.json).

The pages imitate the markup of real Chinese government / institute sites (TRS, Hanweb jcms,
VSB, plain news portals). Every link is relative, because the demo server serves
content/demo/site/<host>/<path> at http://127.0.0.1:PORT/<host>/<path>.

Run:  python3 content/demo/tools/generate_site.py      (needs the seed issues; see seedtext.py)
"""
import html
import json
import os
import posixpath
import re
import shutil
import struct
import zlib

from seedtext import texts

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.dirname(HERE)
SITE = os.path.join(DEMO, "site")
WEEK = ("2024-05-28", "2024-06-03")

E = lambda s: html.escape(s, quote=False)
A = lambda s: html.escape(s, quote=True)


# --------------------------------------------------------------------------------------------
# Sites
# --------------------------------------------------------------------------------------------
SITES = {
    "cac": dict(host="www.cac.gov.cn", name="中国网信网", display="中央网信办", list="xxh/index.html", column="信息化",
                style="TRS", issuer="中央网信办", kind="central", section="国策要论",
                sid="bm17000001", icp="京ICP备14042428号", org="中共中央网络安全和信息化委员会办公室",
                list_fmt="ul_span"),
    "miit": dict(host="www.miit.gov.cn", name="中华人民共和国工业和信息化部", short="工业和信息化部", display="工业和信息化部",
                 list="xwfb/gxdt/index.html", column="工信动态", style="TRS", issuer="工业和信息化部",
                 kind="central", section=None, sid="bm07000001", icp="京ICP备04000001号",
                 org="中华人民共和国工业和信息化部", list_fmt="ul_bracket"),
    "sc": dict(host="fgw.sc.gov.cn", name="四川省发展和改革委员会", list="sfgw/xwfb/index.html",
               column="新闻发布", style="TRS-like (own CMS, meta tags)", issuer="四川省发展和改革委员会",
               kind="local", section="地方新政", sid="5100000024", icp="蜀ICP备05003863号",
               org="四川省发展和改革委员会", list_fmt="table"),
    "hz": dict(host="jxj.hangzhou.gov.cn", name="杭州市经济和信息化局", list="col/col1229252271/index.html",
               column="通知公告", style="Hanweb", issuer="杭州市经济和信息化局", kind="local",
               section="地方新政", sid="3301000011", icp="浙ICP备05017085号", org="杭州市经济和信息化局",
               list_fmt="hanweb_ul"),
    "court": dict(host="www.hzinternetcourt.gov.cn", name="杭州互联网法院", list="xwzx/fydt/index.html",
                  column="法院动态", style="TRS", issuer="杭州互联网法院", kind="local", section="地方新政",
                  sid="", icp="浙ICP备17032123号", org="杭州互联网法院", list_fmt="ul_date_first"),
    "hebei": dict(host="gxt.hebei.gov.cn", name="河北省工业和信息化厅", list="hbgyhxxht/zcfg30/snzc/index.html",
                  column="省内政策", style="TRS-like (meta tags, #zoom body)", issuer="河北省工业和信息化厅",
                  kind="local", section="地方新政", sid="1300000013", icp="冀ICP备05006413号",
                  org="河北省工业和信息化厅", list_fmt="ul_span"),
    "henan": dict(host="gxt.henan.gov.cn", name="河南省工业和信息化厅", list="xwzx/tzgg/index.html",
                  column="通知公告", style="TRS-like (meta tags)", issuer="河南省工业和信息化厅", kind="local",
                  section="地方新政", sid="4100000012", icp="豫ICP备05013256号", org="河南省工业和信息化厅",
                  list_fmt="ul_cn_date"),
    "qd": dict(host="gxj.qingdao.gov.cn", name="青岛市工业和信息化局", list="kj/index.html",
               column="科技创新", style="TRS", issuer="青岛市工业和信息化局", kind="local", section="地方新政",
               sid="3702000029", icp="鲁ICP备05002373号", org="青岛市工业和信息化局", list_fmt="ul_bracket"),
    "ah": dict(host="jx.ah.gov.cn", name="安徽省工业和信息化厅", list="sy/wjgg/index.html",
               column="文件公告", style="TRS-like (meta tags, .j-fontContent body)", issuer="安徽省工业和信息化厅",
               kind="local", section="地方新政", sid="3400000028", icp="皖ICP备05002503号",
               org="安徽省工业和信息化厅", list_fmt="ul_span"),
    "jn": dict(host="jndsj.jinan.gov.cn", name="济南市大数据局", list="col/col38864/index.html",
               column="数据要素动态", style="Hanweb", issuer="济南市大数据局", kind="local", section="地方新政",
               sid="3701000050", icp="鲁ICP备05001934号", org="济南市大数据局", list_fmt="hanweb_table"),
    "sh": dict(host="www.sheitc.sh.gov.cn", name="上海市经济和信息化委员会", list="gg/index.html",
               column="通知公告", style="TRS-like (meta tags, #ivs_content body)", issuer="上海市经济和信息化委员会",
               kind="local", section="地方新政", sid="3100000029", icp="沪ICP备05052183号",
               org="上海市经济和信息化委员会", list_fmt="ul_span"),
    "cics": dict(host="www.cics-cert.org.cn", name="国家工业信息安全发展研究中心", list="xwzx/zxdt/index.html",
                 column="中心动态", style="TRS", issuer="国家工业信息安全发展研究中心", kind="research",
                 section="产业前沿", sid="", icp="京ICP备11022434号", org="国家工业信息安全发展研究中心",
                 list_fmt="ul_span"),
    "cesi": dict(host="www.cesi.cn", name="中国电子技术标准化研究院", list="xwdt/index.html", column="新闻动态",
                 style="TRS", issuer="中国电子技术标准化研究院", kind="research", section="产业前沿", sid="",
                 icp="京ICP备05040126号", org="中国电子技术标准化研究院", list_fmt="ul_span"),
    "ccid": dict(host="www.ccidgroup.com", name="中国电子信息产业发展研究院", list="xwzx/jtxw.htm",
                 column="集团新闻", style="no-meta (VSB)", issuer="中国电子信息产业发展研究院", kind="research",
                 section="产业前沿", sid="", icp="京ICP备05053011号", org="中国电子信息产业发展研究院",
                 list_fmt="ul_cn_time",
                 selectors=dict(title="h1.arti-title", date="span.arti-update", source="span.arti-source",
                                body="div.v_news_content")),
    "secrss": dict(host="www.secrss.com", name="安全内参", list="articles/index.html", column="最新文章",
                   style="no-meta", issuer="安全内参", kind="research", section="产业前沿", sid="",
                   icp="京ICP备17067349号", org="安全内参", list_fmt="ul_datetime",
                   selectors=dict(title="div.article-header > h1", date="span.publish-time",
                                  source="span.article-source", body="div.article-body")),
    "sicsi": dict(host="www.sicsi.org.cn", name="赛博研究院", list="Home/Index/news/cid/12.html",
                  column="研究观点", style="no TRS meta (Open Graph meta only)", issuer="赛博研究院",
                  kind="research", section="产业前沿", sid="", icp="沪ICP备16050577号", org="上海赛博网络安全产业创新研究院",
                  list_fmt="ul_date",
                  selectors=dict(title="h2.news-title", date="div.news-meta time", source="span.news-from",
                                 body="div.news-content")),
    "expo": dict(host="www.bigdata-expo.cn", name="中国国际大数据产业博览会", list="news/index.html",
                 column="新闻中心", style="no-meta", issuer="数博会执委会", kind="guizhou", section="数谷动态",
                 sid="", icp="黔ICP备15006476号", org="数博会执委会", list_fmt="ul_date",
                 selectors=dict(title="div.detail-hd h3", date="div.detail-hd em.time",
                                source="div.detail-hd em.origin", body="div.detail-bd")),
    "gywb": dict(host="www.gywb.cn", name="贵阳网", list="xwzx/index.html", column="新闻中心",
                 style="no-meta", issuer="贵阳网", kind="guizhou", section="数谷动态", sid="",
                 icp="黔ICP备10000987号", org="贵阳日报传媒集团", list_fmt="ul_datetime",
                 selectors=dict(title="h1.article-title", date="span.date", source="span.source",
                                body="div.article-content")),
}
SITE_ORDER = ["cac", "miit", "sc", "hz", "court", "hebei", "henan", "qd", "ah", "jn", "sh",
              "cics", "cesi", "ccid", "secrss", "sicsi", "expo", "gywb"]

# --------------------------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------------------------
T, SEEDS = texts()

SEED_TITLES = {}
for _f in ("2024-20", "2023-16"):
    with open(os.path.join(os.environ.get("SEED_DIR", "/work/shared/reference/seed-issues"), _f + ".json"),
              encoding="utf-8") as fh:
        SEED_TITLES[_f] = [it["title"] for it in json.load(fh)["items"]]

# kind: on = in-week on-topic, off = in-week off-topic, old = before the week
ART = []


def art(site, path, title, date, source, section, key=None, paras=None, kind="on", seed_title=None,
        **extra):
    d = dict(site=site, path=path, title=title, date=date, source=source, section=section, key=key,
             paras=paras if paras is not None else T[key], kind=kind, extra=extra)
    if key:
        f, i = SEEDS[key]
        d["seed"] = "%s#%d" % (f, i)
        d["seed_title"] = seed_title or SEED_TITLES[f][i]
    ART.append(d)
    return d


# ---- 国策要论
art("cac", "2024-05/29/c_1718573626118437.htm",
    "中央网信办等三部门印发《信息化标准建设行动计划（2024—2027年）》", "2024-05-29 10:30", "中国网信网",
    "国策要论", "cac_xxhbz", keywords="信息化标准 行动计划", bold=r"[一二三四]是[^，。]*")
art("cac", "2024-05/31/c_1718812345678901.htm",
    "国家互联网信息办公室 工业和信息化部 公安部 财政部 国家认证认可监督管理委员会关于调整网络安全专用产品安全管理有关事项的公告",
    "2024-05-31 16:00", "中国网信网", "国策要论", "cac_wlaq", keywords="网络安全专用产品 安全认证 安全检测",
    center_first=True)
art("miit", "ztzl/rdzt/gyhhlw/wjfb/art/2024/art_f4876c32e07244a69a44e7ad8bba4e9f.html",
    "工业和信息化部办公厅关于印发《工业互联网专项工作组2024年工作计划》的通知", "2024-05-30 09:00",
    "工业和信息化部", "国策要论", "miit_gyhlw", keywords="工业互联网 工作计划", column="文件发布")
# ---- 地方新政
art("sc", "sfgw/qtwj/2024/5/28/1b825ba95b9c4a66a922acef039be69b.html",
    "四川省发展改革委等16部门印发《四川省2024年“数据要素×”重点工作方案》", "2024-05-28 17:20",
    "四川省发展和改革委员会", "地方新政", "sc_sjys", column="其他文件")
art("hz", "art/2024/5/30/art_1229252271_4268982.html",
    "杭州市融资担保集团、市经信局联合印发《支持中小企业数字化转型金融支持方案》", "2024-05-30 14:20",
    "杭州市经济和信息化局", "地方新政", "hz_jrzc")
art("court", "xwzx/fydt/202405/t20240528_1183.html",
    "杭州互联网法院发布《引导企业数据健康发展行为指引》", "2024-05-28 11:40", "杭州互联网法院", "地方新政",
    "court_xwzy")
art("hebei", "hbgyhxxht/zcfg30/snzc/961070/index.html",
    "河北出台新政 优化算力布局推动人工智能产业创新发展", "2024-05-31 10:00", "河北省人民政府", "地方新政",
    "hebei_sl", bold=r"[一二三]是[^。]*。")
art("henan", "2024/05-29/3000099.html",
    "河南省工信厅等五部门联合发文 支持高校教师创办软件企业", "2024-05-29 11:05", "河南省工业和信息化厅",
    "地方新政", "henan_rj", gbk=True)
art("qd", "kj/202405/t20240530_8040768.html",
    "《青岛市人工智能产业创新发展行动计划（2024—2026年）》发布", "2024-05-30 09:30", "青岛市工业和信息化局",
    "地方新政", "qd_ai", bold=r"^[^，。]{2,8}方面")
art("ah", "sy/wjgg/149442811.html",
    "关于公开征求《安徽省人形机器人产业发展行动计划（2024—2027年）》（征求意见稿）意见的公告",
    "2024-05-29 18:00", "安徽省工业和信息化厅", "地方新政", "ah_rxjqr", bold=r"(?:小脑|检验检测)方面")
art("jn", "art/2024/5/28/art_38864_4892432.html",
    "《河北省数据流通交易管理办法（试行）》公开征求意见", "2024-05-28 09:41", "河北省数据和政务服务局",
    "地方新政", "jn_hbjy")
art("jn", "art/2024/5/29/art_38864_4892517.html",
    "《河北省公共数据授权运营管理办法（试行）》公开征求意见", "2024-05-29 10:15", "河北省数据和政务服务局",
    "地方新政", "jn_hbsq", seed_title="《河北省公共数据授权运营管理办法（试行）》 公开征求意见 (folded into 2024-20#9)")
art("jn", "art/2024/5/31/art_38864_4893105.html",
    "《济南市数据登记暂行办法》公开征求意见", "2024-05-31 16:02", "济南市大数据局", "地方新政", "jn_sjdj",
    seed_title="《济南市数据登记暂行办法》公开征求意见 (folded into 2024-20#9)")
art("sh", "gg/20240603/7d3c9a1e5b2f4e6c8a0b1d2e3f4a5b6c.html",
    "上海市经济信息化委关于印发《上海市推进算力资源统一调度指导意见》的通知", "2024-06-03 17:30",
    "上海市经济和信息化委员会", "地方新政", "sh_slfd")
# ---- 产业前沿
art("miit", "gxsj/tjfx/rjy/art/2024/art_3b5c1c0e2e1d4b8f9a6c7d2e5f4a1b3c.html",
    "2024年1—4月份软件业经济运行情况", "2024-05-28 15:30", "工业和信息化部运行监测协调局", "产业前沿",
    "miit_rjy", keywords="软件业 运行情况", column="软件业", figures=True, table=True,
    bold_first=True)
art("miit", "gxsj/tjfx/dzxx/art/2024/art_9d0e6a7b8c2f4d3e91a5b6c7d8e9f0a1.html",
    "2024年1—4月份电子信息制造业运行情况", "2024-05-29 15:30", "工业和信息化部运行监测协调局", "产业前沿",
    "miit_dzxx", keywords="电子信息制造业 运行情况", column="电子信息制造业", figures=True,
    seed_title="工信部发布 2024 年 1—4 月 电子信息制造业运行情况 (folded into 2024-20#14)")
art("cics", "xwzx/zxdt/202405/t20240529_2315.html",
    "《全国数据资源调查报告（2023年）》发布", "2024-05-29 16:20", "国家工业信息安全发展研究中心", "产业前沿",
    "cics_sjzy", bold=r"[一二三四]是[^。]*。")
art("cesi", "202405/10412.html",
    "《人工智能伦理治理标准化指南》发布", "2024-05-30 14:00", "中国电子技术标准化研究院", "产业前沿",
    "cesi_aiet")
art("ccid", "info/1105/38710.htm",
    "赛迪研究院发布《2023—2024中国区块链年度发展报告》", "2024-05-30 09:12", "中国电子信息产业发展研究院",
    "产业前沿", "ccid_qkl")
art("secrss", "articles/66412.html",
    "英国竞争与市场管理局发布《人工智能战略更新》", "2024-06-01 08:30", "“DataLaw前沿观察站”微信公众号",
    "产业前沿", "secrss_cma")
art("sicsi", "Home/Index/news_detail/id/1180.html",
    "赛博研究院｜美国国土安全部发布战略计划聚焦数字前沿科技", "2024-06-02 10:00", "赛博研究院", "产业前沿",
    "sicsi_dhs")
# ---- 数谷动态
art("expo", "news/detail/1538.html",
    "2024数博会将于8月在贵阳举办", "2024-06-03 09:00", "数博会执委会", "数谷动态", "expo_2024")
art("gywb", "content/2024-06/01/content_5312478.htm",
    "贵阳贵安数字经济增加值占地区生产总值比重超过50%", "2024-06-01 07:50", "动静新闻", "数谷动态",
    "gywb_szjj")

# ---- off-topic, inside the week
art("sc", "sfgw/gzdt/2024/5/31/7c1e2f9a3b8d4c6e9f0a1b2c3d4e5f60.html",
    "省发展改革委赴凉山州督导检查防汛减灾和安全生产工作", "2024-05-31 18:05", "四川省发展和改革委员会", None,
    kind="off", column="工作动态", paras=[
        "5月29日至30日，省发展改革委党组成员、副主任带队赴凉山州，督导检查主汛期防汛减灾和安全生产工作。",
        "督导组一行先后来到西昌市、德昌县，实地察看在建重点项目施工现场、地质灾害隐患点和河道行洪情况，详细了解防汛应急预案修订、物资储备、人员值守和群众转移避险等工作落实情况。",
        "督导组强调，当前已进入主汛期，要时刻绷紧防汛安全这根弦，压紧压实各方责任，加强雨情水情监测预警，抓好在建项目工地、临水临崖路段等重点部位的隐患排查整治，确保人民群众生命财产安全。",
    ])
art("gywb", "content/2024-06/02/content_5312901.htm",
    "“爽爽贵阳·健康同行”全民健身徒步活动在观山湖公园举行", "2024-06-02 15:20", "贵阳日报", None, kind="off",
    paras=[
        "6月2日上午，“爽爽贵阳·健康同行”2024年贵阳市全民健身徒步活动在观山湖公园举行，2000余名市民群众参加。",
        "活动路线全长约8公里，沿途设置了趣味打卡点和补给站。参与者中既有老年徒步爱好者，也有带着孩子的年轻家庭，大家边走边欣赏湖光山色，在运动中感受城市生态之美。",
        "据悉，今年以来，贵阳市持续开展“全民健身月”系列活动，推动体育健身设施向社区延伸，让市民在家门口就能享受运动的乐趣。",
    ])

# ---- older pages (before the week): linked from the list pages, must be skipped by date
OLD = {
    "cac": [("2024-05/24/c_1718212345678901.htm", "第七届数字中国建设峰会在福州开幕", "2024-05-24 10:05"),
            ("2024-05/10/c_1716987654321098.htm", "国家互联网信息办公室发布2024年第二批深度合成服务算法备案信息", "2024-05-10 17:00")],
    "miit": [("gxsj/tjfx/txy/art/2024/art_5e1f2a3b4c5d6e7f8091a2b3c4d5e6f7.html", "2024年1—4月份通信业经济运行情况", "2024-05-21 15:30"),
             ("xwfb/gxdt/art/2024/art_0a1b2c3d4e5f60718293a4b5c6d7e8f9.html", "工业和信息化部召开制造业数字化转型工作推进会", "2024-05-16 18:20"),
             ("xwfb/gxdt/art/2024/art_1f2e3d4c5b6a79880716253443526170.html", "工业和信息化部部署开展2024年中小企业数字化赋能专项行动", "2024-05-27 17:40")],
    "sc": [("sfgw/gzdt/2024/5/20/2a9f3c1e7d6b4a5c8e0f1b2c3d4e5f6a.html", "省发展改革委召开全省数字经济重点项目调度会", "2024-05-20 16:30"),
           ("sfgw/qtwj/2024/5/13/9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b.html", "关于组织申报2024年省级服务业发展引导资金项目的通知", "2024-05-13 09:15")],
    "hz": [("art/2024/5/22/art_1229252271_4266031.html", "关于开展2024年杭州市中小企业数字化转型服务商遴选工作的通知", "2024-05-22 15:10"),
           ("art/2024/5/14/art_1229252271_4264418.html", "杭州市经信局召开2024年第二季度工业经济运行分析会", "2024-05-14 10:00")],
    "court": [("xwzx/fydt/202405/t20240520_1171.html", "杭州互联网法院召开网络知识产权司法保护新闻发布会", "2024-05-20 16:00"),
              ("xwzx/fydt/202405/t20240510_1158.html", "杭州互联网法院开展“国家安全教育日”普法宣传活动", "2024-05-10 09:30")],
    "hebei": [("hbgyhxxht/zcfg30/snzc/960512/index.html", "河北省制造业数字化转型行动方案（2024—2026年）政策解读", "2024-05-17 11:20"),
              ("hbgyhxxht/zcfg30/snzc/959877/index.html", "关于组织开展2024年度省级工业互联网平台遴选工作的通知", "2024-05-08 15:00")],
    "henan": [("2024/05-27/2998816.html", "关于开展2024年河南省软件和信息技术服务业重点企业运行监测的通知", "2024-05-27 17:30"),
              ("2024/05-15/2991150.html", "省工信厅召开全省工业和信息化系统安全生产工作视频会议", "2024-05-15 10:00")],
    "qd": [("kj/202405/t20240521_8031277.html", "青岛市2024年度工业互联网示范项目名单公示", "2024-05-21 16:45"),
           ("kj/202405/t20240509_8012093.html", "关于组织开展2024年青岛市人工智能典型应用场景征集工作的通知", "2024-05-09 09:30")],
    "ah": [("sy/wjgg/149438220.html", "关于公布2024年安徽省数字化转型标杆企业名单的通告", "2024-05-23 17:10"),
           ("sy/wjgg/149430576.html", "关于征集2024年度安徽省工业互联网典型应用案例的通知", "2024-05-11 10:30")],
    "jn": [("art/2024/5/27/art_38864_4892011.html", "国家数据局召开数据要素市场化配置改革工作座谈会", "2024-05-27 15:50"),
           ("art/2024/5/20/art_38864_4889903.html", "济南市公共数据运营平台累计上架数据产品超过百个", "2024-05-20 11:05"),
           ("art/2024/5/13/art_38864_4887126.html", "《山东省公共数据开放办法》解读", "2024-05-13 09:00")],
    "sh": [("gg/20240522/4f6e8d0c2b4a49688a7c5e3d1b9f7a52.html", "关于开展2024年度上海市软件和集成电路企业设计人员综合费用补贴申报工作的通知", "2024-05-22 14:00"),
           ("gg/20240510/0e2c4a6b8d0f4e1a9c3b5d7f9e1a3c5b.html", "关于组织申报2024年度上海市人工智能产业发展专项资金项目的通知", "2024-05-10 10:20")],
    "cics": [("xwzx/zxdt/202405/t20240522_2301.html", "国家工业信息安全发展研究中心参加第七届数字中国建设峰会", "2024-05-22 09:40"),
             ("xwzx/zxdt/202405/t20240514_2288.html", "中心召开2024年工业数据安全工作研讨会", "2024-05-14 16:00")],
    "cesi": [("202405/10391.html", "电子标准院承办的人工智能标准化研讨会在京召开", "2024-05-21 10:00"),
             ("202405/10375.html", "电子标准院发布《数据资产管理实践白皮书》", "2024-05-15 15:30")],
    "ccid": [("info/1105/38652.htm", "赛迪研究院发布《2024年中国工业互联网平台发展指数报告》", "2024-05-24 10:00"),
             ("info/1105/38601.htm", "赛迪研究院召开2024年第二季度形势分析会", "2024-05-17 09:00")],
    "secrss": [("articles/66207.html", "欧盟《人工智能法》获理事会最终批准", "2024-05-22 09:10"),
               ("articles/66031.html", "美国国家标准与技术研究院发布生成式人工智能风险管理框架草案", "2024-05-13 11:25")],
    "sicsi": [("Home/Index/news_detail/id/1172.html", "赛博研究院｜欧盟《人工智能法》要点解读", "2024-05-23 10:00"),
              ("Home/Index/news_detail/id/1166.html", "赛博研究院｜全球数据跨境流动规则观察（2024年4月）", "2024-05-09 10:00")],
    "expo": [("news/detail/1531.html", "2024数博会“数据要素×”大赛贵州分赛启动报名", "2024-05-27 16:00"),
             ("news/detail/1522.html", "数博会十周年主题征集活动启动", "2024-05-15 10:30")],
    "gywb": [("content/2024-05/27/content_5310032.htm", "贵阳市启动端午节前食品安全专项检查", "2024-05-27 18:40"),
             ("content/2024-05/20/content_5306541.htm", "贵阳贵安召开算力产业发展推进会", "2024-05-20 20:15"),
             ("content/2024-05/12/content_5301187.htm", "花溪十里河滩迎来赏荷季", "2024-05-12 08:30")],
}
for sk, rows in OLD.items():
    s = SITES[sk]
    for path, title, date in rows:
        src = {"gywb": "贵阳日报", "expo": "数博会执委会"}.get(sk, s.get("short", s["name"]))
        art(sk, path, title, date, src,
            None, kind="old", paras=[
                "近日，%s相关工作取得新进展。" % s["org"],
                "“%s”的详细内容请见附件或相关链接。下一步，将持续抓好各项任务落实。" % title,
            ])

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

def rel(from_path, to_path):
    """Relative URL from the page at from_path to to_path (both site-relative, host included)."""
    r = posixpath.relpath(to_path, posixpath.dirname(from_path))
    return r if r.startswith("..") else "./" + r


def full(a):
    return SITES[a["site"]]["host"] + "/" + a["path"]


def list_full(sk):
    s = SITES[sk]
    return s["host"] + "/" + s["list"]


HEAD_RE = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
FIG_RE = re.compile(r"^图\s?(\d+)\s*(.*)$")


def png(w=320, h=160, seed=0):
    """A small valid PNG: a grey frame with a few coloured bars (stands in for a chart)."""
    rows = []
    bars = [(40 + 20 * ((seed + i) % 5)) for i in range(6)]
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            c = (255, 255, 255)
            if x in (0, w - 1) or y in (0, h - 1):
                c = (180, 180, 180)
            else:
                bi = (x - 20) // 48
                if 0 <= bi < 6 and (x - 20) % 48 < 30 and y > h - 20 - bars[bi]:
                    c = (46, 110, 180) if bi % 2 == 0 else (230, 120, 40)
            row += bytes(c)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


IMAGES = []  # (site-relative path, bytes)


def body_html(a, mode):
    """Paragraphs → HTML. mode: trs | hanweb | plain."""
    x = a["extra"]
    out = []
    ind = "　　" if mode == "hanweb" else ""
    pstyle = ' style="text-indent: 2em;"' if mode == "trs" else ""
    fig_n = 0
    for i, p in enumerate(a["paras"]):
        m = FIG_RE.match(p)
        if x.get("figures") and m:
            fig_n += 1
            stamp = a["date"][:10].replace("-", "")
            name = "W0%s%09d%02d.png" % (stamp, 553371190 + len(IMAGES), fig_n)
            img_path = posixpath.join(posixpath.dirname(full(a)), name)
            IMAGES.append((img_path, png(seed=len(IMAGES))))
            out.append('<p style="text-align: center;"><img src="./%s" alt="" oldsrc="%s" width="600"></p>'
                       % (name, name))
            out.append('<p style="text-align: center;">%s</p>' % E(p))
            continue
        t = E(p)
        if "**" in t:
            t = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)
        if x.get("bold"):
            t = re.sub(x["bold"], lambda mm: "<strong>%s</strong>" % mm.group(0), t, flags=re.M)
        if HEAD_RE.match(p) and len(p) < 40:
            out.append("<p%s><strong>%s</strong></p>" % (pstyle, t))
            continue
        if x.get("center_first") and i == 0:
            out.append('<p style="text-align: center;">%s</p>' % t)
            continue
        if x.get("bold_first") and not p.startswith("1—4") and "。" in p:
            head, rest = t.split("。", 1)
            if len(head) < 24:
                t = "<strong>%s。</strong>%s" % (head, rest)
        out.append("<p%s>%s%s</p>" % (pstyle, ind, t))
        if x.get("table") and p.startswith("主要软件大省"):
            out.append(SOFT_TABLE)
    return "\n".join(out)


SOFT_TABLE = """<p style="text-align: center;"><strong>表1 2024年1—4月份软件业务收入前5名省市</strong></p>
<table border="1" cellspacing="0" cellpadding="4" align="center" style="border-collapse: collapse; width: 560px;">
<tbody>
<tr><td align="center"><strong>省市</strong></td><td align="center"><strong>软件业务收入（亿元）</strong></td><td align="center"><strong>同比增长（%）</strong></td></tr>
<tr><td align="center">北京</td><td align="right">8828</td><td align="right">16.9</td></tr>
<tr><td align="center">广东</td><td align="right">7147</td><td align="right">12.6</td></tr>
<tr><td align="center">江苏</td><td align="right">4455</td><td align="right">8.3</td></tr>
<tr><td align="center">山东</td><td align="right">3956</td><td align="right">10.1</td></tr>
<tr><td align="center">浙江</td><td align="right">2820</td><td align="right">4.9</td></tr>
<tr><td align="center">合计</td><td align="right">27206</td><td align="right">—</td></tr>
</tbody>
</table>"""


def desc(a, n=90):
    s = "".join(a["paras"])
    s = re.sub(r"\*\*", "", s)
    return s[:n]


def kw(a):
    return a["extra"].get("keywords", "")


def siblings(a, n=4):
    """Other pages of the same site (for 相关链接 / 上一篇 下一篇)."""
    return [b for b in ART if b["site"] == a["site"] and b is not a][:n]


def related_ul(a, cls="related"):
    items = "\n".join('<li><a href="%s" target="_blank" title="%s">%s</a></li>'
                      % (rel(full(a), full(b)), A(b["title"]), E(b["title"])) for b in siblings(a))
    return '<div class="%s"><h3>相关链接</h3><ul>\n%s\n</ul></div>' % (cls, items)


def nav(items, cls="nav"):
    return '<ul class="%s">%s</ul>' % (cls, "".join('<li><a href="javascript:void(0)">%s</a></li>' % i
                                                     for i in items))


SHARE = """<div class="share">分享到：<a href="javascript:void(0)" class="wx" title="微信">微信</a> <a href="javascript:void(0)" class="wb" title="微博">微博</a> <a href="javascript:void(0)" class="qq" title="QQ空间">QQ空间</a></div>"""

CSS_BASE = """body{margin:0;font:14px/1.8 "Microsoft YaHei","微软雅黑",SimSun,sans-serif;color:#333;background:#f4f4f4}
a{color:#333;text-decoration:none}ul{list-style:none;margin:0;padding:0}
.w1200{width:1200px;margin:0 auto}.header{background:%(c)s;color:#fff}.header .logo{font-size:28px;font-weight:bold;padding:24px 0}
.nav{background:%(d)s;overflow:hidden}.nav li{float:left}.nav li a{display:block;color:#fff;padding:10px 22px;font-size:16px}
.bread{padding:12px 0;color:#666}.main{background:#fff;padding:30px 60px;min-height:500px}
.footer{background:#333;color:#bbb;text-align:center;padding:20px 0;font-size:12px;line-height:2}
.list li{border-bottom:1px dashed #ddd;padding:8px 0;overflow:hidden}.list li span{float:right;color:#999}"""


def footer(s, extra=""):
    sid = ("　网站标识码：%s" % s["sid"]) if s["sid"] else ""
    return ('<div class="footer"><div class="w1200">\n<p><a href="javascript:void(0)">关于我们</a> | '
            '<a href="javascript:void(0)">网站地图</a> | <a href="javascript:void(0)">联系我们</a> | '
            '<a href="javascript:void(0)">隐私声明</a></p>\n<p>主办单位：%s　版权所有：%s</p>\n'
            '<p><a href="javascript:void(0)">%s</a>%s　<a href="javascript:void(0)">公网安备 00000000000000号</a></p>%s\n'
            '</div></div>' % (s["org"], s["org"], s["icp"], sid, extra))


# --------------------------------------------------------------------------------------------
# Article templates
# --------------------------------------------------------------------------------------------

def trs_meta(a, s, column=None):
    return """<meta name="SiteName" content="{site}">
<meta name="SiteDomain" content="{host}">
<meta name="SiteIDCode" content="{sid}">
<meta name="ColumnName" content="{col}">
<meta name="ColumnType" content="">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{src}">
<meta name="Keywords" content="{kw}">
<meta name="Author" content="{src}">
<meta name="Description" content="{desc}">
<meta name="Url" content="">""".format(site=A(s["name"]), host=s["host"], sid=s["sid"],
                                         col=A(column or a["extra"].get("column") or s["column"]),
                                         title=A(a["title"]), date=a["date"], src=A(a["source"]),
                                         kw=A(kw(a)), desc=A(desc(a)))


def tpl_cac(a, s):
    lst = rel(full(a), list_full(a["site"]))
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>{title}_中国网信网</title>
{meta}
<style type="text/css">
{css}
.title{{font-size:26px;text-align:center;color:#1a1a1a;line-height:1.5;margin:10px 0 16px}}
.info{{text-align:center;color:#888;border-bottom:1px solid #e5e5e5;padding-bottom:12px}}.info span{{margin:0 10px}}
.main-content{{font-size:16px;line-height:2;padding:20px 0}}.related h3{{border-left:4px solid #b50000;padding-left:8px;font-size:16px}}
</style>
</head>
<body>
<div class="topbar"><div class="w1200"><span>{today}</span> <a href="javascript:void(0)">English</a> <a href="javascript:void(0)">无障碍</a> <a href="javascript:void(0)">手机版</a></div></div>
<div class="header"><div class="w1200"><div class="logo"><a href="javascript:void(0)" style="color:#fff">中国网信网</a> <small>中共中央网络安全和信息化委员会办公室 中华人民共和国国家互联网信息办公室</small></div></div></div>
<div class="nav-wrap" style="background:#8f0000"><div class="w1200">{nav}</div></div>
<div class="w1200">
<div class="bread">当前位置：<a href="javascript:void(0)">首页</a> &gt; <a href="{lst}">信息化</a> &gt; 正文</div>
<div class="main">
<h1 class="title" id="title">{h_title}</h1>
<div class="info"><span id="pubtime">{date}:00</span><span id="source">来源：{src}</span><span class="fontsize">【字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</span><a href="javascript:window.print()">【打印】</a></div>
<div class="main-content" id="content">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV,.TRS_Editor TD,.TRS_Editor TH,.TRS_Editor SPAN,.TRS_Editor TBODY{{font-family:宋体;font-size:12pt;}}
</style>
{body}
</div>
</div>
<div class="editor" style="text-align:right;color:#888">【责任编辑：{editor}】</div>
{share}
{related}
</div>
</div>
{footer}
</body>
</html>
""".format(title=E(a["title"]), meta=trs_meta(a, s), css=CSS_BASE % dict(c="#b50000", d="#8f0000"),
           today="2024年6月3日 星期一", nav=nav(["首页", "网信要闻", "权威发布", "政策法规", "网络安全", "信息化", "网络传播", "网络法治", "国际交流"]),
           lst=lst, h_title=E(a["title"]), date=a["date"], src=E(a["source"]), body=body_html(a, "trs"),
           editor="赵晓", share=SHARE, related=related_ul(a), footer=footer(s))


def tpl_miit(a, s):
    lst = rel(full(a), list_full(a["site"]))
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}_工业和信息化部</title>
{meta}
<style type="text/css">
{css}
#con_title{{font-size:24px;text-align:center;font-weight:bold;margin:20px 0 10px}}
.cinfo{{text-align:center;color:#777;font-size:14px;margin-bottom:18px}}.cinfo span{{margin:0 12px}}
#con_con{{font-size:16px;line-height:2}}#con_con table td{{border:1px solid #999}}
.wzy{{margin-top:20px;border-top:1px solid #ddd;padding-top:10px}}.wzy a{{display:block;color:#225599}}
</style>
</head>
<body>
<div class="header"><div class="w1200"><div class="logo"><a href="javascript:void(0)" style="color:#fff">中华人民共和国工业和信息化部</a></div>
<div class="search"><form action="javascript:void(0)"><input type="text" name="q" value="请输入关键字"><input type="submit" value="搜索"></form></div></div></div>
<div style="background:#0b4c8c"><div class="w1200">{nav}</div></div>
<div class="w1200">
<div class="bread">当前位置：<a href="javascript:void(0)">首页</a> &gt; <a href="javascript:void(0)">{col0}</a> &gt; <a href="{lst}">工信动态</a> &gt; 正文</div>
<div class="main">
<div class="ctitle"><h1 id="con_title">{h_title}</h1></div>
<div class="cinfo center"><span id="con_time">发布时间：{date}</span><span>来源：{src}</span><span><a href="javascript:void(0)">【打印】</a> <a href="javascript:window.close()">【关闭】</a></span></div>
<div id="con_con" class="ccontent center">
<div class="TRS_Editor">
{body}
</div>
</div>
{share}
<div class="wzy">
{sib}
</div>
</div>
</div>
{footer}
<script type="text/javascript">var _trs_uv = "", _trs_ref = document.referrer;</script>
</body>
</html>
""".format(title=E(a["title"]), meta=trs_meta(a, s), css=CSS_BASE % dict(c="#0f5ca8", d="#0b4c8c"),
           nav=nav(["首页", "机构", "新闻", "政务公开", "政务服务", "公众参与", "专题专栏"]),
           col0=E(a["extra"].get("column") or "新闻发布"), lst=lst, h_title=E(a["title"]),
           date=a["date"][:10], src=E(a["source"]), body=body_html(a, "trs"), share=SHARE,
           sib="\n".join('<a href="%s">%s：%s</a>' % (rel(full(a), full(b)), lab, E(b["title"]))
                         for lab, b in zip(["上一篇", "下一篇"], siblings(a, 2))),
           footer=footer(s, "<p>地址：北京市西长安街13号　邮编：100804</p>"))


def tpl_trs_generic(a, s, color="#1b5ea8", body_wrap=('<div class="article-body">', "</div>"),
                    title_tag=("h2", "art-title"), info_fmt="<span>发布时间：{d}</span><span>来源：{src}</span>",
                    suffix=None, lang_meta=True):
    lst = rel(full(a), list_full(a["site"]))
    t_open = '<%s class="%s">' % title_tag
    t_close = "</%s>" % title_tag[0]
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{title}_{suffix}</title>
{meta}
<style type="text/css">
{css}
.art-title{{font-size:24px;text-align:center;color:#222;margin:16px 0}}
.art-info{{text-align:center;color:#888;border-bottom:1px solid #eee;padding-bottom:10px}}.art-info span{{margin:0 10px}}
.article-body{{font-size:16px;line-height:2;padding:18px 0}}
</style>
</head>
<body>
<div class="header"><div class="w1200"><div class="logo"><a href="javascript:void(0)" style="color:#fff">{site}</a></div></div></div>
<div style="background:{color}"><div class="w1200">{nav}</div></div>
<div class="w1200">
<div class="bread">您当前的位置：<a href="javascript:void(0)">首页</a> &gt; <a href="{lst}">{col}</a></div>
<div class="main">
{t_open}{h_title}{t_close}
<div class="art-info">{info}<span class="fontsize">字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a></span></div>
{bw0}<div class="TRS_Editor">
{body}
</div>{bw1}
<div class="fj" style="margin-top:16px"></div>
{share}
{related}
</div>
</div>
{footer}
</body>
</html>
""".format(title=E(a["title"]), suffix=E(suffix or s["name"]), meta=trs_meta(a, s),
           css=CSS_BASE % dict(c=color, d=color), site=E(s["name"]), color=color,
           nav=nav(["首页", "机构概况", "新闻动态", "政务公开", "政策文件", "政务服务", "互动交流"]),
           lst=lst, col=E(s["column"]), t_open=t_open, t_close=t_close, h_title=E(a["title"]),
           info=info_fmt.format(d=a["date"], d10=a["date"][:10], src=E(a["source"])),
           bw0=body_wrap[0], bw1=body_wrap[1], body=body_html(a, "trs"), share=SHARE,
           related=related_ul(a), footer=footer(s))


def tpl_qd(a, s):
    return tpl_trs_generic(a, s, color="#0060a8", info_fmt="<span>时间：{d}</span><span>来源：{src}</span>")


def tpl_court(a, s):
    return tpl_trs_generic(a, s, color="#7b1d1d", body_wrap=('<div class="detail_con">', "</div>"),
                           title_tag=("h1", "detail_title"),
                           info_fmt='<span class="time">发布日期：{d10}</span><span class="from">来源：{src}</span>')


def tpl_cics(a, s):
    return tpl_trs_generic(a, s, color="#00437a", body_wrap=('<div class="news_text" id="newsText">', "</div>"),
                           title_tag=("h3", "news_title"),
                           info_fmt="<span>发布时间：{d10}</span><span>文章来源：{src}</span>")


def tpl_cesi(a, s):
    return tpl_trs_generic(a, s, color="#003f8a", body_wrap=('<div class="article-content">', "</div>"),
                           title_tag=("h1", "article-tit"),
                           info_fmt="<span>{d}</span><span>来源：{src}</span>")


def tpl_hanweb(a, s):
    """Hanweb 大汉 jcms: table layout, lower-case contentSource meta, #zoom body, <$[...]> markers."""
    lst = rel(full(a), list_full(a["site"]))
    src_meta = "contentSource" if a["site"] == "hz" else "ContentSource"
    return """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{title}</title>
<meta name="Maketime" content="{date}:37">
<meta name="SiteName" content="{site}">
<meta name="SiteDomain" content="{host}">
<meta name="SiteIDCode" content="{sid}">
<meta name="Image" content="">
<meta name="ColumnName" content="{col}">
<meta name="ColumnType" content="">
<meta name="ArticleTitle" content="{a_title}">
<meta name="PubDate" content="{date}">
<meta name="author" content="">
<meta name="description" content="{desc}">
<meta name="keywords" content="">
<meta name="{src_meta}" content="{src}">
<meta name="category" content="">
<meta name="language" content="中文">
<meta name="guid" content="2024{guid}">
<style type="text/css">
{css}
.con-title{{font-size:24px;font-weight:bold;text-align:center;color:#c00;margin:20px 0 10px}}
.con-time{{text-align:center;color:#666;border-bottom:1px solid #ddd;padding-bottom:10px}}.con-time span{{margin:0 12px}}
#zoom{{font-size:16px;line-height:2;padding:20px 10px}}
</style>
</head>
<body>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0" class="header"><tbody><tr>
<td height="120" class="logo"><a href="javascript:void(0)" style="color:#fff">{site}</a></td>
<td align="right"><table border="0" cellpadding="0" cellspacing="0" height="50"><tbody><tr><td valign="top"><input type="text" class="input_text" id="q" name="q" value="请输入关键字"></td><td valign="top"><input type="button" value="搜索"></td></tr></tbody></table></td>
</tr></tbody></table>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0" style="background:#1d4f91"><tbody><tr><td>{nav}</td></tr></tbody></table>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0"><tbody>
<tr><td class="bread">当前位置：<a href="javascript:void(0)">首页</a> &gt; <a href="javascript:void(0)">政务公开</a> &gt; <a href="{lst}">{col}</a></td></tr>
<tr><td valign="top" class="main">
  <div class="con">
    <p class="con-title"> <!--<$[标题]>begin-->{h_title}<!--<$[标题]>end--></p>
    <div class="con-time">
        <span>发布日期：{d10}</span>
        <span>信息来源：<!--<$[信息来源]>begin-->{src}<!--<$[信息来源]>end--></span>
        <span>浏览次数：<script language="javascript">document.write(1024);</script></span>
        <span>字号：[ <a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a> ]</span>
    </div>
    <div class="main-txt" id="zoom"><!--<$[信息内容]>begin-->
{body}
<!--<$[信息内容]>end--></div>
    <div class="main-word" style="clear: both;margin-top:30px;margin-bottom: 5px;">
      <div class="main-word-left"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
    </div>
  </div>
</td></tr></tbody></table>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0"><tbody><tr><td>{footer}</td></tr></tbody></table>
<script type="text/javascript" src="javascript:void(0)"></script>
</body></html>
""".format(title=E(a["title"]), date=a["date"], site=E(s["name"]), host=s["host"], sid=s["sid"],
           col=E(s["column"]), a_title=A(a["title"]), desc=A(desc(a)), src_meta=src_meta, src=A(a["source"]),
           guid=re.sub(r"\D", "", a["path"])[-8:], css=CSS_BASE % dict(c="#1d4f91", d="#1d4f91"),
           nav=nav(["首页", "机构概况", "政务公开", "新闻动态", "政务服务", "互动交流"]), lst=lst,
           h_title=E(a["title"]), d10=a["date"][:10], body=body_html(a, "hanweb"), footer=footer(s))


def tpl_sc(a, s):
    lst = rel(full(a), list_full(a["site"]))
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}- 四川省发展和改革委员会</title>
<meta name="SiteName" content="四川省发展和改革委员会">
<meta name="SiteDomain" content="fgw.sc.gov.cn">
<meta name="SiteIDCode" content="{sid}">
<meta name="ColumnName" content="{col}">
<meta name="ArticleTitle" content="{a_title}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{src}">
<meta name="Keywords" content="">
<style type="text/css">
{css}
.contTit h1{{font-size:24px;text-align:center;margin:18px 0}}.contInfo{{text-align:center;color:#999;font-size:13px}}
.contText{{font-size:16px;line-height:2;padding:20px 0}}
</style>
</head>
<body>
<div class="header"><div class="w1200"><div class="logo"><a href="javascript:void(0)" style="color:#fff">四川省发展和改革委员会</a></div></div></div>
<div style="background:#004b9c"><div class="w1200">{nav}</div></div>
<div class="w1200">
<div class="bread">当前位置：<a href="javascript:void(0)">首页</a> &gt; <a href="{lst}">新闻发布</a> &gt; {col}</div>
<div class="main">
<div class="contTit"><h1>{h_title}</h1></div>
<div class="contInfo">发布日期：{d10} &nbsp;&nbsp; 信息来源：{src} &nbsp;&nbsp; <a href="javascript:void(0)">【打印】</a></div>
<div class="contText" id="cmsArticleContent">
{body}
</div>
{share}
</div>
</div>
{footer}
</body>
</html>
""".format(title=E(a["title"]), sid=s["sid"], col=E(a["extra"].get("column") or s["column"]),
           a_title=A(a["title"]), date=a["date"], src=A(a["source"]),
           css=CSS_BASE % dict(c="#005bbb", d="#004b9c"),
           nav=nav(["首页", "机构职能", "新闻发布", "政务公开", "政务服务", "互动交流", "专题专栏"]),
           lst=lst, h_title=E(a["title"]), d10=a["date"][:10], body=body_html(a, "trs"), share=SHARE,
           footer=footer(s))


def tpl_hebei(a, s):
    lst = rel(full(a), list_full(a["site"]))
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}-河北省工业和信息化厅</title>
<meta name="SiteName" content="河北省工业和信息化厅">
<meta name="SiteDomain" content="gxt.hebei.gov.cn">
<meta name="SiteIDCode" content="{sid}">
<meta name="ColumnName" content="省内政策">
<meta name="ArticleTitle" content="{a_title}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{src}">
<style type="text/css">
{css}
.xl_title{{font-size:24px;text-align:center;color:#0d3f86;margin:16px 0}}
.xl_info{{text-align:center;color:#888;border-bottom:1px solid #ddd;padding-bottom:8px}}#zoom{{font-size:16px;line-height:2;padding:20px 0}}
</style>
</head>
<body>
<div class="header"><div class="w1200"><div class="logo"><a href="javascript:void(0)" style="color:#fff">河北省工业和信息化厅</a></div></div></div>
<div style="background:#0d3f86"><div class="w1200">{nav}</div></div>
<div class="w1200">
<div class="bread">当前位置：<a href="javascript:void(0)">首页</a> &gt; <a href="javascript:void(0)">政策法规</a> &gt; <a href="{lst}">省内政策</a></div>
<div class="main">
<div class="xl_title">{h_title}</div>
<div class="xl_info"><span>发布时间：{d10}</span>&nbsp;&nbsp;&nbsp;<span>来源：{src}</span>&nbsp;&nbsp;&nbsp;<span>【<a href="javascript:void(0)">打印</a>】</span></div>
<div class="article_con" id="zoom">
{body}
</div>
{share}
</div>
</div>
{footer}
</body>
</html>
""".format(title=E(a["title"]), sid=s["sid"], a_title=A(a["title"]), date=a["date"], src=A(a["source"]),
           css=CSS_BASE % dict(c="#1553a8", d="#0d3f86"),
           nav=nav(["首页", "机构设置", "新闻动态", "政策法规", "政务公开", "网上办事", "互动交流"]), lst=lst,
           h_title=E(a["title"]), d10=a["date"][:10], body=body_html(a, "trs"), share=SHARE, footer=footer(s))


def tpl_henan(a, s):
    lst = rel(full(a), list_full(a["site"]))
    charset = "gb2312" if a["extra"].get("gbk") else "utf-8"
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{title}_河南省工业和信息化厅</title>
<meta name="SiteName" content="河南省工业和信息化厅" />
<meta name="SiteDomain" content="gxt.henan.gov.cn" />
<meta name="SiteIDCode" content="{sid}" />
<meta name="ColumnName" content="通知公告" />
<meta name="ArticleTitle" content="{a_title}" />
<meta name="PubDate" content="{date}" />
<meta name="ContentSource" content="{src}" />
<style type="text/css">
body{{margin:0;font:14px/1.8 SimSun,sans-serif;color:#333}}a{{color:#333;text-decoration:none}}ul{{list-style:none;margin:0;padding:0}}
.top{{background:#a40000;color:#fff;height:110px}}.top .logo{{font-size:28px;font-weight:bold;padding:34px 40px}}
.menu{{background:#7d0000;overflow:hidden}}.menu li{{float:left}}.menu li a{{display:block;color:#fff;padding:8px 20px}}
.location{{width:1100px;margin:10px auto;color:#666}}.wrap{{width:1100px;margin:0 auto;background:#fff}}
.tit{{font-size:22px;font-weight:bold;text-align:center;color:#a40000;padding:20px 0 6px}}
.sub{{text-align:center;color:#777;border-bottom:1px solid #ccc;padding-bottom:8px}}
.content{{font-size:16px;line-height:2;padding:20px 40px}}.foot{{background:#eee;text-align:center;padding:16px 0;font-size:12px;color:#666}}
</style>
</head>
<body>
<div class="top"><div class="logo">河南省工业和信息化厅</div></div>
<div class="menu">{nav}</div>
<div class="location">您现在的位置：<a href="javascript:void(0)">首页</a> &gt;&gt; <a href="{lst}">通知公告</a></div>
<div class="wrap">
<div class="tit">{h_title}</div>
<div class="sub">发布时间：{date}&nbsp;&nbsp;&nbsp;&nbsp;来源：{src}&nbsp;&nbsp;&nbsp;&nbsp;【<a href="javascript:void(0)">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="content" id="content">
{body}
</div>
</div>
<div class="foot">主办单位：河南省工业和信息化厅　　<a href="javascript:void(0)">{icp}</a>　　网站标识码：{sid}<br />版权所有：河南省工业和信息化厅</div>
</body>
</html>
""".format(charset=charset, title=E(a["title"]), sid=s["sid"], a_title=A(a["title"]), date=a["date"],
           src=A(a["source"]), nav=nav(["首页", "机构设置", "工作动态", "通知公告", "政策法规", "政务服务", "互动交流"], "menu-ul"),
           lst=lst, h_title=E(a["title"]), body=body_html(a, "hanweb"), icp=s["icp"])


def tpl_ah(a, s):
    lst = rel(full(a), list_full(a["site"]))
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}_安徽省工业和信息化厅</title>
<meta name="SiteName" content="安徽省工业和信息化厅">
<meta name="SiteDomain" content="jx.ah.gov.cn">
<meta name="SiteIDCode" content="{sid}">
<meta name="ColumnName" content="文件公告">
<meta name="ColumnDescription" content="">
<meta name="ColumnKeywords" content="">
<meta name="ColumnType" content="">
<meta name="ArticleTitle" content="{a_title}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{src}">
<meta name="Keywords" content="">
<meta name="Description" content="{desc}">
<style type="text/css">
{css}
.wztit h1{{font-size:24px;text-align:center;color:#0a57a4;margin:16px 0}}
.wzbjxx{{display:flex;justify-content:center;gap:24px;color:#999}}.wzcon{{font-size:16px;line-height:2;padding:20px 0}}
</style>
</head>
<body>
<div class="header"><div class="w1200"><div class="logo"><a href="javascript:void(0)" style="color:#fff">安徽省工业和信息化厅</a></div></div></div>
<div style="background:#0a57a4"><div class="w1200">{nav}</div></div>
<div class="w1200">
<div class="bread">当前位置：<a href="javascript:void(0)">首页</a> &gt; <a href="{lst}">文件公告</a></div>
<div class="main">
<div class="wztit"><h1>{h_title}</h1></div>
<div class="wzbjxx"><p>发布时间：<span>{d16}</span></p><p>来源：<span>{src}</span></p><p>浏览次数：<span class="j-info-hit">567</span></p></div>
<div class="wzcon j-fontContent clearfix">
{body}
</div>
{attach}
{share}
</div>
</div>
{footer}
</body>
</html>
""".format(title=E(a["title"]), sid=s["sid"], a_title=A(a["title"]), date=a["date"], src=A(a["source"]),
           desc=A(desc(a)), css=CSS_BASE % dict(c="#0b63bd", d="#0a57a4"),
           nav=nav(["首页", "机构概况", "新闻中心", "政务公开", "政务服务", "互动交流"]), lst=lst,
           h_title=E(a["title"]), d16=a["date"], body=body_html(a, "trs"),
           attach=('<div class="wzfj"><p>附件：<a href="javascript:void(0)">安徽省人形机器人产业发展行动计划（征求意见稿）.pdf</a></p></div>'
                   if a["key"] == "ah_rxjqr" else ""),
           share=SHARE, footer=footer(s))


def tpl_sh(a, s):
    lst = rel(full(a), list_full(a["site"]))
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="SiteName" content="上海市经济和信息化委员会">
<meta name="SiteDomain" content="www.sheitc.sh.gov.cn">
<meta name="SiteIDCode" content="{sid}">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{a_title}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{src}">
<style type="text/css">
{css}
#ivs_title{{font-size:24px;text-align:center;margin:16px 0}}#ivs_date{{text-align:center;color:#888}}
.Article_content{{font-size:16px;line-height:2;padding:20px 0}}
</style>
</head>
<body>
<div class="header"><div class="w1200"><div class="logo"><a href="javascript:void(0)" style="color:#fff">上海市经济和信息化委员会</a></div></div></div>
<div style="background:#164a8f"><div class="w1200">{nav}</div></div>
<div class="w1200">
<div class="bread">当前位置：<a href="javascript:void(0)">首页</a> &gt; <a href="{lst}">通知公告</a></div>
<div class="main">
<h2 id="ivs_title" class="Article-title">{h_title}</h2>
<div id="ivs_date" class="Article-time">发布时间：{d10}　　来源：{src}</div>
<div id="ivs_content" class="Article_content">
{body}
</div>
{share}
</div>
</div>
{footer}
</body>
</html>
""".format(title=E(a["title"]), sid=s["sid"], a_title=A(a["title"]), date=a["date"], src=A(a["source"]),
           css=CSS_BASE % dict(c="#1d5cab", d="#164a8f"),
           nav=nav(["首页", "机构职能", "新闻动态", "政务公开", "政务服务", "互动交流"]), lst=lst,
           h_title=E(a["title"]), d10=a["date"][:10], body=body_html(a, "trs"), share=SHARE, footer=footer(s))


# ---- no-meta templates ----------------------------------------------------------------------

def tpl_ccid(a, s):
    """VSB (博达) style; no metadata meta tags."""
    lst = rel(full(a), list_full(a["site"]))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{title}-中国电子信息产业发展研究院</title>
<style type="text/css">
{css}
.arti-title{{font-size:24px;text-align:center;color:#004a97;margin:18px 0 8px}}.arti-metas{{text-align:center;color:#999}}.arti-metas span{{margin:0 12px}}
.v_news_content{{font-size:16px;line-height:2;padding:16px 0}}
</style>
</head>
<body>
<div class="header"><div class="w1200"><div class="logo"><a href="javascript:void(0)" style="color:#fff">赛迪 CCID</a> <small>中国电子信息产业发展研究院</small></div></div></div>
<div style="background:#00377a"><div class="w1200">{nav}</div></div>
<div class="w1200">
<div class="bread">当前位置: <a href="javascript:void(0)">首页</a> &gt;&gt; <a href="{lst}">集团新闻</a> &gt;&gt; 正文</div>
<div class="main">
<form name="_newscontent_fromname">
<div class="article">
<h1 class="arti-title">{h_title}</h1>
<p class="arti-metas"><span class="arti-update">发布时间：{d10}</span><span class="arti-source">来源：{src}</span><span class="arti-views">点击数：<script>document.write(2318)</script></span></p>
<div id="vsb_content"><div class="v_news_content">
{body}
</div></div>
<div id="div_vote_id"></div>
</div>
</form>
{share}
<div class="prev-next"><p>上一条：<a href="{prev}">{prev_t}</a></p></div>
</div>
</div>
{footer}
</body>
</html>
""".format(title=E(a["title"]), css=CSS_BASE % dict(c="#004a97", d="#00377a"),
           nav=nav(["首页", "集团概况", "新闻中心", "研究咨询", "赛迪智库", "产业服务", "联系我们"]), lst=lst,
           h_title=E(a["title"]), d10=a["date"][:10], src=E(a["source"]), body=body_html(a, "plain"),
           share=SHARE, prev=rel(full(a), full(siblings(a, 1)[0])), prev_t=E(siblings(a, 1)[0]["title"]),
           footer=footer(s))


def tpl_secrss(a, s):
    lst = rel(full(a), list_full(a["site"]))
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title} - 安全内参 | 决策者的网络安全知识库</title>
<style type="text/css">
{css}
.article-header h1{{font-size:26px;margin:10px 0}}.article-header .meta{{color:#999;font-size:13px}}.article-header .meta span{{margin-right:16px}}
.article-body{{font-size:16px;line-height:1.9;padding:16px 0}}.tags a{{border:1px solid #ccc;padding:2px 8px;margin-right:6px}}
</style>
</head>
<body>
<div class="header"><div class="w1200"><div class="logo"><a href="javascript:void(0)" style="color:#fff">安全内参</a> <small>决策者的网络安全知识库</small></div></div></div>
<div style="background:#222"><div class="w1200">{nav}</div></div>
<div class="w1200">
<div class="main">
<div class="article-header">
<h1>{h_title}</h1>
<div class="meta"><span class="article-source">{src}</span><span class="publish-time">{date}</span><span class="views">阅读量 3,215</span></div>
</div>
<div class="article-body">
{body}
</div>
<div class="tags">关键词：<a href="javascript:void(0)">人工智能</a><a href="javascript:void(0)">竞争监管</a><a href="javascript:void(0)">英国</a></div>
<p class="copyright" style="color:#999;font-size:12px">声明：本文来自{src_plain}，版权归作者所有。文章内容仅代表作者独立观点，不代表安全内参立场。</p>
<div class="more"><a href="{lst}">返回列表</a></div>
</div>
</div>
{footer}
</body>
</html>
""".format(title=E(a["title"]), css=CSS_BASE % dict(c="#111", d="#222"),
           nav=nav(["首页", "政策法规", "产业观察", "威胁情报", "数据安全", "人工智能", "专题"]),
           h_title=E(a["title"]), src=E(a["source"]), src_plain=E(a["source"]), date=a["date"],
           body=body_html(a, "plain"), lst=lst, footer=footer(s))


def tpl_sicsi(a, s):
    lst = rel(full(a), list_full(a["site"]))
    iso = a["date"].replace(" ", "T") + ":00+08:00"
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} - 赛博研究院</title>
<meta name="description" content="{desc}">
<meta property="og:type" content="article">
<meta property="og:title" content="{a_title}">
<meta property="og:site_name" content="赛博研究院">
<meta property="article:published_time" content="{iso}">
<style type="text/css">
{css}
.news-title{{font-size:24px;margin:12px 0}}.news-meta{{color:#888;border-bottom:1px solid #eee;padding-bottom:8px}}.news-meta span,.news-meta time{{margin-right:18px}}
.news-content{{font-size:16px;line-height:1.9;padding:16px 0}}
</style>
</head>
<body>
<div class="header"><div class="w1200"><div class="logo"><a href="javascript:void(0)" style="color:#fff">赛博研究院 SICSI</a></div></div></div>
<div style="background:#0b2d5b"><div class="w1200">{nav}</div></div>
<div class="w1200">
<div class="bread"><a href="javascript:void(0)">首页</a> / <a href="{lst}">研究观点</a></div>
<div class="main">
<h2 class="news-title">{h_title}</h2>
<div class="news-meta"><time datetime="{iso}">{d10}</time><span class="news-from">来源：{src}</span><span class="news-author">作者：赛博研究院研究员</span></div>
<div class="news-content">
{body}
</div>
{share}
</div>
</div>
{footer}
</body>
</html>
""".format(title=E(a["title"]), desc=A(desc(a)), a_title=A(a["title"]), iso=iso,
           css=CSS_BASE % dict(c="#0f3b77", d="#0b2d5b"),
           nav=nav(["首页", "关于我们", "研究观点", "活动资讯", "出版物", "联系我们"]), lst=lst,
           h_title=E(a["title"]), d10=a["date"][:10], src=E(a["source"]), body=body_html(a, "plain"),
           share=SHARE, footer=footer(s))


def tpl_expo(a, s):
    lst = rel(full(a), list_full(a["site"]))
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}-中国国际大数据产业博览会</title>
<style type="text/css">
{css}
.detail-hd h3{{font-size:24px;text-align:center;margin:16px 0 6px}}.detail-hd p{{text-align:center;color:#999}}.detail-hd em{{font-style:normal;margin:0 10px}}
.detail-bd{{font-size:16px;line-height:2;padding:18px 0}}
</style>
</head>
<body>
<div class="header" style="background:#0a1f5c"><div class="w1200"><div class="logo"><a href="javascript:void(0)" style="color:#fff">数博会</a> <small>中国国际大数据产业博览会 China International Big Data Industry Expo</small></div></div></div>
<div style="background:#16307e"><div class="w1200">{nav}</div></div>
<div class="w1200">
<div class="bread">当前位置：<a href="javascript:void(0)">首页</a> &gt; <a href="{lst}">新闻中心</a></div>
<div class="main">
<div class="detail-hd">
<h3>{h_title}</h3>
<p><em class="time">发布时间：{date}</em><em class="origin">来源：{src}</em></p>
</div>
<div class="detail-bd">
{body}
</div>
<div class="detail-ft"><a href="{lst}">返回列表</a></div>
</div>
</div>
{footer}
</body>
</html>
""".format(title=E(a["title"]), css=CSS_BASE % dict(c="#0a1f5c", d="#16307e"),
           nav=nav(["首页", "关于数博会", "新闻中心", "展览", "活动", "大赛", "合作伙伴"]), lst=lst,
           h_title=E(a["title"]), date=a["date"], src=E(a["source"]), body=body_html(a, "plain"),
           footer=footer(s))


def tpl_gywb(a, s):
    lst = rel(full(a), list_full(a["site"]))
    return """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - 贵阳网</title>
<style type="text/css">
{css}
.article-title{{font-size:28px;line-height:1.4;margin:10px 0}}.article-info{{color:#999;border-bottom:1px solid #eee;padding-bottom:8px}}.article-info span{{margin-right:18px}}
.article-content{{font-size:17px;line-height:1.9;padding:16px 0}}.article-content p{{text-indent:2em}}
</style>
</head>
<body>
<div class="header" style="background:#c4161c"><div class="w1200"><div class="logo"><a href="javascript:void(0)" style="color:#fff">贵阳网</a> <small>www.gywb.cn</small></div></div></div>
<div style="background:#9e0f14"><div class="w1200">{nav}</div></div>
<div class="w1200">
<div class="bread">当前位置：<a href="javascript:void(0)">贵阳网</a> &gt; <a href="{lst}">新闻中心</a> &gt; 正文</div>
<div class="main">
<h1 class="article-title">{h_title}</h1>
<div class="article-info"><span class="date">{date}</span><span class="source">来源：{src}</span><span class="editor">编辑：刘洋</span></div>
<div class="article-content">
{body}
</div>
<div class="article-editor" style="text-align:right;color:#999">【责任编辑：刘洋】</div>
{share}
<div class="hot"><h3>热点推荐</h3>{related}</div>
</div>
</div>
{footer}
</body>
</html>
""".format(title=E(a["title"]), css=CSS_BASE % dict(c="#c4161c", d="#9e0f14"),
           nav=nav(["首页", "贵阳", "贵州", "国内", "国际", "数谷", "文旅", "视频"]), lst=lst,
           h_title=E(a["title"]), date=a["date"], src=E(a["source"]), body=body_html(a, "plain"), share=SHARE,
           related=related_ul(a, "related-news"), footer=footer(s))


ART_TPL = {"cac": tpl_cac, "miit": tpl_miit, "sc": tpl_sc, "hz": tpl_hanweb, "jn": tpl_hanweb,
           "court": tpl_court, "hebei": tpl_hebei, "henan": tpl_henan, "qd": tpl_qd, "ah": tpl_ah,
           "sh": tpl_sh, "cics": tpl_cics, "cesi": tpl_cesi, "ccid": tpl_ccid, "secrss": tpl_secrss,
           "sicsi": tpl_sicsi, "expo": tpl_expo, "gywb": tpl_gywb}


# --------------------------------------------------------------------------------------------
# List pages
# --------------------------------------------------------------------------------------------

def list_items(sk):
    s = SITES[sk]
    me = list_full(sk)
    arts = sorted([a for a in ART if a["site"] == sk], key=lambda a: a["date"], reverse=True)
    fmt = s["list_fmt"]
    out = []
    for a in arts:
        href, t, d = rel(me, full(a)), a["title"], a["date"]
        ta = A(t)
        y, m, dd = d[:4], d[5:7], d[8:10]
        if fmt == "ul_span":
            out.append('<li><a href="%s" target="_blank" title="%s">%s</a><span>%s</span></li>' % (href, ta, E(t), d[:10]))
        elif fmt == "ul_date":
            out.append('<li><a href="%s" target="_blank" title="%s">%s</a><span class="date">%s</span></li>' % (href, ta, E(t), d[:10]))
        elif fmt == "ul_bracket":
            out.append('<li><a href="%s" target="_blank" title="%s">%s</a><span class="date">[%s]</span></li>' % (href, ta, E(t), d[:10]))
        elif fmt == "ul_cn_date":
            out.append('<li><a href="%s" target="_blank" title="%s">%s</a><span>%s年%s月%s日</span></li>' % (href, ta, E(t), y, m, dd))
        elif fmt == "ul_cn_time":
            out.append('<li><a href="%s" title="%s">%s</a><span class="time">%s年%s月%s日</span></li>' % (href, ta, E(t), y, m, dd))
        elif fmt == "ul_datetime":
            out.append('<li><a href="%s" target="_blank" title="%s">%s</a><span class="date">%s</span></li>' % (href, ta, E(t), d))
        elif fmt == "ul_date_first":
            out.append('<li><span class="date">%s</span><a href="%s" target="_blank" title="%s">%s</a></li>' % (d[:10], href, ta, E(t)))
        elif fmt == "hanweb_ul":
            out.append('<li><a href="%s" target="_blank" title="%s">%s</a><span class="bt_time">%s</span></li>' % (href, ta, E(t), d[:10]))
        elif fmt == "table":
            out.append('<tr><td class="bt"><a href="%s" target="_blank" title="%s">%s</a></td><td class="rq" align="right">%s</td></tr>' % (href, ta, E(t), d[:10]))
        elif fmt == "hanweb_table":
            out.append('<tr><td width="15" align="center">·</td><td align="left"><a href="%s" target="_blank" title="%s">%s</a></td><td width="100" align="right">[%s]</td></tr>' % (href, ta, E(t), d[:10]))
    return fmt, "\n".join(out)


LIST_CHROME = {
    "cac": ("#b50000", ["首页", "网信要闻", "权威发布", "政策法规", "网络安全", "信息化", "网络传播", "网络法治", "国际交流"]),
    "miit": ("#0f5ca8", ["首页", "机构", "新闻", "政务公开", "政务服务", "公众参与", "专题专栏"]),
    "sc": ("#005bbb", ["首页", "机构职能", "新闻发布", "政务公开", "政务服务", "互动交流", "专题专栏"]),
    "hz": ("#1d4f91", ["首页", "机构概况", "政务公开", "新闻动态", "政务服务", "互动交流"]),
    "court": ("#7b1d1d", ["首页", "法院概况", "新闻中心", "审判执行", "诉讼服务", "司法公开"]),
    "hebei": ("#1553a8", ["首页", "机构设置", "新闻动态", "政策法规", "政务公开", "网上办事", "互动交流"]),
    "henan": ("#a40000", ["首页", "机构设置", "工作动态", "通知公告", "政策法规", "政务服务", "互动交流"]),
    "qd": ("#0060a8", ["首页", "机构概况", "工信要闻", "政务公开", "政策文件", "互动交流"]),
    "ah": ("#0b63bd", ["首页", "机构概况", "新闻中心", "政务公开", "政务服务", "互动交流"]),
    "jn": ("#1d4f91", ["首页", "机构概况", "政务公开", "数据开放", "政务服务", "互动交流"]),
    "sh": ("#1d5cab", ["首页", "机构职能", "新闻动态", "政务公开", "政务服务", "互动交流"]),
    "cics": ("#00437a", ["首页", "中心概况", "新闻中心", "研究成果", "技术服务", "党建工作"]),
    "cesi": ("#003f8a", ["首页", "关于我们", "新闻动态", "标准化研究", "检测认证", "联系我们"]),
    "ccid": ("#004a97", ["首页", "集团概况", "新闻中心", "研究咨询", "赛迪智库", "产业服务", "联系我们"]),
    "secrss": ("#111111", ["首页", "政策法规", "产业观察", "威胁情报", "数据安全", "人工智能", "专题"]),
    "sicsi": ("#0f3b77", ["首页", "关于我们", "研究观点", "活动资讯", "出版物", "联系我们"]),
    "expo": ("#0a1f5c", ["首页", "关于数博会", "新闻中心", "展览", "活动", "大赛", "合作伙伴"]),
    "gywb": ("#c4161c", ["首页", "贵阳", "贵州", "国内", "国际", "数谷", "文旅", "视频"]),
}


def render_list(sk):
    s = SITES[sk]
    color, navs = LIST_CHROME[sk]
    fmt, items = list_items(sk)
    if fmt == "table":
        block = '<table class="list-table" width="100%%" border="0" cellspacing="0" cellpadding="6"><tbody>\n%s\n</tbody></table>' % items
    elif fmt == "hanweb_table":
        block = ('<div id="4306497"><script type="text/javascript">var totalRecord = %d;</script>\n'
                 '<table width="100%%" border="0" cellspacing="0" cellpadding="0" class="tb_list"><tbody>\n%s\n</tbody></table></div>'
                 % (items.count("<tr>"), items))
    elif fmt == "hanweb_ul":
        block = '<div class="default_pgContainer">\n<ul class="list">\n%s\n</ul>\n</div>' % items
    else:
        block = '<ul class="list">\n%s\n</ul>' % items
    pager = ('<div class="page">共1页 <a href="javascript:void(0)">首页</a> <a href="javascript:void(0)">上一页</a> '
             '<span class="cur">1</span> <a href="javascript:void(0)">下一页</a> <a href="javascript:void(0)">尾页</a></div>')
    title = "%s_%s" % (s["column"], s["name"])
    meta = ""
    if s["style"].startswith(("TRS", "Hanweb")):
        meta = ('<meta name="SiteName" content="%s">\n<meta name="SiteDomain" content="%s">\n'
                '<meta name="SiteIDCode" content="%s">\n<meta name="ColumnName" content="%s">\n'
                % (A(s["name"]), s["host"], s["sid"], A(s["column"])))
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
{meta}<style type="text/css">
{css}
.column-title{{font-size:20px;border-bottom:2px solid {color};padding-bottom:6px;margin-bottom:10px}}
.list-table td{{border-bottom:1px dashed #ddd}}.tb_list td{{border-bottom:1px dashed #ddd;padding:6px 0}}
.page{{text-align:center;margin-top:20px;color:#666}}.page a{{margin:0 4px}}
.left-menu{{float:left;width:220px}}.right-list{{margin-left:250px}}
</style>
</head>
<body>
<div class="header"><div class="w1200"><div class="logo"><a href="javascript:void(0)" style="color:#fff">{site}</a></div></div></div>
<div style="background:{color}"><div class="w1200">{nav}</div></div>
<div class="w1200">
<div class="bread">当前位置：<a href="javascript:void(0)">首页</a> &gt; {col}</div>
<div class="main">
<div class="left-menu"><h3>栏目导航</h3>{menu}</div>
<div class="right-list">
<div class="column-title">{col}</div>
{block}
{pager}
</div>
<div style="clear:both"></div>
</div>
</div>
{footer}
</body>
</html>
""".format(title=E(title), meta=meta, css=CSS_BASE % dict(c=color, d=color), site=E(s["name"]),
           color=color, nav=nav(navs), col=E(s["column"]),
           menu=nav(["工作动态", s["column"], "政策文件", "政策解读", "统计数据"], "sub-menu"), block=block,
           pager=pager, footer=footer(s))


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------

def write(path, text, encoding="utf-8"):
    p = os.path.join(SITE, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding=encoding, newline="\n") as f:
        f.write(text)


def in_week(a):
    return WEEK[0] <= a["date"][:10] <= WEEK[1]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for a in ART:
        s = SITES[a["site"]]
        h = ART_TPL[a["site"]](a, s)
        if a["extra"].get("gbk"):
            h.encode("gb2312")  # strict: the declared charset must cover every character
            write(full(a), h, "gb2312")
        else:
            write(full(a), h)
    for path, data in IMAGES:
        p = os.path.join(SITE, path)
        with open(p, "wb") as f:
            f.write(data)
    for sk in SITE_ORDER:
        write(list_full(sk), render_list(sk))
    write_yaml()
    write_truth()


def write_yaml():
    L = ["# Sources for the offline demo. Relative `list` URLs resolve against `base`, which the demo",
         "# command sets to the loopback server it starts (it serves content/demo/site/).",
         "# Generated by content/demo/tools/generate_site.py; see content/demo/README.md for the labelled truth.",
         "base: http://127.0.0.1:0/", "sources:"]
    for sk in SITE_ORDER:
        s = SITES[sk]
        L.append("  - name: %s" % s.get("display", s["name"]))
        L.append("    issuer: %s" % s["issuer"])
        L.append("    kind: %s" % s["kind"])
        if s["section"]:
            L.append("    section: %s" % s["section"])
        L.append("    list: %s" % list_full(sk))
        if s.get("selectors"):
            L.append("    selectors:                  # page has no TRS/Hanweb meta tags")
            for k in ("title", "date", "source", "body"):
                L.append('      %s: "%s"' % (k, s["selectors"][k]))
    with open(os.path.join(DEMO, "sources.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def write_truth():
    rows = []
    for a in ART:
        s = SITES[a["site"]]
        rows.append(dict(host=s["host"], url_path=full(a), list=list_full(a["site"]), title=a["title"],
                         date=a["date"], source=a["source"], section=a["section"],
                         status={"on": "in-week", "off": "in-week off-topic", "old": "before week"}[a["kind"]],
                         charset="gb2312 (GBK bytes)" if a["extra"].get("gbk") else "utf-8",
                         seed=a.get("seed"), seed_title=a.get("seed_title"),
                         body_first=re.sub(r"\*\*", "", a["paras"][0])[:30],
                         body_last=re.sub(r"\*\*", "", a["paras"][-1])[-20:]))
    with open(os.path.join(DEMO, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(dict(week=dict(start=WEEK[0], end=WEEK[1]), articles=rows), f, ensure_ascii=False, indent=1)
        f.write("\n")
    # README tables
    L = []
    L.append("| site folder | list page | markup | charset |")
    L.append("| --- | --- | --- | --- |")
    for sk in SITE_ORDER:
        s = SITES[sk]
        cs = "utf-8 (one article gb2312/GBK)" if sk == "henan" else "utf-8"
        L.append("| `%s` | `%s` | %s | %s |" % (s["host"], list_full(sk), s["style"], cs))
    sites_tbl = "\n".join(L)
    L = ["| # | site | date | intended section | title on the page | 来源 | seed item |",
         "| --- | --- | --- | --- | --- | --- | --- |"]
    n = 0
    for sec in ("国策要论", "地方新政", "产业前沿", "数谷动态"):
        for a in sorted([a for a in ART if a["kind"] == "on" and a["section"] == sec], key=lambda a: a["date"]):
            n += 1
            L.append("| %d | `%s` | %s | %s | %s | %s | %s |" % (
                n, full(a), a["date"], sec, a["title"], a["source"],
                "%s «%s»" % (a["seed"], a["seed_title"])))
    on_tbl = "\n".join(L)
    L = ["| site | date | title | status |", "| --- | --- | --- | --- |"]
    for a in sorted([a for a in ART if a["kind"] != "on"], key=lambda a: (a["kind"], a["site"], a["date"])):
        L.append("| `%s` | %s | %s | %s |" % (full(a), a["date"], a["title"],
                                            "OFF-TOPIC (in week)" if a["kind"] == "off" else "before the week"))
    other_tbl = "\n".join(L)
    counts = {}
    for a in ART:
        if a["kind"] == "on":
            counts[a["section"]] = counts.get(a["section"], 0) + 1
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as f:
        tpl = f.read()
    txt = (tpl.replace("{{SITES}}", sites_tbl).replace("{{ONTOPIC}}", on_tbl).replace("{{OTHER}}", other_tbl)
           .replace("{{COUNTS}}", "，".join("%s %d" % (k, counts.get(k, 0)) for k in ("国策要论", "地方新政", "产业前沿", "数谷动态")))
           .replace("{{TOTAL}}", str(sum(counts.values()))))
    with open(os.path.join(DEMO, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)


if __name__ == "__main__":
    main()
    print("articles:", len(ART), "images:", len(IMAGES))

#!/usr/bin/env python3
"""Writes the gold pages of src/test/resources/gold/: article pages in the markup of twenty site
templates (texts from the seed issues and the digital-economy book in ../shared/reference), list pages,
a <name>.gold.json for each, and the manifest index.json.

    python3 bench/gold/make_pages.py        # from the project root

The gold body of an article page is exactly the paragraphs the template put in the body: the page
was written from it, so it is exact. Run again only to change the set; the output is deterministic.
"""
import datetime
import json
import random
import zlib
from pathlib import Path

import bodies
import templates_a as A
import templates_b as B
import templates_c as C
import templates_d as D
import templates_e as E
import lists as L
from texts import book_section, seed_items

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "test" / "resources" / "gold"
PAGES = OUT / "pages"

SEED = seed_items()

EDITORS = ["王洋", "李晓", "张静", "刘畅", "陈晨", "杨帆", "赵敏", "周婷"]
AUTHORS = ["李明", "王雪", "张立", "何川", "吴迪"]
WEEKDAYS = "一二三四五六日"

RELATED = [
    ("第七届数字中国建设峰会在福州开幕", "2024-05-24"),
    ("国家互联网信息办公室发布2024年第二批深度合成服务算法备案信息", "2024-05-10"),
    ("工业和信息化部召开制造业数字化转型工作推进会", "2024-05-16"),
    ("工业和信息化部部署开展2024年中小企业数字化赋能专项行动", "2024-05-27"),
    ("2024年1—4月份通信业经济运行情况", "2024-05-21"),
    ("国家数据局召开数据要素市场化配置改革工作座谈会", "2024-05-27"),
    ("济南市公共数据运营平台累计上架数据产品超过百个", "2024-05-20"),
    ("欧盟《人工智能法》获理事会最终批准", "2024-05-22"),
    ("2024数博会“数据要素×”大赛贵州分赛启动报名", "2024-05-27"),
    ("贵阳贵安召开算力产业发展推进会", "2024-05-20"),
    ("电子标准院发布《数据资产管理实践白皮书》", "2024-05-15"),
    ("河北省制造业数字化转型行动方案（2024—2026年）政策解读", "2024-05-17"),
]

# name, template, content, date, time, issuer, url, style, extra fields
SPECS = [
    ("govcn-policy-1", A.govcn_policy, "2023-16#1", "2023-04-14", "17:08", "国家互联网信息办公室 工业和信息化部 公安部 财政部 国家认证认可监督管理委员会",
     "https://www.gov.cn/zhengce/zhengceku/2023-04/14/content_5751473.htm", "fullwidth",
     dict(column="国务院部门文件", docno="2023年第1号", genre="公告", site_source="网信办网站", written="2023-04-10",
          title="国家互联网信息办公室 工业和信息化部 公安部 财政部 国家认证认可监督管理委员会关于调整网络安全专用产品安全管理有关事项的公告")),
    ("govcn-policy-2", A.govcn_policy, "2024-20#0", "2024-05-29", "18:02", "中央网信办",
     "https://www.gov.cn/zhengce/zhengceku/202405/content_6954330.htm", "p2em",
     dict(column="国务院部门文件", docno="", genre="其他", site_source="网信办网站", written="2024-05-22", meta=False,
          title="中央网信办等三部门印发《信息化标准建设行动计划（2024—2027年）》")),
    ("govcn-news-1", A.govcn_news, (873, 918), "2024-06-12", "09:41", "国家信息中心",
     "https://www.gov.cn/xinwen/2024-06/12/content_6956721.htm", "p2em", dict(title="专家解读：如何发展共享经济")),
    ("govcn-news-2", A.govcn_news, (1244, 1317), "2024-06-18", "16:20", "新华社",
     "https://www.gov.cn/xinwen/2024-06/18/content_6957902.htm", "p2em", dict(title="如何发展人工智能产业")),
    ("nda-1", A.nda, "2024-20#12", "2024-05-29", "16:20", "国家工业信息安全发展研究中心",
     "https://www.nda.gov.cn/sjj/swdt/sjdt/0529/20240529162012345678.html", "p2em",
     dict(column="数据动态", title="《全国数据资源调查报告（2023年）》发布",
          body_suffix='<p>附件：<a href="./P020240529612345678901.pdf">全国数据资源调查报告（2023年）.pdf</a></p>',
          body_gold_suffix=["附件：全国数据资源调查报告（2023年）.pdf"])),
    ("nda-2", A.nda, (1162, 1243), "2024-07-23", "10:05", "国家数据局",
     "https://www.nda.gov.cn/sjj/ywpd/sjcy/0723/20240723100512345012.html", "p2em",
     dict(column="数据产业", title="如何发展大数据产业",
          attachments='<div class="fujian">相关附件：<a href="./P020240723.pdf">大数据产业发展规划解读.pdf</a></div>')),
    ("nda-3", A.nda, "2024-20#9", "2024-05-28", "09:41", "河北省数据和政务服务局",
     "https://www.nda.gov.cn/sjj/swdt/dfdt/0528/20240528094112345111.html", "fullwidth",
     dict(column="地方动态", title="《河北省数据流通交易管理办法（试行）》公开征求意见")),
    ("cac-1", A.cac, "2023-16#0", "2023-04-13", "16:55", "中国网信网",
     "https://www.cac.gov.cn/2023-04/13/c_1683017112345678.htm", "p2em",
     dict(title="中央网信办等五部门印发《2023年数字乡村发展工作要点》")),
    ("cac-2", A.cac, (2451, 2471), "2024-06-20", "10:30", "中国网信网",
     "https://www.cac.gov.cn/2024-06/20/c_1720512345678901.htm", "fullwidth", dict(title="英国数字经济发展观察")),
    ("cac-3", A.cac, (2409, 2436), "2024-06-27", "15:12", "中国网信网",
     "https://www.cac.gov.cn/2024-06/27/c_1721112345678902.htm", "p2em", dict(title="美国数字经济发展观察")),
    ("ndrc-1", A.ndrc, "2024-20#2", "2024-05-28", "17:20", "四川省发展改革委",
     "https://www.ndrc.gov.cn/xwdt/dt/dfdt/202405/t20240528_1387012.html", "p2em",
     dict(column="地方发展改革动态", title="四川省发展改革委等16部门印发《四川省2024年“数据要素×”重点工作方案》")),
    ("ndrc-2", A.ndrc, (1482, 1542), "2024-07-02", "11:00", "高技术司",
     "https://www.ndrc.gov.cn/xwdt/dt/sjdt/202407/t20240702_1391234.html", "mso",
     dict(column="司局动态", title="如何发展区块链产业")),
    ("miit-1", A.miit, "2024-20#14", "2024-05-28", "15:30", "运行监测协调局",
     "https://www.miit.gov.cn/gxsj/tjfx/rjy/art/2024/art_4c5d6e7f8a9b0c1d2e3f405162738495.html", "mso",
     dict(column="软件业", title="2024年1—4月份软件业经济运行情况", xxgk="none")),
    ("miit-2", A.miit, "2024-20#1", "2024-05-30", "09:00", "信息通信管理局",
     "https://www.miit.gov.cn/jgsj/xgj/gzdt/art/2024/art_f4876c32e07244a69a44e7ad8bba4e9f.html", "mso",
     dict(column="工作动态", title="工业和信息化部办公厅关于印发《工业互联网专项工作组2024年工作计划》的通知")),
    ("miit-3", A.miit, (2037, 2069), "2024-07-09", "10:10", "信息技术发展司",
     "https://www.miit.gov.cn/jgsj/xxjsfzs/gzdt/art/2024/art_0a1b2c3d4e5f60718293a4b5c6d7e8f0.html", "p2em",
     dict(column="工作动态", title="如何发展工业云")),
    ("zj-1", B.hanweb_zj, (2633, 2696), "2024-06-14", "09:53", "浙江省经济和信息化厅",
     "https://jxt.zj.gov.cn/art/2024/6/14/art_1229123456_58912345.html", "fullwidth",
     dict(title="浙江省数字经济发展综述", site="浙江省经济和信息化厅", host="jxt.zj.gov.cn", column="数字经济", col="col1229123456")),
    ("zj-2", B.hanweb_zj, "2024-20#8", "2024-05-29", "18:00", "安徽省工业和信息化厅",
     "https://jxt.zj.gov.cn/art/2024/5/29/art_1229123457_58912001.html", "fullwidth",
     dict(title="《安徽省人形机器人产业发展行动计划（2024—2027年）》公开征求意见", site="浙江省经济和信息化厅",
          host="jxt.zj.gov.cn", column="兄弟省市", col="col1229123457")),
    ("zj-3", B.hanweb_zj, (2104, 2131), "2024-07-05", "14:20", "浙江省经济和信息化厅",
     "https://jxt.zj.gov.cn/art/2024/7/5/art_1229123456_58913377.html", "font",
     dict(title="如何发展工业大数据", site="浙江省经济和信息化厅", host="jxt.zj.gov.cn", column="数字经济", col="col1229123456")),
    ("gd-1", B.gd, "2023-16#2", "2023-04-18", "10:20", "广东省政务服务数据管理局",
     "https://zfsg.gd.gov.cn/xxfb/ywsd/content/post_4150231.html", "p2em",
     dict(title="广东省“数字政府2.0”建设服务“百县千镇万村高质量发展工程”若干措施", column="业务速递", col="ywsd")),
    ("gd-2", B.gd, (2737, 2776), "2024-06-21", "16:40", "广东省政务服务和数据管理局",
     "https://zfsg.gd.gov.cn/xxfb/dtyw/content/post_4430552.html", "plain",
     dict(title="广东省数字经济发展综述", column="动态要闻", col="dtyw")),
    ("sh-1", B.shanghai, "2023-16#3", "2023-04-19", "14:00", "上海市经济和信息化委员会",
     "https://sheitc.sh.gov.cn/zcwj/20230419/a8c1e2f3b4d54e6f8a9b0c1d2e3f4a5b.html", "fullwidth",
     dict(title="上海市经济信息化委关于印发《上海市推进算力资源统一调度指导意见》的通知")),
    ("sh-2", B.shanghai, (1318, 1347), "2024-06-25", "10:00", "上海市经济和信息化委员会",
     "https://sheitc.sh.gov.cn/cyfz/20240625/5d6e7f8091a2b3c4d5e6f708192a3b4c.html", "p2em",
     dict(title="如何发展虚拟现实产业")),
    ("whdh-1", B.wuhan_dh, "2023-16#4", "2023-04-12", "09:30", "武汉东湖新技术开发区管理委员会",
     "http://www.wehdz.gov.cn/zcfg/gfxwj/202304/t20230412_2184301.shtml", "br",
     dict(title="武汉东湖高新区关于推动数字经济高质量发展的若干措施", column="规范性文件", col="gfxwj", encoding="gbk")),
    ("whdh-2", B.wuhan_dh, "2023-16#5", "2023-04-12", "09:35", "武汉东湖新技术开发区管理委员会",
     "http://www.wehdz.gov.cn/zcfg/gfxwj/202304/t20230412_2184302.shtml", "br",
     dict(title="武汉东湖高新区关于推动数字经济高质量发展的若干措施实施细则", column="规范性文件", col="gfxwj", encoding="gbk")),
    ("whdh-3", B.wuhan_dh, (1348, 1429), "2024-06-06", "15:00", "东湖高新区科技创新局",
     "http://www.wehdz.gov.cn/zcfg/zcjd/202406/t20240606_2405118.shtml", "br",
     dict(title="如何发展机器人产业", column="政策解读", col="zcjd", encoding="gbk")),
    ("gzdsj-1", B.guizhou_dsj, "2024-20#15", "2024-06-03", "09:00", "数博会执委会",
     "https://dsj.guizhou.gov.cn/xwzx/snyw/202406/t20240603_84901234.html", "fullwidth",
     dict(title="2024数博会将于8月在贵阳举办", column="省内要闻", col="snyw", encoding="gbk")),
    ("gzdsj-2", B.guizhou_dsj, (2885, 2908), "2024-06-28", "11:30", "贵州省大数据发展管理局",
     "https://dsj.guizhou.gov.cn/xwzx/gzdt/202406/t20240628_85012345.html", "p2em",
     dict(title="贵州数字经济发展回顾", column="工作动态", col="gzdt", encoding="gbk", declare=False)),
    ("gzdsj-3", B.guizhou_dsj, (1054, 1119), "2024-07-11", "17:45", "贵州省大数据发展管理局",
     "https://dsj.guizhou.gov.cn/xwzx/gzdt/202407/t20240711_85123456.html", "divs",
     dict(title="如何发展云计算产业", column="工作动态", col="gzdt", encoding="gbk")),
    ("gy-1", B.guiyang, "2024-20#16", "2024-06-01", "07:50", "动静新闻",
     "https://www.guiyang.gov.cn/zwdt/gydt/202406/t20240601_84912345.html", "p2em",
     dict(title="贵阳贵安数字经济增加值占地区生产总值比重超过50%", column="贵阳动态", col="gydt")),
    ("gy-2", B.guiyang, (919, 958), "2024-06-19", "10:15", "贵阳市大数据发展管理局",
     "https://www.guiyang.gov.cn/zwdt/bmdt/202406/t20240619_85001234.html", "fullwidth",
     dict(title="以“互联网+”创新精准扶贫模式", column="部门动态", col="bmdt")),
    ("caict-1", C.caict, "2024-20#13", "2024-05-30", "09:12", "中国电子信息产业发展研究院",
     "http://www.caict.ac.cn/kxyj/qwfb/ztbg/202405/t20240530_478112.htm", "p2em",
     dict(title="赛迪研究院发布《2023—2024中国区块链年度发展报告》", column="专题报告", site="中国信息通信研究院")),
    ("caict-2", C.caict, "2023-16#6", "2023-04-17", "10:00", "中国电子技术标准化研究院",
     "http://www.caict.ac.cn/kxyj/qwfb/bps/202304/t20230417_419201.htm", "p2em",
     dict(title="《人工智能伦理治理标准化指南》发布", column="白皮书", site="中国信息通信研究院",
          body_suffix='<p><a href="./P020230417394512345678.pdf">阅读指南全文</a></p>')),
    ("caict-3", C.caict, (242, 319), "2024-06-04", "16:00", "中国信通院",
     "http://www.caict.ac.cn/kxyj/qwfb/ztbg/202406/t20240604_478901.htm", "p2em",
     dict(title="国家出台的数字经济相关政策法规", column="专题报告", site="中国信息通信研究院")),
    ("drc-1", C.drc, "2024-20#11", "2024-06-02", "10:00", "赛博研究院",
     "https://www.drc.gov.cn/DocView.aspx?chnid=386&leafid=1339&docid=2908271", "plain",
     dict(title="美国国土安全部发布战略计划聚焦数字前沿科技", column="研究成果", site="国务院发展研究中心", numbered=True)),
    ("drc-2", C.drc, (2437, 2450), "2024-06-11", "14:30", "国研网",
     "https://www.drc.gov.cn/DocView.aspx?chnid=386&leafid=1339&docid=2908544", "plain",
     dict(title="德国数字经济战略观察", column="研究成果", site="国务院发展研究中心")),
    ("drc-3", C.drc, (2567, 2626), "2024-07-16", "09:20", "国研网",
     "https://www.drc.gov.cn/DocView.aspx?chnid=386&leafid=1339&docid=2909102", "plain",
     dict(title="日本数字经济战略观察", column="研究成果", site="国务院发展研究中心")),
    ("people-1", C.people, "2024-20#6", "2024-05-29", "11:05", "人民网－河南频道",
     "http://ha.people.com.cn/n2/2024/0529/c351638-40859012.html", "p2em",
     dict(title="河南省工信厅等五部门联合发文 支持高校教师创办软件企业", channel="河南频道", host="ha.people.com.cn",
          encoding="gbk", byline="本网记者 张毅")),
    ("people-2", C.people, "2024-20#5", "2024-05-31", "10:00", "人民网－河北频道",
     "http://he.people.com.cn/n2/2024/0531/c192235-40862345.html", "p2em",
     dict(title="河北出台新政 优化算力布局推动人工智能产业创新发展", channel="河北频道", host="he.people.com.cn", encoding="gbk")),
    ("people-3", C.people, "2024-20#4", "2024-05-28", "11:40", "人民网－浙江频道",
     "http://zj.people.com.cn/n2/2024/0528/c186327-40857766.html", "p2em",
     dict(title="杭州互联网法院发布《引导企业数据健康发展行为指引》", channel="浙江频道", host="zj.people.com.cn")),
    ("xinhua-1", C.xinhua, "2024-20#10", "2024-06-01", "08:30", "新华网",
     "http://www.news.cn/tech/20240601/3c1f2e8d9a7b4c6d8e0f1a2b3c4d5e6f/c.html", "plain",
     dict(title="英国竞争与市场管理局发布《人工智能战略更新》")),
    ("xinhua-2", C.xinhua, (533, 569), "2024-06-13", "18:31", "新华网",
     "http://www.news.cn/tech/20240613/9d8c7b6a5f4e4d3c2b1a0f9e8d7c6b5a/c.html", "plain",
     dict(title="如何发展“互联网+知识产权”")),
    ("gywb-1", C.gywb, (2793, 2812), "2024-06-07", "07:45", "贵阳日报",
     "http://www.gywb.cn/content/2024-06/07/content_5313806.htm", "plain",
     dict(title="四川数字经济发展观察", column="数字贵阳")),
    ("gywb-2", C.gywb, (2813, 2842), "2024-06-08", "20:15", "贵阳晚报",
     "http://www.gywb.cn/content/2024-06/08/content_5314027.htm", "fullwidth",
     dict(title="成都市数字经济发展观察", column="数字贵阳")),
    ("secrss-1", C.secrss, "2023-16#7", "2023-04-20", "09:10", "华为数字能源",
     "https://www.secrss.com/articles/53912", "plain", dict(title="华为数字能源发布《数据中心能源十大趋势白皮书》", site="安全内参")),
    ("secrss-2", C.secrss, (1543, 1609), "2024-06-26", "08:30", "数字经济观察",
     "https://www.secrss.com/articles/67102", "plain", dict(title="如何发展数字内容和数字创意产业", site="安全内参")),
    ("hz-1", B.hangzhou, "2024-20#3", "2024-05-30", "14:20", "杭州市经济和信息化局",
     "https://jxj.hangzhou.gov.cn/art/2024/5/30/art_1229252271_4268982.html", "fullwidth",
     dict(title="杭州市融资担保集团、市经信局联合印发《支持中小企业数字化转型金融支持方案》", column="工作动态")),
    ("hz-2", B.hangzhou, "2024-20#7", "2024-05-30", "09:30", "青岛市工业和信息化局",
     "https://jxj.hangzhou.gov.cn/art/2024/5/30/art_1229252271_4268990.html", "p2em",
     dict(title="《青岛市人工智能产业创新发展行动计划（2024—2026年）》发布", column="兄弟城市")),
    ("bj-1", B.beijing, (2697, 2736), "2024-06-17", "17:30", "北京市经济和信息化局",
     "https://www.beijing.gov.cn/zhengce/zcjd/202406/t20240617_3712345.html", "p2em",
     dict(title="福建省数字经济发展经验", column="政策解读", written="2024-06-14")),
    ("bj-2", B.beijing, (2132, 2175), "2024-07-08", "09:00", "北京市农业农村局",
     "https://www.beijing.gov.cn/zhengce/zcjd/202407/t20240708_3734567.html", "mso",
     dict(title="如何推进农业农村数字化转型", column="政策解读", written="2024-07-05")),
    # the harder layouts
    ("oldasp-1", D.oldasp, (2777, 2792), "2024-06-05", "10:00", "遵义市大数据发展管理局",
     "http://dsjj.zunyi.gov.cn/news_view.asp?id=3412", "font",
     dict(title="重庆市数字经济发展观察", site="遵义市大数据发展管理局", address="遵义市新蒲新区行政中心",
          icp="黔ICP备13002234号")),
    ("oldasp-2", D.oldasp, (2843, 2884), "2024-06-12", "15:00", "遵义市大数据发展管理局",
     "http://dsjj.zunyi.gov.cn/news_view.asp?id=3425", "fullwidth",
     dict(title="泸州市数字经济发展观察", site="遵义市大数据发展管理局", address="遵义市新蒲新区行政中心",
          icp="黔ICP备13002234号")),
    ("comments-1", D.portal_comments, (783, 816), "2024-06-14", "08:20", "光明网",
     "https://tech.gmw.cn/2024-06/14/content_37381234.htm", "p2em",
     dict(title="如何以跨境电子商务促进开放发展", site="光明网", column="科技", col="tech")),
    ("comments-2", D.portal_comments, (823, 864), "2024-06-21", "09:05", "光明日报",
     "https://tech.gmw.cn/2024-06/21/content_37393012.htm", "plain",
     dict(title="如何以“互联网+”建设生态文明", site="光明网", column="科技", col="tech")),
    ("sic-1", D.sic_sidebar, (493, 532), "2024-06-24", "10:30", "国家信息中心",
     "http://www.sic.gov.cn/sic/83/260/0624/11821_pc.html", "p2em",
     dict(title="如何发展“互联网+科技”", site="国家信息中心")),
    ("sic-2", D.sic_sidebar, (1120, 1161), "2024-07-01", "09:00", "国家信息中心",
     "http://www.sic.gov.cn/sic/83/260/0701/11843_pc.html", "plain",
     dict(title="如何发展移动互联网产业", site="国家信息中心")),
    ("trsrel-1", D.trs_related_inside, (320, 348), "2024-06-12", "16:30", "江西省发展和改革委员会",
     "http://drc.jiangxi.gov.cn/xwdt/202406/t20240612_1192345.html", "p2em",
     dict(title="如何以数字经济引领地方高质量发展", site="江西省发展和改革委员会",
          body_suffix='<p>附件：<a href="./P020240612391234567890.docx">江西省数字经济重点项目清单.docx</a></p>',
          body_gold_suffix=["附件：江西省数字经济重点项目清单.docx"])),
    ("trsrel-2", D.trs_related_inside, (1446, 1481), "2024-07-03", "11:20", "江西省发展和改革委员会",
     "http://drc.jiangxi.gov.cn/xwdt/202407/t20240703_1193456.html", "mso",
     dict(title="如何发展3D打印产业", site="江西省发展和改革委员会")),
    ("short-1", D.short_news, ("2024-20#15", 2), "2024-06-03", "09:30", "贵州日报",
     "https://www.guizhou.gov.cn/xwdt/gzyw/202406/t20240603_84899001.html", "p2em",
     dict(title="2024数博会将于8月在贵阳举办", site="贵州省人民政府", column="贵州要闻", col="gzyw")),
    ("short-2", D.short_news, ("2024-20#13", 2), "2024-05-31", "17:10", "贵州省大数据发展管理局",
     "https://www.guizhou.gov.cn/xwdt/bmdt/202405/t20240531_84871234.html", "fullwidth",
     dict(title="《2023—2024中国区块链年度发展报告》发布", site="贵州省人民政府", column="部门动态", col="bmdt")),
    # held out: written after the extractor was tuned
    ("weixin-1", E.weixin, (2266, 2305), "2024-06-20", "18:00", "数字经济研究",
     "https://mp.weixin.qq.com/s/Yx3kQ9mZrT2bLwPaVn7cHg", "plain",
     dict(title="如何推进企业数字化转型", epoch="1718877600")),
    ("weixin-2", E.weixin, (55, 88), "2024-07-02", "07:30", "数字经济研究",
     "https://mp.weixin.qq.com/s/Qm4tHn8vKp2WxZcR5yLd0A", "p2em",
     dict(title="什么是高质量发展", epoch="1719876600")),
    ("court-1", E.court, (570, 650), "2024-06-18", "10:32", "中国法院网",
     "https://www.court.gov.cn/zixun/xiangqing/435122.html", "p2em",
     dict(title="如何构建新型智慧城市", site="中华人民共和国最高人民法院", column="司法资讯",
          address="北京市东城区东交民巷27号", icp="京ICP备05023036号")),
    ("court-2", E.court, (1995, 2036), "2024-07-04", "15:05", "人民法院报",
     "https://www.court.gov.cn/zixun/xiangqing/437803.html", "fullwidth",
     dict(title="如何推进产品信息化", site="中华人民共和国最高人民法院", column="司法资讯",
          address="北京市东城区东交民巷27号", icp="京ICP备05023036号")),
    ("paged-1", E.paged_portal, (89, 110), "2024-06-09", "09:15", "四川日报",
     "https://www.scdaily.cn/szjj/2024-06/09/content_9123456.html", "p2em",
     dict(title="什么是现代化经济体系", site="四川在线", column="数字经济", icp="蜀ICP备12345678号")),
    ("paged-2", E.paged_portal, (111, 148), "2024-06-15", "16:40", "四川在线",
     "https://www.scdaily.cn/szjj/2024-06/15/content_9125678.html", "plain",
     dict(title="什么是新旧动能转换", site="四川在线", column="数字经济", icp="蜀ICP备12345678号")),
]

# noise put inside the body container itself, after the text (none of it is gold)
IN_BODY_NOISE = [
    '<p style="text-align: right;">（责任编辑：{editor}）</p>',
    '<p>&nbsp;</p>\n<p style="text-align: right;">编辑：{editor}</p>',
    '<div class="fx">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>',
    '<p><br></p>\n<script type="text/javascript">var shareTitle = document.title;</script>',
    '<div class="qrcode" style="text-align:center"><img src="/images/qr_mobile.png" alt=""><p>扫一扫在手机打开当前页</p></div>',
    "",
]


def related_html(rng, template, host):
    picks = rng.sample(RELATED, 4)
    out = []
    for i, (title, date) in enumerate(picks):
        href = f"/xwdt/{date[:7].replace('-', '')}/t{date.replace('-', '')}_{4000 + i * 17}.html"
        if template in (B.guiyang, A.govcn_policy, B.shanghai):
            out.append(f'<li><a href="{href}" target="_blank">{title}</a><span class="date">{date}</span></li>')
        elif template is C.drc:
            out.append(f'<p><a href="{href}">{title}</a></p>')
        elif template is B.hanweb_zj:
            out.append(f'<a href="{href}" target="_blank">{title}</a>')
        else:
            out.append(f'<li><a href="{href}" target="_blank">{title}</a></li>')
    return "\n".join(out)


def content_of(ref):
    """A seed item ("2024-20#15"), its first n blocks (("2024-20#15", 2)) or book lines ((first, last))."""
    if isinstance(ref, tuple) and isinstance(ref[0], str):
        item = SEED[ref[0]]
        return {**item, "blocks": item["blocks"][:ref[1]]}
    if isinstance(ref, tuple):
        return book_section(*ref)
    return SEED[ref]


def build_article(spec):
    name, template, ref, date, time, issuer, url, style, extra = spec
    rng = random.Random(zlib.crc32(name.encode()))
    content = content_of(ref)
    blocks = content["blocks"]
    if style == "br":
        body, gold = bodies.render_br(blocks)
    else:
        body, gold = bodies.render(blocks, style, img_prefix="W0" + date.replace("-", ""),
                                   numbered_as_list=extra.get("numbered", False))
    body += "\n" + extra.get("body_suffix", "")
    gold += extra.get("body_gold_suffix", [])
    editor = rng.choice(EDITORS)
    body += "\n" + rng.choice(IN_BODY_NOISE).format(editor=editor)
    first = next(v for k, v in blocks if k == "p")
    y, m, d = (int(x) for x in date.split("-"))
    page = dict(
        title=extra.get("title", content["title"]), date=date, time=time, issuer=issuer, url=url, body=body,
        desc=first[:90], keywords="数字经济 大数据", editor=editor, author=rng.choice(AUTHORS),
        docid=str(zlib.crc32(url.encode()) % 10**7), weekday=WEEKDAYS[datetime.date(y, m, d).weekday()],
        related=related_html(rng, template, url),
    )
    page.update({k: v for k, v in extra.items() if k != "title"})
    for key, default in (("col", "386"), ("column", "工作动态"), ("site", ""), ("written", date)):
        page.setdefault(key, default)
    html = template(page)
    encoding = extra.get("encoding", "utf-8")
    gold_json = {
        "kind": "article", "url": url, "template": template.__name__, "charset": encoding,
        "title": page["title"], "date": date, "issuer": issuer, "body": "\n".join(gold),
    }
    return name, html, encoding, gold_json


def write(name, html, encoding, gold):
    data = html.encode("gb18030" if encoding == "gbk" else "utf-8")
    if encoding == "gbk":
        html.encode("gbk")  # GBK pages must be plain GBK: every browser and decoder reads those
    (PAGES / f"{name}.html").write_bytes(data)
    (PAGES / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main():
    PAGES.mkdir(parents=True, exist_ok=True)
    names = []
    for spec in SPECS:
        name, html, encoding, gold = build_article(spec)
        write(name, html, encoding, gold)
        names.append(name)
    for name, html, encoding, gold in L.list_pages():
        write(name, html, encoding, gold)
        names.append(name)
    index = json.loads((Path(__file__).parent / "index-tail.json").read_text(encoding="utf-8"))
    index["pages"] = [f"pages/{n}" for n in names]
    (OUT / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} pages to {PAGES}")


if __name__ == "__main__":
    main()

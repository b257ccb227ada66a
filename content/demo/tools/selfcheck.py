#!/usr/bin/env python3
"""Self-check of the offline demo sample (stdlib only, PyYAML if present).

- every href/src on every page is javascript:/#, or a relative link to an existing file
  (no absolute http URLs, no root-relative /paths);
- every page parses; meta ArticleTitle/PubDate (where present) agree with expected.json and the
  title and date appear in the page;
- exactly one page is not UTF-8, and it decodes as GB18030 (and not as UTF-8);
- every expected article is linked from its site's list page, and every list page is in sources.yaml;
- no body ends with a （来源：…） line;
- at least 18 in-week on-topic articles, covering all four sections.
"""
import json
import os
import posixpath
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.dirname(HERE)
SITE = os.path.join(DEMO, "site")
errors = []


class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.meta, self.text = [], {}, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("href", "src", "action"):
            if k in a and a[k] is not None:
                self.links.append((tag, k, a[k]))
        if tag == "meta" and a.get("name"):
            self.meta[a["name"].lower()] = a.get("content", "")

    def handle_data(self, d):
        self.text.append(d)


def read(path):
    b = open(path, "rb").read()
    try:
        return b.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return b.decode("gb18030"), "gb18030"


pages, non_utf8 = {}, []
for root, _, files in os.walk(SITE):
    for f in files:
        if not f.endswith((".html", ".htm")):
            continue
        full = os.path.join(root, f)
        rel = os.path.relpath(full, SITE).replace(os.sep, "/")
        txt, enc = read(full)
        if enc != "utf-8":
            non_utf8.append(rel)
        p = P()
        try:
            p.feed(txt)
            p.close()
        except Exception as e:  # noqa
            errors.append("parse %s: %s" % (rel, e))
        pages[rel] = (p, txt)
        for tag, k, v in p.links:
            v = v.strip()
            if v.startswith(("javascript:", "#")) or v == "":
                continue
            if re.match(r"^[a-z]+:", v, re.I) or v.startswith("//") or v.startswith("/"):
                errors.append("%s: non-relative %s=%s" % (rel, k, v))
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), v.split("#")[0].split("?")[0]))
            if not os.path.isfile(os.path.join(SITE, target)):
                errors.append("%s: broken %s=%s" % (rel, k, v))

# charset
if len(non_utf8) != 1:
    errors.append("expected exactly one non-UTF-8 page, got %s" % non_utf8)
else:
    raw = open(os.path.join(SITE, non_utf8[0]), "rb").read()
    raw.decode("gb18030")
    raw.decode("gb2312")
    if b"charset=gb2312" not in raw:
        errors.append("GBK page does not declare gb2312")

# expected articles
exp = json.load(open(os.path.join(DEMO, "expected.json"), encoding="utf-8"))
week = exp["week"]
try:
    import yaml
    src = yaml.safe_load(open(os.path.join(DEMO, "sources.yaml"), encoding="utf-8"))
    lists = [s["list"] for s in src["sources"]]
    for s in src["sources"]:
        for k in ("name", "issuer", "kind", "list"):
            if not s.get(k):
                errors.append("sources.yaml: %s lacks %s" % (s, k))
        if s["kind"] not in ("central", "local", "research", "guizhou"):
            errors.append("sources.yaml: bad kind %s" % s["kind"])
except ImportError:
    lists = re.findall(r"^\s+list: (\S+)", open(os.path.join(DEMO, "sources.yaml"), encoding="utf-8").read(), re.M)
if len(set(lists)) != len(lists):
    errors.append("duplicate list pages in sources.yaml")
for l in lists:
    if l not in pages:
        errors.append("list page missing: %s" % l)

count = {}
for a in exp["articles"]:
    u = a["url_path"]
    if u not in pages:
        errors.append("missing page %s" % u)
        continue
    p, txt = pages[u]
    if a["title"] not in txt or a["date"][:10] not in txt:
        errors.append("%s: title/date not visible" % u)
    if p.meta.get("articletitle") and p.meta["articletitle"] != a["title"]:
        errors.append("%s: meta ArticleTitle differs" % u)
    if p.meta.get("pubdate") and p.meta["pubdate"] != a["date"]:
        errors.append("%s: meta PubDate differs" % u)
    if "（来源：" in txt or "(来源：" in txt:
        errors.append("%s: body carries a 来源 line" % u)
    lp, _ = pages[a["list"]]
    hrefs = {posixpath.normpath(posixpath.join(posixpath.dirname(a["list"]), v)) for _, k, v in lp.links if k == "href"}
    if u not in hrefs:
        errors.append("%s not linked from %s" % (u, a["list"]))
    inweek = week["start"] <= a["date"][:10] <= week["end"]
    if (a["status"] == "before week") == inweek:
        errors.append("%s: status %s vs date %s" % (u, a["status"], a["date"]))
    if a["status"] == "in-week":
        count[a["section"]] = count.get(a["section"], 0) + 1

total = sum(count.values())
if total < 18 or len(count) != 4:
    errors.append("in-week on-topic: %s" % count)
lists_with_old = {a["list"] for a in exp["articles"] if a["status"] == "before week"}
for l in lists:
    n = sum(1 for a in exp["articles"] if a["list"] == l and a["status"] == "before week")
    if not 2 <= n <= 4:
        errors.append("%s has %d older links" % (l, n))

print("pages: %d (list pages %d), non-UTF-8: %s" % (len(pages), len(lists), non_utf8))
print("in-week on-topic: %d %s; off-topic: %d; before week: %d" % (
    total, count, sum(a["status"] == "in-week off-topic" for a in exp["articles"]),
    sum(a["status"] == "before week" for a in exp["articles"])))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")

"""Article texts for the offline demo, taken from the seed issues
(/work/shared/reference/seed-issues/2024-20.json and 2023-16.json).

Paragraphs are copied from the parsed JSON; the only changes are mechanical repairs of the
PDF parse: paragraphs split across a page break are re-joined, the trailing "（来源：…）" line is
dropped (the 来源 belongs in the page's meta/source field), markdown ** is turned into bold, and
items that the parse folded together are split back into their separate source pages.
"""
import json, os, re

SEED_DIR = os.environ.get("SEED_DIR", "/work/shared/reference/seed-issues")


def _load(name):
    with open(os.path.join(SEED_DIR, name), encoding="utf-8") as f:
        return json.load(f)["items"]


SRC_RE = re.compile(r"[（(]\s*来源[:：].*?[）)]\s*$")


def _strip_source(paras):
    out = []
    for p in paras:
        q = SRC_RE.sub("", p).rstrip()
        if q:
            out.append(q)
    return out


def _join(paras, idxs):
    """Join paragraph i with i+1 for every i in idxs (indices into the original list)."""
    out, skip = [], set()
    for i, p in enumerate(paras):
        if i in skip:
            continue
        while i in idxs:
            p = p + paras[i + 1]
            skip.add(i + 1)
            i += 1
        out.append(p)
    return out


def texts():
    a = _load("2024-20.json")
    b = _load("2023-16.json")
    T = {}
    P = lambda k: list(a[k]["paragraphs"])
    T["cac_xxhbz"] = _strip_source(P(0))
    T["miit_gyhlw"] = _strip_source(P(1))
    T["sc_sjys"] = _strip_source(_join(P(2), {6}))
    T["hz_jrzc"] = _strip_source(_join(P(3), {3}))
    T["court_xwzy"] = _strip_source(P(4))
    T["hebei_sl"] = _strip_source(P(5))
    T["henan_rj"] = _strip_source(_join(P(6), {0}))
    qd = P(7)
    T["qd_ai"] = _strip_source(qd[:-2] + [SRC_RE.sub("", qd[-2]).split("（来源")[0]])
    T["ah_rxjqr"] = _strip_source(_join(P(8), {2}))
    j = P(9)
    T["jn_hbjy"] = _strip_source(j[0:3])
    T["jn_hbsq"] = _strip_source(j[4:8])
    T["jn_sjdj"] = _strip_source(_join(j[9:], {1}))
    T["secrss_cma"] = _strip_source(P(10))
    dhs = P(11)
    i1 = next(i for i, p in enumerate(dhs) if p.endswith("确保"))
    i2 = next(i for i, p in enumerate(dhs) if p.endswith("跨部门数据共"))
    dhs = _join(dhs, {i1, i2})
    T["sicsi_dhs"] = _strip_source([re.sub(r"^- ", "", p) for p in dhs])
    T["cics_sjzy"] = _strip_source(_join(P(12), {4}))
    T["ccid_qkl"] = _strip_source(_join(P(13), {2}))
    sw = P(14)
    cut = next(i for i, p in enumerate(sw) if p.startswith("工信部发布 2024 年 1—4 月 电子信息制造业"))
    i3 = next(i for i, p in enumerate(sw) if p.endswith("长三角地区完成软件业务收入"))
    T["miit_rjy"] = _strip_source(_join(sw[:cut], {i3}))
    T["miit_dzxx"] = _strip_source(sw[cut + 1:])
    T["expo_2024"] = _strip_source(P(15))
    T["gywb_szjj"] = _strip_source(P(16))
    # 2023-16 items, re-dated into the demo week
    T["cac_wlaq"] = _strip_source(list(b[1]["paragraphs"]))
    sh = list(b[3]["paragraphs"])
    i4 = next(i for i, p in enumerate(sh) if p.endswith("新型"))
    sh = _join(sh, {i4})
    end = next(i for i, p in enumerate(sh) if p.startswith("二、重点任务"))
    T["sh_slfd"] = _strip_source(sh[:end])
    T["cesi_aiet"] = _strip_source([p for p in b[6]["paragraphs"] if p != "阅读指南全文"])
    seeds = {
        "cac_xxhbz": ("2024-20", 0), "miit_gyhlw": ("2024-20", 1), "sc_sjys": ("2024-20", 2),
        "hz_jrzc": ("2024-20", 3), "court_xwzy": ("2024-20", 4), "hebei_sl": ("2024-20", 5),
        "henan_rj": ("2024-20", 6), "qd_ai": ("2024-20", 7), "ah_rxjqr": ("2024-20", 8),
        "jn_hbjy": ("2024-20", 9), "jn_hbsq": ("2024-20", 9), "jn_sjdj": ("2024-20", 9),
        "secrss_cma": ("2024-20", 10), "sicsi_dhs": ("2024-20", 11), "cics_sjzy": ("2024-20", 12),
        "ccid_qkl": ("2024-20", 13), "miit_rjy": ("2024-20", 14), "miit_dzxx": ("2024-20", 14),
        "expo_2024": ("2024-20", 15), "gywb_szjj": ("2024-20", 16),
        "cac_wlaq": ("2023-16", 1), "sh_slfd": ("2023-16", 3), "cesi_aiet": ("2023-16", 6),
    }
    return T, seeds


if __name__ == "__main__":
    T, _ = texts()
    for k, v in T.items():
        print("=====", k, len(v))
        for p in v:
            print("  -", p[:60], "…", p[-25:])

"""Article texts for the gold pages: the paragraphs of the two seed issues and sections of the
digital-economy book in ../shared/reference, cut into blocks (paragraph, heading, figure, table).

Used by make_pages.py only; the committed pages under src/test/resources/gold/ do not need it.
"""
import json
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared" / "reference"

TERMINAL = "。！？；：…”’）)」』!?;:"
HEADING = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章条节部分])")
FIGURE = re.compile(r"^图\s*\d")
SOURCE_TAIL = re.compile(r"[（(]\s*来源[:：][^）)]*[）)]?\s*$")


def is_heading(p):
    return bool(HEADING.match(p)) and len(p) <= 40 and not p.endswith("。")


def standalone(p):
    return is_heading(p) or FIGURE.match(p) or len(p) <= 20


def merge_broken(paras):
    """The seed texts come from PDF: a paragraph cut by a page break goes on in the next one."""
    out = []
    for p in paras:
        p = p.strip()
        if not p:
            continue
        if out and not standalone(out[-1]) and out[-1][-1] not in TERMINAL and not standalone(p):
            out[-1] += p
        else:
            out.append(p)
    return out


def join_source_tail(paras):
    out = []
    for p in paras:
        if out and re.search(r"[（(]来源[:：][^）)]*$", out[-1]):
            out[-1] += p
        else:
            out.append(p)
    return out


def blocks_of(paras):
    blocks = []
    for p in paras:
        if FIGURE.match(p) and len(p) < 40:
            blocks.append(("fig", p))
        elif is_heading(p):
            blocks.append(("h", p))
        else:
            blocks.append(("p", p))
    return blocks


def seed_items():
    items = []
    for name in ("2023-16", "2024-20"):
        issue = json.loads((SHARED / "seed-issues" / f"{name}.json").read_text(encoding="utf-8"))
        for i, it in enumerate(issue["items"]):
            paras = [p for p in it["paragraphs"] if p.strip() not in ("阅读指南全文", "阅读原文")]
            paras = join_source_tail(paras)
            paras = merge_broken(paras)
            # the editors append （来源：…） to the last paragraph; it is not the page's text
            while paras and SOURCE_TAIL.search(paras[-1]):
                paras[-1] = SOURCE_TAIL.sub("", paras[-1]).strip()
                if not paras[-1]:
                    paras.pop()
            items.append({"key": f"{name}#{i}", "title": it["title"], "issuer": it["source"],
                          "blocks": blocks_of(paras)})
    return {it["key"]: it for it in items}


BOOK = SHARED / "domain-corpus" / "book-digital-economy-high-quality-development.txt"


def book_section(first_line, last_line):
    """Lines first_line..last_line (1-based, inclusive) of the book as blocks; the first line is the
    section heading and becomes the article title."""
    lines = BOOK.read_text(encoding="utf-8").split("\n")[first_line - 1:last_line]
    title = lines[0].strip()
    blocks, table = [], []
    paras = []

    def flush_table():
        if table:
            blocks.append(("table", [row for row in table]))
            table.clear()

    raw = []
    for line in lines[1:]:
        line = re.sub(r"\^[①②③④⑤⑥⑦⑧⑨⑩]", "", line).replace("**", "").rstrip()
        if "\t" in line:
            raw.append(("row", [c.strip() for c in line.split("\t")]))
        elif line.strip() in ("", "-", "|", "| |") or not line.strip(" |"):
            raw.append(("gap", None))
        elif re.match(r"^\d+\.\s*资料来源", line.strip()):
            continue
        else:
            raw.append(("text", line.strip()))
    for kind, value in raw:
        if kind == "row":
            if paras:
                blocks.extend(blocks_of(merge_broken(paras)))
                paras = []
            table.append(value)
        elif kind == "text":
            flush_table()
            paras.append(value)
    flush_table()
    if paras:
        blocks.extend(blocks_of(merge_broken(paras)))
    # short lines without a full stop are the book's sub-headings ("发展现状", "1.产业规模快速增长")
    shaped = []
    for kind, value in blocks:
        if kind == "p" and len(value) <= 24 and value[-1] not in TERMINAL and not value.startswith("表"):
            shaped.append(("h", value))
        else:
            shaped.append((kind, value))
    return {"title": title, "blocks": shaped}


def text_of(block):
    """The text a block shows, as it goes into the gold body (one line per block or table row)."""
    kind, value = block
    if kind == "table":
        return "\n".join(" ".join(c for c in row if c) for row in value)
    return value.replace("**", "")

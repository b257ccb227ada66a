"""Renders article blocks as the body markup different content systems produce, and returns the
gold text (one line per paragraph, heading, caption or table row) alongside."""
import html
import re
import zlib

from texts import text_of

NUMBERED = re.compile(r"^(\d+)[.．、]\s*")


def esc(s):
    return html.escape(s, quote=False)


def bold_markers(s, tag="strong"):
    return re.sub(r"\*\*(.+?)\*\*", lambda m: f"<{tag}>{m.group(1)}</{tag}>", esc(s))


def lead_in(text, tag="strong"):
    """Policy texts open many paragraphs with a bold clause: 政府协调、市场驱动。……"""
    if "**" in text:
        return bold_markers(text, tag)
    m = re.match(r"^([^。：]{4,20}[。：])(.{12,})$", text, re.S)
    if m and not NUMBERED.match(text):
        return f"<{tag}>{esc(m.group(1))}</{tag}>{esc(m.group(2))}"
    return esc(text)


def table_html(rows, attrs='border="1" cellspacing="0" cellpadding="0" width="100%"', cell=None):
    out = [f"<table {attrs}><tbody>"]
    for i, row in enumerate(rows):
        cells = []
        for c in row:
            inner = esc(c) if c else "&nbsp;"
            if cell:
                inner = cell(inner, i)
            tag = "td"
            cells.append(f"<{tag} valign=\"center\">{inner}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def render(blocks, style, img_prefix="W0202405", numbered_as_list=False):
    parts, gold = [], []
    figure_no = 0
    i = 0
    while i < len(blocks):
        kind, value = blocks[i]
        if numbered_as_list and kind == "p" and NUMBERED.match(value):
            items = []
            while i < len(blocks) and blocks[i][0] == "p" and NUMBERED.match(blocks[i][1]):
                items.append(NUMBERED.sub("", blocks[i][1]))
                i += 1
            parts.append("<ol>\n" + "\n".join(f"<li>{esc(t)}</li>" for t in items) + "\n</ol>")
            gold.extend(items)
            continue
        i += 1
        if kind == "table":
            parts.append(STYLES[style]["table"](value))
            gold.append(text_of((kind, value)))
            continue
        if kind == "fig":
            figure_no += 1
            src = f"./{img_prefix}{figure_no:02d}{zlib.crc32(value.encode()) % 10**8:08d}.png"
            parts.append(STYLES[style]["fig"](src, value))
            gold.append(value)
            continue
        parts.append(STYLES[style][kind](value))
        gold.append(text_of((kind, value)))
    return "\n".join(parts), gold


def _fig_center(src, cap):
    return (f'<p style="text-align: center;"><img src="{src}" alt="" oldsrc="{src[2:]}" /></p>\n'
            f'<p style="text-align: center;">{esc(cap)}</p>')


STYLES = {
    # TRS editor, CSS indents
    "p2em": {
        "p": lambda t: f'<p style="text-indent: 2em;">{lead_in(t)}</p>',
        "h": lambda t: f'<p style="text-indent: 2em;"><strong>{esc(t)}</strong></p>',
        "fig": _fig_center,
        "table": lambda rows: table_html(rows, 'border="1" cellspacing="0" cellpadding="0" style="border-collapse: collapse; width: 100%;"'),
    },
    # full-width indents typed into the text, centred bold headings
    "fullwidth": {
        "p": lambda t: f"<p>\u3000\u3000{lead_in(t, 'b')}</p>",
        "h": lambda t: f'<p align="center"><b>{esc(t)}</b></p>',
        "fig": lambda src, cap: f'<p align="center"><img border="0" src="{src}"></p>\n<p align="center"><font color="#0000ff">{esc(cap)}</font></p>',
        "table": lambda rows: '<div align="center">' + table_html(rows, 'border="1" cellspacing="0" cellpadding="4" align="center"') + "</div>",
    },
    # one div per paragraph (rendered-DOM saves of TRS pages)
    "divs": {
        "p": lambda t: f'<div><span style="font-size: 12pt;">\u3000\u3000{esc(t)}</span></div>',
        "h": lambda t: f'<div style="text-align: center;"><b>{esc(t)}</b></div>',
        "fig": lambda src, cap: f'<div style="text-align: center;"><img src="{src}" style="border-width: 0px;" alt=""></div>\n<div style="text-align: center;"><b><font color="#0000ff">{esc(cap)}</font></b></div>',
        "table": lambda rows: table_html(rows),
    },
    # Word pasted into the editor
    "mso": {
        "p": lambda t: ('<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;'
                        'mso-line-height-rule:exactly"><span style="font-size:16.0pt;font-family:仿宋_GB2312;'
                        f'mso-hansi-font-family:宋体">{lead_in(t, "b")}<span lang="EN-US"><o:p></o:p></span></span></p>'),
        "h": lambda t: ('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-size:16.0pt;'
                        f'font-family:黑体">{esc(t)}<span lang="EN-US"><o:p></o:p></span></span></p>'),
        "fig": lambda src, cap: (f'<p class="MsoNormal" align="center" style="text-align:center"><span lang="EN-US"><img width="554" height="312" src="{src}"></span></p>\n'
                                 f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:12.0pt;font-family:楷体">{esc(cap)}</span></p>'),
        "table": lambda rows: table_html(rows, 'class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"',
                                         cell=lambda inner, i: f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-family:仿宋_GB2312">{inner}</span></p>'),
    },
    # plain paragraphs with real headings (news portals, research institutes)
    "plain": {
        "p": lambda t: f"<p>{bold_markers(t)}</p>",
        "h": lambda t: f"<h3>{esc(t)}</h3>",
        "fig": lambda src, cap: f'<figure><img src="{src}" alt="{esc(cap)}"><figcaption>{esc(cap)}</figcaption></figure>',
        "table": lambda rows: '<div class="table-wrap">' + table_html(rows, 'class="data-table"') + "</div>",
    },
    # old sites: <font> everywhere, &nbsp; indents
    "font": {
        "p": lambda t: f'<p><font face="仿宋_GB2312" size="4">&nbsp;&nbsp;&nbsp;&nbsp;{lead_in(t, "b")}</font></p>',
        "h": lambda t: f'<p align="center"><font color="#000080" size="4"><b>{esc(t)}</b></font></p>',
        "fig": lambda src, cap: f'<p align="center"><img src="{src}" border="0"></p>\n<p align="center"><font size="2">{esc(cap)}</font></p>',
        "table": lambda rows: table_html(rows, 'border="1" cellspacing="0" cellpadding="2" bordercolor="#000000"'),
    },
}


def render_br(blocks, img_prefix="W0202304"):
    """Paragraphs separated by <br>, as old table-layout sites print them."""
    parts, gold = [], []
    n = 0
    for kind, value in blocks:
        if kind == "table":
            parts.append(table_html(value, 'border="1" cellspacing="0" cellpadding="3" width="90%" align="center"'))
        elif kind == "fig":
            n += 1
            parts.append(f'<center><img src="./{img_prefix}{n:02d}.jpg" border="0"></center><br>\u3000\u3000{esc(value)}<br><br>')
        elif kind == "h":
            parts.append(f"\u3000\u3000<b>{esc(value)}</b><br><br>")
        else:
            parts.append(f"\u3000\u3000{esc(value)}<br><br>")
        gold.append(text_of((kind, value)))
    return "\n".join(parts), gold

package cn.gidi.dongtai.extract;

import cn.gidi.dongtai.text.DateFinder;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what sits in or around an article body but is not the article: share bars, QR codes, print and
 * close links, the 责任编辑/编辑/二审 lines, related-article lists, copyright notes, and a title or date
 * line repeated at the top. Works on a copy of the body element.
 */
final class BodyCleaner {

    private static final Pattern NOISE_CLASS = Pattern.compile("(?i)(^|[\\s_-])(share|bdshare\\w*|bshare\\w*|fenxiang|fx"
            + "|jiathis|qr|qrcode|qr_container|ewm|erweima|print|dayin|related|relate|xgxw|xgwz|xgwj|xgyd|xgxx|xglj"
            + "|relevant|recommend|tjyd|tuijian|comment|pinglun|wzy|crumbs?|breadcrumb\\w*|dqwz|bread|edit"
            + "|editor-line|fontsize|declare|copyright-note|article-tags|pageshare|setfont|zan|dianzan|swiper\\w*)($|[\\s_-])");
    private static final Pattern EDITOR_LINE = Pattern.compile("^[（(【\\[]?\\s*(责任编辑|责编|编辑|编审|审核|审校|校对|初审"
            + "|二审|三审|终审|复审|监制|值班编辑|作者|记者|通讯员|摄影|摄像|供稿|稿源|来源|信息来源|文章来源|发布于)\\s*[:：|]?"
            + "[^。！？]{0,40}$");
    private static final Pattern EDITOR_IN_LINE = Pattern.compile("^[^。！？]{0,12}(责任编辑|责编)\\s*[:：][^。！？]{0,20}$");
    private static final Pattern TOOL_LINE = Pattern.compile("^([【\\[]?\\s*(打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|"
            + "我要纠错|纠错|收藏|返回顶部|回到顶部|举报|不喜欢|不感兴趣|播报|更多|大|中|小)\\s*[】\\]]?\\s*[|｜]?\\s*)+$"
            + "|^\\d{0,6}\\s*(上一页|下一页|首页|尾页|末页)\\s*\\d{0,6}$"
            + "|^(分享到|分享|扫一扫|扫码|用微信|微信扫|上一篇|下一篇|字号|【字体|字体|浏览次数|访问量|点击数|阅读次数"
            + "|相关链接|相关阅读|相关新闻|相关文章|相关稿件|相关文件|相关推荐|相关解读|推荐阅读|声明|版权声明|免责声明"
            + "|转载请注明|本文来源|关注公众号|关注我们|扫描二维码|长按识别|点击进入|点击查看"
            + "|减少或屏蔽此类|已标记为不喜欢|语音播报|播报文章|关键字[:：]|关键词[:：]|标签[:：]).*");
    /** A platform's disclaimer under a post, whatever its length. */
    private static final Pattern DISCLAIMER = Pattern.compile(
            "^(特别声明|平台声明|免责声明|版权声明|郑重声明)[:：].*|^(?i)notice\\s*:\\s*the content above.*"
                    + "|^(以上|本文)内容.{0,40}(仅提供信息存储服务|不代表本(站|网|平台)观点).*"
                    + "|^.{0,30}(专稿|原创)[，,。]?\\s*未经.{0,8}授权.{0,6}(请勿|不得|禁止)转载.*");
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "^[【\\[]?(相关链接|相关阅读|相关新闻|相关文章|相关稿件|相关文件|相关推荐|延伸阅读|推荐阅读|猜你喜欢|为你推荐"
                    + "|热门推荐|热点推荐)[】\\]]?[:：]?$");
    private static final Pattern INFO_LINE = Pattern.compile("(发布时间|发布日期|时间|日期|来源|作者|字号|字体|浏览|阅读|点击)");
    private static final Pattern DOCUMENT_LINK = Pattern.compile("(?i)\\.(pdf|docx?|xlsx?|wps|ofd|zip|rar|et)(\\?|$)");
    private static final String BLOCK_INSIDE = "div, p, table, ul, ol, dl, h1, h2, h3, h4, h5, h6, section, article, "
            + "center, blockquote, pre, figure";
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final String LINES = "p, div, span, font, li, dd, dt, h1, h2, h3, h4, h5, h6, td, section, center, em, strong, b";

    private BodyCleaner() {
    }

    static Element clean(Element body, String title) {
        Element copy = body.clone();
        Pruner.prune(copy);
        for (Element e : copy.getAllElements()) {
            if (e != copy && e.parent() != null && NOISE_CLASS.matcher(e.className() + " " + e.id()).find()
                    && e.text().length() < 300) {
                e.remove();
            }
        }
        removeAds(copy);
        removeRelatedTail(copy);
        removeLines(copy);
        removeLinkLists(copy);
        removeLeadingTitleAndInfo(copy, title);
        removeTrailingLinkLines(copy);
        paragraphsFromDivs(copy);
        return copy;
    }

    /** Links to other pages after the last paragraph (a document link, 附件, stays). */
    private static void removeTrailingLinkLines(Element root) {
        List<Element> lines = root.select(LINES);
        for (int i = lines.size() - 1; i >= 0; i--) {
            Element e = lines.get(i);
            if (e == root || e.parent() == null) {
                continue;
            }
            String t = squash(e.text());
            if (t.isEmpty()) {
                continue;
            }
            if (!isLinkLine(e, t)) {
                return;
            }
            e.remove();
        }
    }

    /** A short line that is one link to another page: "点击进入…>>", a related headline. */
    private static boolean isLinkLine(Element e, String squashed) {
        List<Element> links = e.select("a[href]");
        if (links.size() != 1 || squashed.length() > 40 || DOCUMENT_LINK.matcher(links.get(0).attr("href")).find()) {
            return false;
        }
        return squash(links.get(0).text()).length() == squashed.length();
    }

    /**
     * Divs that hold only text become paragraphs: the sanitizer keeps no div, and a body written as one
     * div per paragraph would otherwise run together.
     */
    private static void paragraphsFromDivs(Element root) {
        for (Element e : root.select("div, section, article, center")) {
            if (e != root && e.hasText() && e.select(BLOCK_INSIDE).size() == 1) {
                e.tagName("p");
            }
        }
    }

    /**
     * An advertisement set into the text: a link labelled 广告 ({@code <a><i>广告</i><span>…</span></a>}), which
     * portals put between paragraphs.
     */
    private static void removeAds(Element root) {
        for (Element a : root.select("a")) {
            if (a.parent() != null && a.children().stream().anyMatch(c -> squash(c.text()).equals("广告"))
                    && squash(a.text()).length() <= 80) {
                a.remove();
            }
        }
    }

    /** A 相关链接/相关阅读 heading inside the body, and everything after it. */
    private static void removeRelatedTail(Element root) {
        for (Element e : root.select(LINES)) {
            if (e != root && e.parent() != null && RELATED_HEADING.matcher(squash(e.text())).matches()) {
                Element from = e;
                while (from.parent() != root && from.parent() != null && from.parent().children().size() == 1) {
                    from = from.parent();
                }
                for (Element next = from.nextElementSibling(); next != null; next = from.nextElementSibling()) {
                    next.remove();
                }
                from.remove();
                return;
            }
        }
    }

    private static void removeLines(Element root) {
        for (Element e : root.select(LINES)) {
            if (e == root || e.parent() == null) {
                continue;
            }
            String t = squash(e.text());
            if (partOfLongerLine(e, t)) {
                continue;
            }
            boolean editor = EDITOR_LINE.matcher(t).matches() || EDITOR_IN_LINE.matcher(t).matches();
            boolean tool = TOOL_LINE.matcher(t).matches(); // may come with its QR code image
            if (t.length() <= 60 && !t.isEmpty() && (tool || editor && e.select("img").isEmpty())
                    || t.length() <= 400 && DISCLAIMER.matcher(e.text().strip()).matches()) {
                e.remove();
            }
        }
    }

    /** Lists of links to other pages (related articles, more from the column); links to documents stay. */
    private static void removeLinkLists(Element root) {
        for (Element e : root.select("ul, ol, div, dl, table, p")) {
            if (e == root || e.parent() == null) {
                continue;
            }
            List<Element> links = e.select("a[href]");
            if (links.size() < 2 || links.stream().anyMatch(a -> DOCUMENT_LINK.matcher(a.attr("href")).find())) {
                continue;
            }
            int linkText = links.stream().mapToInt(a -> squash(a.text()).length()).sum();
            if (linkText >= squash(e.text()).length() * 0.7) {
                e.remove();
            }
        }
    }

    /** A repeat of the title and the date/source line above the first paragraph of prose. */
    private static void removeLeadingTitleAndInfo(Element root, String title) {
        String squashedTitle = title == null ? "" : squash(title);
        for (Element e : root.select(LINES)) {
            if (e == root || e.parent() == null) {
                continue;
            }
            String t = squash(e.text());
            if (t.isEmpty() || partOfLongerLine(e, t)) {
                continue;
            }
            boolean dated = DateFinder.inText(e.text()).isPresent();
            // the title, or the title with its date and time beside it
            boolean isTitle = !squashedTitle.isEmpty() && (t.equals(squashedTitle)
                    || dated && t.startsWith(squashedTitle) && t.length() <= squashedTitle.length() + 20
                    || isHeading(e) && titleHeading(t, squashedTitle));
            boolean isInfo = dated && (t.length() <= 120 && INFO_LINE.matcher(t).find() || t.length() <= 20);
            boolean isLabel = t.length() <= 4 && !t.matches(".*[\\p{Punct}，。：；、\\d].*"); // 图集, 调整字体
            if (isTitle || isInfo || isLabel || isLinkLine(e, t)) {
                e.remove();
            } else if (t.length() >= 20 && (t.length() <= 120 || e.select(BLOCK_LINES).size() == 1)) {
                return; // a paragraph of prose: the article has started
            }
        }
    }

    private static boolean isHeading(Element e) {
        return e.normalName().matches("h[1-3]") || TitleFinder.TITLE_LIKE.matcher(e.className() + " " + e.id()).find();
    }

    /**
     * A heading above the text that is the title with a player's or reader's widget inside it ("…家世显赫播报文章"),
     * or the title without the keywords a page appends to {@code <title>} ("…提前离场_尼克斯_季后赛").
     */
    private static boolean titleHeading(String heading, String title) {
        return heading.startsWith(title) && heading.length() <= title.length() + 30
                || heading.length() >= 8 && title.startsWith(heading);
    }

    /**
     * A run of text inside a longer line: Word-exported pages split every paragraph into {@code <span>} and
     * {@code <font>} runs, some one character long ("今", "中"), which are words of the sentence, never a
     * label, a tool or an editor line on their own.
     */
    private static boolean partOfLongerLine(Element e, String squashed) {
        if (!INLINE.contains(e.tagName()) || e.parent() == null) {
            return false;
        }
        Element line = e.parent();
        while (INLINE.contains(line.tagName()) && line.parent() != null) {
            line = line.parent();
        }
        String whole = squash(line.text());
        // a short run, or a run of a sentence (a line with prose punctuation); not a 作者/编辑 span beside a pager
        return whole.length() > squashed.length() && (squashed.length() <= 4 || whole.matches(".*[。，；！？].*"));
    }

    private static final java.util.Set<String> INLINE = java.util.Set.of("span", "font", "em", "strong", "b", "i", "u",
            "a", "sup", "sub", "o:p");
    private static final String BLOCK_LINES = "p, div, li, dd, dt, h1, h2, h3, h4, h5, h6, td, section, center";

    static String squash(String s) {
        return SPACE.matcher(s).replaceAll("");
    }
}

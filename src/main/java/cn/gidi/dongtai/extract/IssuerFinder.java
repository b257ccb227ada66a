package cn.gidi.dongtai.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The body that issued an article: the content system's {@code ContentSource} meta, then the issuing
 * body a policy page names ({@code 发文机关}, {@code 发布机构}), then the {@code 来源：} the page prints,
 * then a {@code source} meta, and last the article's author meta (a WeChat article's is its account). A
 * source that names only the site itself ({@code 本网}) names nobody.
 */
final class IssuerFinder {

    private static final Pattern ISSUING_BODY = Pattern.compile(
            "^[\\[【]?(?:发文机关|发文机构|发布机构|发文单位)[\\]】]?\\s*[:：]?");
    private static final Pattern SOURCE = Pattern.compile(
            "(?<!数据|图片|资料|图表|文字|转载|视频)(?:信息来源|文章来源|稿件来源|来源)\\s*[:：]");
    private static final Pattern FIRST_WORD = Pattern.compile("^[^\\s|｜/　]{2,40}");
    private static final Pattern SOURCE_CLASS = Pattern.compile("(?i)(^|[\\s_-])(source|laiyuan|wzly|xxly)($|[\\s_-])");
    private static final Pattern SELF = Pattern.compile("^(本网|本站|本网站|原创)$");

    private IssuerFinder() {
    }

    static String find(Document doc, String selected) {
        String issuer = clean(selected, true);
        if (issuer == null) {
            issuer = clean(PageMeta.first(doc, "ContentSource"), true);
        }
        if (issuer == null) {
            issuer = labelled(doc, ISSUING_BODY);
        }
        if (issuer == null) {
            issuer = labelled(doc, SOURCE);
        }
        if (issuer == null) {
            issuer = sourceClassed(doc);
        }
        if (issuer == null) {
            issuer = clean(PageMeta.first(doc, "source"), false);
        }
        if (issuer == null) {
            issuer = clean(PageMeta.first(doc, "og:article:author", "article:author"), true);
        }
        return issuer;
    }

    /** An element marked as the source by its class or id that prints the name alone: {@code <span class="source">}. */
    private static String sourceClassed(Document doc) {
        for (Element e : doc.body().getAllElements()) {
            if (SOURCE_CLASS.matcher(e.className() + " " + e.id()).find() && e.text().length() <= 40) {
                String issuer = clean(e.text(), false);
                if (issuer != null) {
                    return issuer;
                }
            }
        }
        return null;
    }

    private static String labelled(Document doc, Pattern label) {
        for (Labelled.Value v : Labelled.find(doc.body(), label)) {
            String issuer = clean(v.text(), v.separate());
            if (issuer != null) {
                return issuer;
            }
        }
        return null;
    }

    /** A whole value keeps its spaces (joint issuers); an inline one ends at the first space or bar. */
    private static String clean(String value, boolean whole) {
        if (value == null) {
            return null;
        }
        String v = Labelled.strip(SOURCE.matcher(value).replaceFirst(""));
        v = Labelled.strip(v.replaceFirst("^[:：]", ""));
        if (whole) {
            v = v.replaceAll("[\\s\\u3000\\u00A0]+", " ");
        } else {
            Matcher m = FIRST_WORD.matcher(v);
            v = m.find() ? m.group() : "";
        }
        if (v.length() < 2 || v.length() > 60 || SELF.matcher(v).matches() || v.matches(".*\\d{4}[-/年].*")) {
            return null;
        }
        return v;
    }
}

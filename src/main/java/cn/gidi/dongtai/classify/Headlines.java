package cn.gidi.dongtai.classify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headlines in the brief's style, made from a page's raw title: the issuer's short name (国家发展和改革委员会 →
 * 国家发展改革委, 工业和信息化部办公厅 → 工信部), "X关于印发《Y》的通知" → "X印发《Y》", site names before "｜"
 * or after "_" / " - " removed. The original title stays with the item; an editor's headline always wins
 * (the draft keeps what the editor typed). Also an importance score for choosing the lead item of 国策要论.
 */
public final class Headlines {

    /** Long official names and their short forms, longest first (applied in order). */
    private static final Map<String, String> SHORT = new LinkedHashMap<>();

    static {
        SHORT.put("中华人民共和国", "");
        SHORT.put("工业和信息化部办公厅", "工信部");
        SHORT.put("工业和信息化部", "工信部");
        SHORT.put("国家发展和改革委员会办公厅", "国家发展改革委");
        SHORT.put("国家发展和改革委员会", "国家发展改革委");
        SHORT.put("发展和改革委员会", "发展改革委");
        SHORT.put("中央网络安全和信息化委员会办公室", "中央网信办");
        SHORT.put("国家互联网信息办公室", "国家网信办");
        SHORT.put("科学技术部办公厅", "科技部");
        SHORT.put("科学技术部", "科技部");
        SHORT.put("人力资源和社会保障部", "人力资源社会保障部");
        SHORT.put("住房和城乡建设部", "住房城乡建设部");
        SHORT.put("国家市场监督管理总局", "市场监管总局");
        SHORT.put("国家金融监督管理总局", "金融监管总局");
        SHORT.put("中国人民银行", "人民银行");
        SHORT.put("国家认证认可监督管理委员会", "国家认监委");
        SHORT.put("经济和信息化委员会", "经济信息化委");
        SHORT.put("经济和信息化厅", "经信厅");
        SHORT.put("经济和信息化局", "经信局");
        SHORT.put("工业和信息化厅", "工信厅");
        SHORT.put("工业和信息化局", "工信局");
        SHORT.put("数据和政务服务局", "数据和政务服务局");
    }

    private static final Pattern SITE_PREFIX = Pattern.compile("^[^｜|《“]{2,14}[｜|]\\s*");
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s*([_＿]|\\s[-—–]\\s?|\\s?[-—–]\\s)[^_＿《》“”]{2,20}$");
    private static final Pattern ISSUE_DOC = Pattern.compile("^(.*?)关于(印发|发布|公布)(《[^》]+》)(的通知|的公告|的决定)?$");
    private static final Pattern ISSUE_PLAIN = Pattern.compile("^(.*?)关于(印发|发布|公布)([^《》]{4,})的(通知|公告)$");
    private static final Pattern CONSULT = Pattern.compile("^(.*?)关于公开征求(《[^》]+》)(（征求意见稿）)?意见的(公告|通知)$");

    private Headlines() {
    }

    /** The brief's headline for a raw title; {@code issuer} fills in who issued it when the title does not say. */
    public static String headline(String title, String issuer) {
        if (title == null || title.isBlank()) {
            return title;
        }
        String t = title.strip();
        t = SITE_PREFIX.matcher(t).replaceFirst("");
        t = SITE_SUFFIX.matcher(t).replaceFirst("");
        Matcher m = ISSUE_DOC.matcher(t);
        if (m.matches()) {
            t = who(m.group(1), issuer) + m.group(2) + m.group(3);
        } else if ((m = ISSUE_PLAIN.matcher(t)).matches()) {
            t = who(m.group(1), issuer) + m.group(2) + "《" + m.group(3) + "》";
        } else if ((m = CONSULT.matcher(t)).matches()) {
            t = m.group(2) + "公开征求意见";
        }
        return shortNames(t);
    }

    /** The issuer's short name, e.g. 工业和信息化部办公厅 → 工信部. */
    public static String shortName(String issuer) {
        return issuer == null ? null : shortNames(issuer.strip());
    }

    private static String who(String inTitle, String issuer) {
        String w = inTitle.strip();
        return w.isEmpty() && issuer != null ? issuer.strip() : w;
    }

    private static String shortNames(String t) {
        String out = t;
        for (Map.Entry<String, String> e : SHORT.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        // a ministry's general office speaks for the ministry: 工信部办公厅 → 工信部
        out = out.replaceAll("(部|委)办公厅", "$1");
        return out.strip();
    }

    /**
     * How important an item is for leading the issue: who issued it (the Party Central Committee and the
     * State Council first, then several ministries together, then one ministry or national bureau) and
     * what it is (a plan, law or regulation over a notice; a draft or an explanation lower).
     */
    public static int importance(String title, String issuer) {
        String t = title == null ? "" : title;
        String who = (issuer == null ? "" : issuer) + " " + t;
        int score;
        if (who.contains("中共中央") || who.contains("国务院") || who.contains("全国人大") || who.contains("党中央")) {
            score = 100;
        } else if (t.matches(".*等\\s*[0-9一二三四五六七八九十]+\\s*(个)?部门.*") || t.matches(".*(部|委|局|办)\\s+\\S+(部|委|局|办).*")) {
            score = 85;
        } else if (who.matches(".*(部|委员会|发展改革委|网信办|数据局|总局|银行|监管).*") && !who.matches(".*(省|市|区|县).*")) {
            score = 70;
        } else {
            score = 40;
        }
        if (t.matches(".*(规划|纲要|条例|法》|法律|决定).*")) {
            score += 20;
        } else if (t.matches(".*(意见|方案|计划|行动).*")) {
            score += 15;
        } else if (t.matches(".*(办法|规定|细则|标准).*")) {
            score += 12;
        } else if (t.matches(".*(通知|公告).*")) {
            score += 5;
        }
        if (t.contains("征求意见")) {
            score -= 5;
        }
        if (t.contains("解读") || t.contains("答记者问")) {
            score -= 15;
        }
        return score;
    }
}

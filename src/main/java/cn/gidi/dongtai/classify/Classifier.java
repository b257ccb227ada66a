package cn.gidi.dongtai.classify;

import cn.gidi.dongtai.source.SourceKind;
import cn.gidi.dongtai.extract.Article;
import java.util.List;

/**
 * Sorts an article into a section by who issued it and what kind of document it is (ANATOMY.md):
 * Guizhou news goes to 数谷动态 whoever wrote it; research reports, statistics and foreign developments
 * go to 产业前沿 even from a ministry; otherwise central bodies' documents are 国策要论 and provincial or
 * municipal ones 地方新政. The issuer named on the page outranks the kind of site it was found on, since
 * ministries repost provinces' news and vice versa.
 */
public final class Classifier {

    private final ClassifyRules rules;

    public Classifier(ClassifyRules rules) {
        this.rules = rules;
    }

    public Classification classify(Article a) {
        String issuer = a.issuer() == null ? "" : a.issuer();
        String title = a.title();
        int score = topicScore(title, a.bodyText());
        boolean relevant = score >= rules.minScore();
        String topic = relevant ? "" : "；与数字经济无关（主题分 " + score + "，低于 " + rules.minScore() + "），不收录";

        String guizhou = firstIn(title + " " + issuer, rules.guizhouTerms());
        if (guizhou != null || a.sourceKind() == SourceKind.GUIZHOU) {
            String why = guizhou != null ? "标题或来源含“" + guizhou + "”" : "来源站点属贵州";
            return new Classification(Section.SHUGU, relevant, score, "数谷动态：" + why + topic);
        }
        String foreign = startsWithAny(title, rules.foreignTerms());
        if (foreign != null) {
            return new Classification(Section.FRONTIER, relevant, score, "产业前沿：国际动态（" + foreign + "）" + topic);
        }
        String genre = firstIn(title, rules.frontierTerms());
        if (genre != null) {
            return new Classification(Section.FRONTIER, relevant, score,
                    "产业前沿：研究报告或统计发布（标题含“" + genre + "”）" + topic);
        }
        SourceKind kind = issuerKind(issuer);
        String byWhom;
        if (kind != null) {
            byWhom = "发布机构“" + issuer + "”";
        } else {
            kind = a.sourceKind();
            byWhom = "来源站点“" + a.sourceName() + "”";
        }
        if (kind == null) {
            return new Classification(Section.FRONTIER, relevant, score, "产业前沿：发布机构与来源类别不明" + topic);
        }
        return switch (kind) {
            case CENTRAL -> new Classification(Section.POLICY, relevant, score,
                    "国策要论：" + byWhom + "为中央部门" + topic);
            case LOCAL -> new Classification(Section.LOCAL, relevant, score,
                    "地方新政：" + byWhom + "为地方政府或部门" + topic);
            case RESEARCH -> new Classification(Section.FRONTIER, relevant, score,
                    "产业前沿：" + byWhom + "为研究机构、智库或企业" + topic);
            case GUIZHOU -> new Classification(Section.SHUGU, relevant, score, "数谷动态：" + byWhom + "属贵州" + topic);
        };
    }

    /** What kind of body the issuer's name says it is, or null when the name does not tell. */
    SourceKind issuerKind(String issuer) {
        if (issuer.isBlank()) {
            return null;
        }
        if (firstIn(issuer, rules.guizhouTerms()) != null) {
            return SourceKind.GUIZHOU;
        }
        if (firstIn(issuer, rules.researchIssuers()) != null) {
            return SourceKind.RESEARCH;
        }
        if (startsWithAny(issuer, rules.centralIssuers()) != null) {
            return SourceKind.CENTRAL;
        }
        if (firstIn(issuer, rules.localPlaces()) != null || issuer.matches(".{2,8}?(省|市|自治区|县|区)(?!场).*")) {
            return SourceKind.LOCAL;
        }
        return null;
    }

    /** Title terms count three times as much as body terms; body occurrences are capped per term. */
    int topicScore(String title, String body) {
        int score = 0;
        String b = body == null ? "" : body;
        for (String term : rules.topicTerms()) {
            if (title.contains(term)) {
                score += 3;
            }
            score += Math.min(3, occurrences(b, term));
        }
        return score;
    }

    private static int occurrences(String text, String term) {
        int n = 0;
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length())) {
            n++;
        }
        return n;
    }

    private static String firstIn(String text, List<String> terms) {
        for (String t : terms) {
            if (text.contains(t)) {
                return t;
            }
        }
        return null;
    }

    private static String startsWithAny(String text, List<String> terms) {
        String t = text.replaceFirst("^[《“\"]", "");
        for (String term : terms) {
            if (t.startsWith(term)) {
                return term;
            }
        }
        return null;
    }
}

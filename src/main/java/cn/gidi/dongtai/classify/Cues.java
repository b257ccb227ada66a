package cn.gidi.dongtai.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule evidence about an item, each cue both a feature the model weighs and a sentence the editor
 * reads: who issued it (central body, local government, research body, Guizhou), where it is (the
 * divisions gazetteer, Guizhou anywhere in the text), what kind of document it is (plan, measures or
 * draft for comment versus report, white paper, statistics, standard, foreign news) and how much of the
 * brief's vocabulary it uses. All text is folded ({@link Fold}) before it gets here.
 */
final class Cues {

    /** A figure with its unit in a title: 337.7万个, 12万亿元, 六成, 95%, 1—4月. */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "\\d+(\\.\\d+)?\\s*(万|亿|%|个|家|倍|成|台|户)|[一二三四五六七八九十]成|\\d+\\s*[—\\-~]\\s*\\d+\\s*月");

    private final ClassifyRules rules;
    private final Places places;

    Cues(ClassifyRules rules, Places places) {
        this.rules = rules;
        this.places = places;
    }

    /** Feature name → the evidence sentence for it. */
    Map<String, String> of(String title, String issuer, String text) {
        Map<String, String> cues = new LinkedHashMap<>();
        String head = text.length() > 300 ? text.substring(0, 300) : text;
        String opening = opening(head);

        String gz = firstIn(title + " " + issuer, rules.guizhouTerms());
        if (gz == null) {
            gz = places.findGuizhou(title + " " + issuer);
        }
        if (gz != null) {
            cues.put("R:gz-title", "标题或发布机构提到“" + gz + "”（贵州）");
        }
        String gzText = firstIn(text, rules.guizhouTerms());
        if (gzText == null) {
            gzText = places.findGuizhou(head);
        }
        if (gzText != null) {
            cues.put("R:gz-text", "正文提到“" + gzText + "”（贵州）");
        }

        String kind = issuerKind(issuer);
        if (kind != null) {
            cues.put("R:issuer-" + kind, "发布机构“" + issuer + "”为" + switch (kind) {
                case "guizhou" -> "贵州的机构";
                case "research" -> "研究机构、智库、协会或企业";
                case "central" -> "中央部门";
                default -> "地方政府或部门";
            });
        }
        String central = firstIn(title, rules.centralIssuers());
        if (central != null) {
            cues.put("R:central-title", "标题提到中央机构“" + central + "”");
        }
        for (String c : rules.centralIssuers()) {
            if (c.length() >= 3 && head.contains(c)) {
                cues.put("R:central-text", "正文开头提到中央机构“" + c + "”");
                break;
            }
        }
        // a state leader acting in office (签署国务院令, 主持会议, 讲话) speaks for the central bodies
        String leader = firstIn(title + " " + opening, rules.centralLeaders());
        if (leader != null) {
            cues.put("R:central-leader", "提到中央领导“" + leader + "”");
        }
        String place = places.find(title);
        if (place == null) {
            place = firstIn(title, rules.localPlaces());
        }
        if (place != null && gz == null) {
            cues.put("R:place-title", "标题含地名“" + place + "”");
        }
        String placeText = places.find(head);
        if (placeText != null && gzText == null) {
            cues.put("R:place-text", "正文开头含地名“" + placeText + "”");
        }
        String scope = firstIn(title + " " + head, rules.localScopeTerms());
        if (scope != null) {
            cues.put("R:local-scope", "提到“" + scope + "”：地方层面");
        }

        titleTerm(cues, "R:genre-report", title, rules.frontierTerms(), "：报告、统计或标准类");
        titleTerm(cues, "R:genre-policy", title, rules.policyTerms(), "：政策文件类");
        if (title.contains("征求意见")) {
            cues.put("R:genre-draft", "征求意见稿");
        }
        titleTerm(cues, "R:offtopic-title", title, rules.offTopicTerms(), "：多在本刊范围之外");
        titleTerm(cues, "R:national-title", title, rules.nationalTerms(), "：全国层面");
        // the genre as the opening sentence names it: a broadcast's title often gives neither the document
        // nor the body ("工业和信息化部近日印发《…计划》", "…最新数据显示", "发布《…报告》")
        String openingPolicy = termCue(cues, "R:genre-policy-text", opening, rules.openingPolicyTerms(),
                "正文开头", "：政策文件类");
        termCue(cues, "R:genre-report-doc", title + " " + opening, rules.openingReportTerms(), "标题或正文开头",
                "：报告、白皮书或标准");
        termCue(cues, "R:genre-stats-text", opening, rules.openingStatisticsTerms(), "正文开头", "：数据发布");
        String foreign = firstIn(title + " " + opening, rules.foreignTerms());
        if (foreign != null) {
            cues.put("R:foreign", "提到境外“" + foreign + "”");
        }

        String figures = firstIn(title, rules.statisticsTerms());
        if (figures == null && FIGURE.matcher(title).find()) {
            figures = "数字";
        }
        if (figures != null) {
            cues.put("R:genre-stats", "标题含“" + figures + "”：数据、成就类报道");
        }
        if (gz != null && firstIn(title + " " + head, rules.economyTerms()) != null) {
            cues.put("R:gz-economy", "贵州的经济消息");
        }

        // 数据 as "figures" (经济数据, 数据显示) is no topic: the phrases are masked before the vocabulary is read
        String topicTitle = mask(title, rules.figurePhrases());
        String topicHead = mask(head, rules.figurePhrases());
        List<String> inTitle = allIn(topicTitle, rules.topicTerms());
        // only generic words (数据, 网络, 智能 …) in the title: a decoy as often as not
        boolean weak = inTitle.stream().allMatch(t -> rules.weakTopicTerms().contains(t));
        if (!inTitle.isEmpty() && weak) {
            cues.put("R:topic-title-weak", "标题只有泛用词：" + String.join("、", inTitle));
        }
        if (weak && cues.containsKey("R:offtopic-title")) {
            cues.put("R:decoy", "标题的题材在本刊范围之外，且无专门的主题词");
        }
        // figures about the nation or an industry; a place's figures are its own news (地方新政, 数谷动态)
        boolean policyTitle = cues.containsKey("R:genre-policy") || cues.containsKey("R:genre-draft");
        boolean figuresTitle = cues.containsKey("R:genre-stats") && !policyTitle;
        boolean figuresText = cues.containsKey("R:genre-stats-text") && !policyTitle && openingPolicy == null;
        if ((figuresTitle || figuresText) && place == null && gz == null && gzText == null) {
            cues.put("R:stats-not-policy", "报道数据或成就，不是政策文件");
        }
        List<String> inText = allIn(topicHead, rules.topicTerms());
        // no specific word of the vocabulary anywhere read (数据 of prices, 网络 of roads, 智能 trains); not said of
        // Guizhou, whose economy is the brief's with or without that vocabulary (数谷动态)
        if (weak && inText.stream().allMatch(t -> rules.weakTopicTerms().contains(t)) && gz == null && gzText == null) {
            cues.put("R:topic-weak-only", inTitle.isEmpty() && inText.isEmpty() ? "标题和正文开头都无主题词"
                    : "标题和正文开头只有泛用词");
        }
        cues.put("R:topic-title-" + Math.min(2, inTitle.size()), inTitle.isEmpty() ? "标题无主题词"
                : "标题主题词：" + String.join("、", inTitle));
        cues.put("R:topic-text-" + (inText.isEmpty() ? 0 : inText.size() < 3 ? 1 : 2), inText.isEmpty() ? "正文无主题词"
                : "正文主题词：" + String.join("、", inText.subList(0, Math.min(6, inText.size()))));
        return cues;
    }

    /** The opening sentence of the body (at most 160 characters): where a broadcast names the actor and the act. */
    static String opening(String head) {
        int end = head.length();
        for (char c : new char[] {'。', '！', '？', '\n'}) {
            int at = head.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return head.substring(0, Math.min(end, 160));
    }

    /** The text with each phrase blanked out (□), so a word inside it is not read on its own. */
    static String mask(String text, List<String> phrases) {
        String out = text;
        for (String p : phrases) {
            if (out.contains(p)) {
                out = out.replace(p, "□".repeat(p.length()));
            }
        }
        return out;
    }

    /** A cue for the first of {@code terms} in the title, with the term quoted in its sentence. */
    private static void titleTerm(Map<String, String> cues, String feature, String title, List<String> terms,
                                  String meaning) {
        termCue(cues, feature, title, terms, "标题", meaning);
    }

    /** A cue for the first of {@code terms} in {@code text} ({@code where} names that text); the term, or null. */
    private static String termCue(Map<String, String> cues, String feature, String text, List<String> terms,
                                  String where, String meaning) {
        String term = firstIn(text, terms);
        if (term != null) {
            cues.put(feature, where + "含“" + term + "”" + meaning);
        }
        return term;
    }

    /** guizhou, research, central or local, or null when the issuer's name does not tell. */
    String issuerKind(String issuer) {
        if (issuer.isBlank()) {
            return null;
        }
        if (firstIn(issuer, rules.guizhouTerms()) != null || places.findGuizhou(issuer) != null) {
            return "guizhou";
        }
        if (firstIn(issuer, rules.researchIssuers()) != null) {
            return "research";
        }
        String t = issuer.replaceFirst("^[《“\"]", "");
        for (String c : rules.centralIssuers()) {
            if (t.startsWith(c)) {
                return "central";
            }
        }
        if (places.find(issuer) != null || firstIn(issuer, rules.localPlaces()) != null
                || issuer.matches(".{2,8}?(省|市|自治区|县|区)(?!场).*")) {
            return "local";
        }
        return null;
    }

    static String firstIn(String text, List<String> terms) {
        if (terms == null) {
            return null;
        }
        for (String t : terms) {
            if (text.contains(t)) {
                return t;
            }
        }
        return null;
    }

    static List<String> allIn(String text, List<String> terms) {
        List<String> found = new ArrayList<>();
        for (String t : terms) {
            if (text.contains(t)) {
                found.add(t);
            }
        }
        return found;
    }
}

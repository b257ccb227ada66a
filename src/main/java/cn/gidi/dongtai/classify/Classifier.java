package cn.gidi.dongtai.classify;

import cn.gidi.dongtai.extract.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides each item's section and whether the brief would carry it at all. Two kinds of evidence: the
 * rules ({@link Cues}: issuer gazetteer, central bodies, genre, Guizhou anywhere, the brief's vocabulary)
 * and a linear model trained on labelled items over character n-grams of the title and the opening of
 * the body, which weighs the cues with the words. Items the editors have already decided (recorded with
 * {@link EditorExamples}) follow the editors: the model is fine-tuned on their examples when loaded, and an
 * item seen before gets the editors' call outright. Guizhou in the title or issuer always means 数谷动态.
 */
public final class Classifier {

    /** How much of the body the n-grams read: the labelled items carry one or two opening sentences. */
    static final int HEAD = 300;
    /**
     * An item is kept when P(off-topic) is below this. Chosen by 5-fold cross-validation inside the labelled
     * corpus's training part (the threshold with the best accuracy; {@code classify --cross-check} prints
     * the sweep), never by looking at the held-out part.
     */
    static final double RELEVANCE_THRESHOLD = Double.parseDouble(System.getProperty("dongtai.train.threshold", "0.30"));
    /** The weight of a text's n-grams against a rule cue's 1 (chosen by cross-validation, see Training). */
    static final double SCALE = Double.parseDouble(System.getProperty("dongtai.train.scale", "0.7"));

    private final double lowConfidence;
    private final java.util.function.Supplier<Loaded> loader;
    private volatile Loaded loaded;

    /** The rules and the model, fine-tuned on the editors' examples, which it also remembers by title. */
    private record Loaded(ClassifyRules rules, LinearModel model, Cues cues, Map<String, Example> remembered) {
    }

    Classifier(ClassifyRules rules, LinearModel model, List<Example> editorExamples, double lowConfidence) {
        this.lowConfidence = lowConfidence;
        this.loaded = build(rules, model, editorExamples);
        this.loader = () -> loaded;
    }

    /** Loads on first use, so a command that classifies nothing does not need the model. */
    private Classifier(java.util.function.Supplier<Loaded> loader, double lowConfidence) {
        this.lowConfidence = lowConfidence;
        this.loader = loader;
    }

    private Loaded build(ClassifyRules rules, LinearModel model, List<Example> editorExamples) {
        Cues cues = new Cues(rules, new Places(model.places()));
        Map<String, Example> remembered = new HashMap<>();
        if (editorExamples.isEmpty()) {
            return new Loaded(rules, model, cues, remembered);
        }
        LinearModel tuned = model.copy();
        this.loaded = new Loaded(rules, model, cues, remembered); // features are read with the untuned cues
        Training.fineTune(tuned, this, editorExamples);
        for (Example e : editorExamples) {
            remembered.put(key(e.title()), e);
        }
        return new Loaded(rules, tuned, cues, remembered);
    }

    private Loaded state() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = loader.get();
                }
                l = loaded;
            }
        }
        return l;
    }

    /**
     * The classifier the pipeline uses: rules from {@code rulesFile}, the trained model from {@code modelFile}
     * (made by {@code classify --train}), and the editors' examples from {@code examplesFile} if it exists.
     */
    public static Classifier load(Path rulesFile, Path modelFile, Path examplesFile, double lowConfidence) {
        ClassifyRules rules = ClassifyRules.load(rulesFile);
        Classifier[] self = new Classifier[1];
        self[0] = new Classifier(() -> {
            LinearModel model = readModel(modelFile);
            List<Example> examples = Files.isRegularFile(examplesFile) ? EditorExamples.read(examplesFile) : List.of();
            return self[0].build(rules, model, examples);
        }, lowConfidence);
        return self[0];
    }

    static LinearModel readModel(Path modelFile) {
        if (!Files.isRegularFile(modelFile)) {
            throw new IllegalArgumentException(modelFile.toAbsolutePath() + " not found: the classifier model is made by "
                    + "'dongtai classify --train' (see README, Classification); or set dongtai.classify.model");
        }
        try (InputStream in = Files.newInputStream(modelFile)) {
            return LinearModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(modelFile + ": cannot read the classifier model: " + e.getMessage(), e);
        }
    }

    public Classification classify(Article a) {
        return classify(a.title(), a.issuer(), a.bodyText());
    }

    public Classification classify(String title, String issuer, String text) {
        return classify(title, issuer, text, RELEVANCE_THRESHOLD);
    }

    /** With another P(off-topic) threshold: cross-validation chooses it (see {@link CrossValidation}). */
    Classification classify(String title, String issuer, String text, double threshold) {
        String t = Fold.fold(title);
        String i = Fold.fold(issuer);
        String x = Fold.fold(text);
        Loaded state = state();
        LinearModel model = state.model();
        Map<String, String> found = state.cues().of(t, i, x);
        List<LinearModel.Feature> features = features(t, x, found);
        double[] p = model.probabilities(model.vector(features));
        // 数谷动态 is Guizhou's news: without Guizhou named in the title, the issuer or the opening, the model's
        // words alone (数据, 算力 …) do not put an item there. (One undisputed training item, a feature story
        // whose Guizhou setting comes after the opening, is the exception the reader cannot see either.)
        boolean guizhou = found.containsKey("R:gz-title") || found.containsKey("R:gz-text");
        int best = Section.POLICY.ordinal();
        for (int c = 0; c < LinearModel.OFF_TOPIC; c++) {
            if (p[c] > p[best] && (guizhou || c != Section.SHUGU.ordinal())) {
                best = c;
            }
        }
        double off = p[LinearModel.OFF_TOPIC];
        boolean relevant = off < threshold;
        List<String> evidence = new ArrayList<>();
        Section section = Section.values()[best];
        double confidence = relevant ? p[best] : off;
        Example editors = state.remembered().get(key(title));
        if (editors != null) {
            relevant = !Example.OFF_TOPIC.equals(editors.label());
            section = relevant ? Section.parse(editors.label()) : section;
            confidence = 1.0;
            evidence.add("编辑已确认：" + editors.label());
        } else if (found.containsKey("R:decoy")) {
            relevant = false;
            confidence = Math.max(off, 1 - off);
            evidence.add("规则：题材在本刊范围之外（标题只有泛用词）");
        } else if (genericOnly(found)) {
            relevant = false;
            confidence = Math.max(off, 1 - off);
            evidence.add("规则：标题和正文开头只有泛用词，不属本刊题材");
        } else if (relevant) {
            Rule rule = sectionRule(found);
            if (rule != null && rule.section() != section) {
                section = rule.section();
                confidence = 1 - off;
                evidence.add("规则：" + rule.why());
            }
        }
        evidence.addAll(found.values());
        evidence.add(words(model, features, relevant ? section.ordinal() : LinearModel.OFF_TOPIC));
        int score = (int) Math.round(100 * (1 - off));
        boolean low = confidence < lowConfidence;
        String reason = relevant
                ? section.label() + "：" + lead(evidence) + String.format("（置信度 %.2f%s）", confidence, low ? "，请编辑核对" : "")
                : String.format("与数字经济无关（置信度 %.2f%s）：%s，不收录", confidence, low ? "，请编辑核对" : "",
                        lead(evidence));
        return new Classification(section, relevant, score, reason, confidence, low, evidence);
    }

    /**
     * No specific word of the brief's vocabulary in the title or the opening (数据 of mountains' heights, 网络 of
     * roads, 智能 trains, 经济数据): no topic of the brief. Not for Guizhou (its economy is the brief's) nor for a
     * central body's policy document, where the model weighs the words. No undisputed labelled training item
     * these cover is on-topic.
     */
    static boolean genericOnly(Map<String, String> cues) {
        boolean central = cues.containsKey("R:issuer-central") || cues.containsKey("R:central-title")
                || cues.containsKey("R:central-text") || cues.containsKey("R:central-leader");
        boolean policy = cues.containsKey("R:genre-policy") || cues.containsKey("R:genre-draft")
                || cues.containsKey("R:genre-policy-text");
        return cues.containsKey("R:topic-weak-only") && !(central && policy);
    }

    record Rule(Section section, String why) {
    }

    /**
     * The section the rules settle without the model, in this order: Guizhou in the title or issuer; figures
     * and achievements that are no policy document (statistics are 产业前沿 even from a ministry); a report,
     * white paper or standard that is no policy document; foreign news; a local government's policy document
     * (地方新政); a central body's — or a state leader's — policy document, law, meeting or speech about no
     * place (国策要论); a title whose subject is a place outside Guizhou, with no central body or leader named
     * in it and not from a research body or company (地方新政: a broadcast names no local issuer, the title
     * names the place); a policy document, law or regulation that names no place and no local or research
     * issuer, which is the nation's (国策要论). The genre counts whether the title or the opening sentence
     * gives it. In the labelled training part no undisputed item these rules cover sits in another section
     * (four disputed ones do: a central white paper and a central standards guide, a central ethics guide, a
     * weekly digest naming a ministry and Shanghai), and they hold whichever source style carried the item,
     * where the model's words do not (the CCTV transcripts and the web pages word the same news differently).
     */
    static Rule sectionRule(Map<String, String> cues) {
        if (cues.containsKey("R:gz-title")) {
            return new Rule(Section.SHUGU, "贵州的消息归数谷动态");
        }
        boolean policyTitle = cues.containsKey("R:genre-policy") || cues.containsKey("R:genre-draft");
        boolean policy = policyTitle || cues.containsKey("R:genre-policy-text");
        if (cues.containsKey("R:stats-not-policy")) {
            return new Rule(Section.FRONTIER, "数据、成就类报道归产业前沿");
        }
        if (cues.containsKey("R:genre-report-doc") && !policy && !cues.containsKey("R:gz-text")) {
            return new Rule(Section.FRONTIER, "报告、白皮书、标准归产业前沿");
        }
        if (cues.containsKey("R:foreign")) {
            return new Rule(Section.FRONTIER, "境外动态归产业前沿");
        }
        if (cues.containsKey("R:issuer-local") && policyTitle) {
            return new Rule(Section.LOCAL, "地方政府的政策文件归地方新政");
        }
        boolean central = cues.containsKey("R:issuer-central") || cues.containsKey("R:central-title")
                || cues.containsKey("R:central-text") || cues.containsKey("R:central-leader");
        boolean report = cues.containsKey("R:genre-report") || cues.containsKey("R:genre-report-doc");
        if (central && policy && !cues.containsKey("R:place-title") && !report) {
            return new Rule(Section.POLICY, "中央部门的政策文件归国策要论");
        }
        boolean issuerTells = cues.containsKey("R:issuer-local") || cues.containsKey("R:issuer-research")
                || cues.containsKey("R:issuer-guizhou");
        if (cues.containsKey("R:place-title") && !cues.containsKey("R:central-title")
                && !cues.containsKey("R:central-leader") && !cues.containsKey("R:issuer-research")) {
            return new Rule(Section.LOCAL, "标题以地方为主体（非中央机构）归地方新政");
        }
        if (policyTitle && !issuerTells && !cues.containsKey("R:place-title") && !cues.containsKey("R:place-text")
                && !cues.containsKey("R:local-scope") && !cues.containsKey("R:gz-text") && !report) {
            return new Rule(Section.POLICY, "不涉地方的法规、政策文件归国策要论");
        }
        return null;
    }

    /** The first piece of evidence that says something (not the empty-vocabulary cues). */
    private static String lead(List<String> evidence) {
        return evidence.stream().filter(e -> !e.startsWith("标题无") && !e.startsWith("正文无")).findFirst()
                .orElse(evidence.isEmpty() ? "" : evidence.get(0));
    }

    /** The n-grams that pushed most towards the decision, e.g. 词：“数据要素”+0.8、“算力”+0.5. */
    private static String words(LinearModel model, List<LinearModel.Feature> features, int cls) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> top = features.stream().filter(f -> !f.name().startsWith("R:"))
                .sorted(Comparator.comparingDouble((LinearModel.Feature f) -> -model.contribution(f, cls)))
                .filter(f -> model.contribution(f, cls) > 0.01)
                .filter(f -> seen.add(f.name().substring(f.name().indexOf(':') + 1)))
                .limit(4)
                .map(f -> String.format("“%s”%+.2f", f.name().substring(f.name().indexOf(':') + 1), model.contribution(f, cls)))
                .toList();
        return top.isEmpty() ? "模型：无突出用词" : "模型用词：" + String.join("、", top);
    }

    List<LinearModel.Feature> features(Example e) {
        String t = Fold.fold(e.title());
        String x = Fold.fold(e.text());
        return features(t, x, state().cues().of(t, Fold.fold(e.issuer()), x));
    }

    /** Rule cues (value 1), title character 1–3-grams and body 2–3-grams (each set scaled to unit length). */
    static List<LinearModel.Feature> features(String title, String text, Map<String, String> cues) {
        List<LinearModel.Feature> out = new ArrayList<>();
        for (String cue : cues.keySet()) {
            out.add(new LinearModel.Feature(cue, 1f));
        }
        addGrams(out, "t", letters(title), 1, 3);
        addGrams(out, "b", letters(text.length() > HEAD ? text.substring(0, HEAD) : text), 2, 3);
        return out;
    }

    private static void addGrams(List<LinearModel.Feature> out, String prefix, String s, int min, int max) {
        Set<String> grams = new LinkedHashSet<>();
        for (int n = min; n <= max; n++) {
            for (int k = 0; k + n <= s.length(); k++) {
                grams.add(prefix + n + ":" + s.substring(k, k + n));
            }
        }
        float v = grams.isEmpty() ? 0 : (float) (SCALE / Math.sqrt(grams.size()));
        for (String g : grams) {
            out.add(new LinearModel.Feature(g, v));
        }
    }

    /** Letters and digits only: punctuation and spaces say nothing about the topic. */
    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    static String key(String title) {
        return letters(Fold.fold(title));
    }

    ClassifyRules rules() {
        return state().rules();
    }
}

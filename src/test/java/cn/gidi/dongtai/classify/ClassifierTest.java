package cn.gidi.dongtai.classify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.TestFiles;
import cn.gidi.dongtai.source.SourceKind;
import cn.gidi.dongtai.extract.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The classifier against the editors' own sorting in the two published issues. */
class ClassifierTest {

    private final Classifier classifier = TestFiles.classifier();

    @Test
    void sortsEveryItemOfThePublishedIssuesIntoTheSectionTheEditorsChose() throws IOException {
        List<String> wrong = new ArrayList<>();
        int total = 0;
        for (String issue : List.of("seed-issues/2023-16.json", "seed-issues/2024-20.json")) {
            JsonNode items = JsonMapper.builder().build().readTree(TestFiles.shared(issue).toFile()).get("items");
            for (JsonNode it : items) {
                total++;
                String body = it.get("paragraphs").valueStream().map(JsonNode::asString).collect(Collectors.joining("\n"));
                // The site the editors found it on is unknown here: the issuer and the document decide.
                Article a = new Article(null, it.get("title").asString(), null, it.get("source").asString(), "",
                        body, "未知来源", null);
                Classification c = classifier.classify(a);
                Section expected = Section.parse(it.get("section").asString());
                if (c.section() != expected || !c.relevant()) {
                    wrong.add(it.get("title").asString() + ": expected " + expected.label() + ", got " + c.reason());
                }
            }
        }
        assertThat(total).isEqualTo(25);
        assertThat(wrong).isEmpty();
    }

    @Test
    void dropsOffTopicNewsAndSaysWhy() {
        Article flood = new Article(null, "省发展改革委赴凉山州督导检查防汛减灾和安全生产工作", null, "四川省发展和改革委员会",
                "", "督导组一行深入凉山州，检查防汛减灾和安全生产工作，要求压实责任，做好汛期值班值守。", "四川省发展和改革委员会",
                SourceKind.LOCAL);
        Classification c = classifier.classify(flood);
        assertThat(c.relevant()).isFalse();
        assertThat(c.reason()).contains("不收录");
    }

    @Test
    void theSameMinistryLandsInDifferentSectionsByGenre() {
        Article plan = article("工业和信息化部关于印发《数字化转型行动计划》的通知", "工业和信息化部");
        Article stats = article("2024年1—4月份软件业经济运行情况", "工业和信息化部运行监测协调局");
        assertThat(classifier.classify(plan).section()).isEqualTo(Section.POLICY);
        assertThat(classifier.classify(stats).section()).isEqualTo(Section.FRONTIER);
        assertThat(classifier.classify(article("贵阳贵安推进数据中心集群建设", "贵阳日报")).section()).isEqualTo(Section.SHUGU);
        assertThat(classifier.classify(plan).reason()).contains("工业和信息化部");
    }

    private static Article article(String title, String issuer) {
        return new Article(null, title, null, issuer, "", title + "。推进数据要素、数字经济、人工智能和算力基础设施建设。",
                "未知来源", SourceKind.CENTRAL);
    }
}

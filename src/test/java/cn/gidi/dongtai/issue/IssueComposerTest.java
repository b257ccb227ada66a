package cn.gidi.dongtai.issue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.classify.ClassifyRules;
import cn.gidi.dongtai.classify.Classifier;
import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.source.SourceKind;
import cn.gidi.dongtai.crawl.Week;
import cn.gidi.dongtai.extract.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueComposerTest {

    private final IssueComposer composer = new IssueComposer(
            cn.gidi.dongtai.TestFiles.classifier(),
            new IssueNumbering(new DongtaiProperties.Numbering(LocalDate.of(2024, 5, 27), 19, 182)));

    private static final String BODY = "推进数据要素市场化配置改革，加快建设全国一体化算力网络，发展数字经济和人工智能。";

    @Test
    void theSameDocumentOnSeveralSitesIsKeptOnceFromItsIssuersOwnSite() {
        Article repost = new Article("https://www.gov.cn/zhengce/a.htm", "国家数据局关于印发《数据要素行动计划》的通知",
                LocalDate.of(2024, 5, 30), "国家数据局", "<p>x</p>", BODY, "中国政府网", SourceKind.CENTRAL);
        Article own = new Article("https://www.nda.gov.cn/sjj/a.html", "国家数据局关于印发《数据要素行动计划》的通知",
                LocalDate.of(2024, 5, 30), "国家数据局", "<p>x</p>", BODY, "国家数据局", SourceKind.CENTRAL);
        IssueComposer.Composition c = composer.compose(List.of(repost, own), Week.endingOn(LocalDate.of(2024, 6, 3)),
                List.of());
        assertThat(c.issue().items()).singleElement().satisfies(i -> {
            assertThat(i.url()).isEqualTo("https://www.nda.gov.cn/sjj/a.html");
            assertThat(i.section()).isEqualTo(Section.POLICY);
        });
        assertThat(c.dropped()).singleElement().satisfies(d -> assertThat(d.reason()).contains("重复"));
    }

    @Test
    void composesANumberedIssueWithSectionsInTheirFixedOrder() {
        Article local = new Article("https://a.example/1", "浙江省数据局印发《公共数据授权运营实施方案》", LocalDate.of(2024, 5, 29),
                "浙江省数据局", "<p>x</p>", BODY, "浙江省数据局", SourceKind.LOCAL);
        Article guizhou = new Article("https://b.example/2", "贵阳贵安数字经济增加值占比超过50%", LocalDate.of(2024, 5, 31),
                "贵阳日报", "<p>x</p>", BODY, "贵阳网", SourceKind.GUIZHOU);
        Article central = new Article("https://c.example/3", "工业和信息化部印发《算力基础设施高质量发展行动计划》",
                LocalDate.of(2024, 5, 28), "工业和信息化部", "<p>x</p>", BODY, "工业和信息化部", SourceKind.CENTRAL);
        Issue issue = composer.compose(List.of(guizhou, local, central), Week.endingOn(LocalDate.of(2024, 6, 3)),
                List.of()).issue();
        assertThat(issue.id()).isEqualTo("2024-20");
        assertThat(issue.items()).extracting(IssueItem::section)
                .containsExactly(Section.POLICY, Section.LOCAL, Section.SHUGU);
        assertThat(issue.items()).allSatisfy(i -> assertThat(i.reason()).isNotBlank());
        assertThat(issue.lead().title()).contains("算力基础设施");
    }
}

package cn.gidi.dongtai.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.PdfText;
import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueItem;
import cn.gidi.dongtai.issue.IssueStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssueRendererTest {

    private Issue issue;
    private RenderedIssue rendered;
    private PdfText pdf;

    @BeforeAll
    void render(@TempDir Path out) throws IOException {
        List<IssueItem> items = new ArrayList<>();
        int n = 0;
        for (Section s : Section.values()) {
            for (int i = 0; i < 3; i++) {
                n++;
                StringBuilder body = new StringBuilder();
                // Bodies of different lengths, so items start at different places on different pages.
                for (int p = 0; p < 3 + (n * 7) % 11; p++) {
                    body.append("<p>第").append(p + 1).append("段：推进数据要素市场化配置改革，加快建设全国一体化算力网络，")
                            .append("支持人工智能大模型在政务、制造、医疗等领域的应用示范，完善数据安全治理体系。</p>");
                }
                if (n == 2) {
                    body.append("<table><tr><th>指标</th><th>数值</th></tr><tr><td>软件业务收入</td><td>37,048亿元</td></tr></table>");
                }
                items.add(new IssueItem(String.format("item-%02d", n), s, s.label() + "测试条目第" + n + "篇关于数字经济发展的文件",
                        "发布机构" + n, "https://www.example.gov.cn/art/2024/5/" + n + "/art_" + n + ".html",
                        LocalDate.of(2024, 5, 28), n == 1 ? "这是编者按：本文值得关注。" : null, body.toString(), "测试"));
            }
        }
        issue = new Issue("2024-20", LocalDate.of(2024, 6, 3), 20, 183, LocalDate.of(2024, 5, 28), LocalDate.of(2024, 6, 3),
                IssueStatus.DRAFT, Instant.now(), items);
        IssueRenderer renderer = cn.gidi.dongtai.TestFiles.renderer(out);
        rendered = renderer.render(issue);
        pdf = new PdfText(rendered.pdf());
    }

    @Test
    void writesAllFourOutputs() {
        assertThat(rendered.html()).exists();
        assertThat(rendered.pdf()).exists();
        assertThat(rendered.emailHtml()).exists();
        assertThat(rendered.emailText()).exists();
        assertThat(rendered.manifest()).exists();
    }

    @Test
    void everyTocPageNumberIsThePageWhereThatItemsTitleIs() {
        int tocPage = pdf.pageOf("本期要目");
        assertThat(tocPage).isEqualTo(3);
        String toc = PdfText.squeeze(pdf.pages.get(tocPage - 1));
        for (Manifest.SectionEntry s : rendered.contents().sections()) {
            for (Manifest.ItemEntry it : s.items()) {
                int actual = pdf.pageOf(it.title(), tocPage + 1);
                assertThat(actual).as(it.title()).isEqualTo(it.page());
                assertThat(toc).contains(String.format("%02d", it.page()) + PdfText.squeeze(it.title()));
            }
        }
        assertThat(rendered.contents().sections()).extracting(Manifest.SectionEntry::name)
                .containsExactly("国策要论", "地方新政", "产业前沿", "数谷动态");
        assertThat(rendered.contents().sections().stream().flatMap(s -> s.items().stream()).map(Manifest.ItemEntry::page)
                .distinct().count()).isGreaterThan(4);
    }

    @Test
    void theCoverMastheadAndItemsReadAsPublished() {
        String cover = PdfText.squeeze(pdf.pages.get(0));
        assertThat(cover).contains("大数据发展动态", "以战略视角解读数字中国", "2024年6月3日第20期总第183期",
                PdfText.squeeze(issue.items().get(0).title()));
        String masthead = PdfText.squeeze(pdf.pages.get(1));
        assertThat(masthead).contains("指导单位", "总编辑", "声明：本信息产品为内部交流学习资料");
        String all = PdfText.squeeze(pdf.all());
        assertThat(all).contains("（来源：发布机构1）", "扫描二维码可阅读或下载全文",
                "原文链接：https://www.example.gov.cn/art/2024/5/1/art_1.html", "编者按", "贵阳智能大数据战略研究院");
        for (Section s : Section.values()) {
            assertThat(all).contains(s.label());
        }
    }

    @Test
    void fontsAreEmbeddedSubsets() {
        assertThat(pdf.fontNames).isNotEmpty();
        assertThat(pdf.fontsEmbedded).containsOnly(true);
        assertThat(pdf.fontNames).allMatch(name -> name.matches("[A-Z]{6}\\+.*"), "subset prefix");
    }

    @Test
    void theManifestListsTheIssueAndItsItemsInSectionOrder() throws IOException {
        JsonNode m = JsonMapper.builder().build().readTree(rendered.manifest().toFile());
        assertThat(m.get("id").asString()).isEqualTo("2024-20");
        assertThat(m.get("date").asString()).isEqualTo("2024-06-03");
        assertThat(m.get("number").asInt()).isEqualTo(20);
        assertThat(m.get("total").asInt()).isEqualTo(183);
        JsonNode first = m.get("sections").get(0).get("items").get(0);
        for (String field : List.of("title", "source", "url", "publishedAt", "page", "section", "reason")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
    }

    @Test
    void theWebPageAndEmailCarryTheSameItems() throws IOException {
        String web = Files.readString(rendered.html());
        String mail = Files.readString(rendered.emailHtml());
        String text = Files.readString(rendered.emailText());
        for (IssueItem it : issue.items()) {
            assertThat(web).contains(it.title());
            assertThat(mail).contains(it.title());
            assertThat(text).contains(it.title());
        }
        assertThat(web).contains("<table>").doesNotContain("<script");
    }
}

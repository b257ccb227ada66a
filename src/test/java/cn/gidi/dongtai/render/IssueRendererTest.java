package cn.gidi.dongtai.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
                if (n == 3) {
                    // The source indents with full-width spaces; its figure was not captured.
                    body.insert(0, "<p>\u3000\u3000全角空格缩进的段落，推进数据要素市场化配置改革。</p>"
                            + "<p><img src=\"https://www.example.gov.cn/fig1.png\"></p><p>图1 未能获取的示意图</p>");
                }
                // Titles of 33 to 38 characters: at 14pt a line holds about 34, so some would end on one or two.
                String title = s.label() + "测试条目第" + n + "篇关于数字经济发展的文件"
                        + "关于推进数据要素市场化配置改革的实施意见和工作方案".substring(0, Math.max(0, 9 + n % 6 + (n > 9 ? -1 : 0)));
                items.add(new IssueItem(String.format("item-%02d", n), s, title,
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
    void everyTocPageNumberIsThePageWhereThatItemsTitleIsCountingFromTheFirstArticlePage() {
        int tocPage = pdf.pageOf("本期要目");
        assertThat(tocPage).isEqualTo(3);
        int frontMatter = tocPage;
        String toc = PdfText.squeeze(pdf.pages.get(tocPage - 1));
        for (Manifest.SectionEntry s : rendered.contents().sections()) {
            for (Manifest.ItemEntry it : s.items()) {
                int actual = pdf.pageOf(it.title(), tocPage + 1);
                assertThat(actual - frontMatter).as(it.title()).isEqualTo(it.page());
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

    /** The text lines of each page in reading order, with where each line ends on the page (points). */
    private record Line(String text, float endX) {
    }

    private List<List<Line>> lines() throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(rendered.pdf().toFile())) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        glyphs.add(text);
                    }
                };
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                stripper.getText(doc);
                TreeMap<Integer, List<TextPosition>> byLine = new TreeMap<>();
                for (TextPosition g : glyphs) {
                    byLine.computeIfAbsent(Math.round(g.getYDirAdj() / 3), k -> new ArrayList<>()).add(g);
                }
                List<Line> page = new ArrayList<>();
                for (List<TextPosition> l : byLine.values()) {
                    l.sort(Comparator.comparing(TextPosition::getXDirAdj));
                    StringBuilder t = new StringBuilder();
                    l.forEach(g -> t.append(g.getUnicode()));
                    TextPosition last = l.get(l.size() - 1);
                    page.add(new Line(PdfText.squeeze(t.toString()), last.getXDirAdj() + last.getWidthDirAdj()));
                }
                page.removeIf(l -> l.text().isEmpty());
                pages.add(page);
            }
        }
        return pages;
    }

    @Test
    void onlyArticlePagesCarryTheRunningHeaderWithTheDateAtTheRightMarginAndTheirPrintedNumber() throws IOException {
        List<List<Line>> pages = lines();
        String header = "大数据发展动态2024年6月3日第20期总第183期";
        int front = 3;
        float rightMargin = 595.28f - 20 * 72 / 25.4f;
        for (int i = 0; i < pages.size(); i++) {
            List<Line> page = pages.get(i);
            boolean article = i >= front && i < pages.size() - 1;
            if (article) {
                assertThat(page.get(0).text()).as("header of page %d", i + 1).isEqualTo(header);
                assertThat(page.get(0).endX()).as("date ends at the right margin").isCloseTo(rightMargin, within(2f));
                assertThat(page.get(page.size() - 1).text()).as("number of page %d", i + 1)
                        .isEqualTo(String.format("%02d", i - front + 1));
            } else {
                assertThat(page.get(0).text()).as("page %d has no header", i + 1).isNotEqualTo(header);
                assertThat(page.get(page.size() - 1).text()).as("page %d has no number", i + 1).doesNotMatch("\\d+");
            }
        }
        assertThat(PdfText.squeeze(pdf.pages.get(pdf.pages.size() - 1))).contains("贵州省大数据发展促进会");
    }

    @Test
    void noLineStartsWithClosingPunctuationAndNoTitleEndsOnALineOfTwoCharacters() throws IOException {
        List<List<Line>> pages = lines();
        for (List<Line> page : pages) {
            for (Line l : page) {
                assertThat("，。、；：？！）》」』】”’".indexOf(l.text().charAt(0))).as(l.text()).isEqualTo(-1);
            }
        }
        int multiLine = 0;
        for (IssueItem it : issue.items()) {
            String title = PdfText.squeeze(it.title());
            boolean found = false;
            for (List<Line> page : pages.subList(3, pages.size())) {
                for (int i = 0; i < page.size() && !found; i++) {
                    StringBuilder joined = new StringBuilder();
                    for (int j = i; j < page.size() && title.startsWith(joined + page.get(j).text()); j++) {
                        joined.append(page.get(j).text());
                        if (joined.toString().equals(title)) {
                            found = true;
                            if (j > i) {
                                multiLine++;
                                assertThat(page.get(j).text().length()).as("last line of " + title).isGreaterThan(2);
                            }
                            break;
                        }
                    }
                }
            }
            assertThat(found).as(title).isTrue();
        }
        assertThat(multiLine).as("titles that wrap").isGreaterThan(3);
    }

    @Test
    void oneIndentWhateverTheSourceTypedAndAFigureThatCouldNotBeHadGoesWithItsCaption() throws IOException {
        String web = Files.readString(rendered.html());
        assertThat(web).contains("<p>全角空格缩进的段落").doesNotContain("图1 未能获取的示意图").doesNotContain("fig1.png");
        assertThat(pdf.all()).doesNotContain("\u3000全角空格").doesNotContain("未能获取的示意图");
        assertThat(PdfText.squeeze(pdf.all())).contains("全角空格缩进的段落");
        assertThat(rendered.contents().warnings()).anySatisfy(w -> assertThat(w).contains("item-03", "图1 未能获取的示意图"));
    }

    @Test
    void linksOutlineAndMetadata() throws IOException {
        try (PDDocument doc = Loader.loadPDF(rendered.pdf().toFile())) {
            Set<String> uris = new HashSet<>();
            int tocLinks = 0;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                for (PDAnnotation a : doc.getPage(i).getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        if (link.getAction() instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        } else if (i == 2 && (link.getDestination() != null || link.getAction() instanceof PDActionGoTo)) {
                            tocLinks++;
                        }
                    }
                }
            }
            assertThat(uris).containsAll(issue.items().stream().map(IssueItem::url).toList());
            assertThat(tocLinks).as("live TOC entries").isGreaterThanOrEqualTo(issue.items().size());

            PDDocumentOutline outline = doc.getDocumentCatalog().getDocumentOutline();
            List<String> sections = new ArrayList<>();
            for (PDOutlineItem section : outline.children()) {
                sections.add(section.getTitle());
                List<String> titles = new ArrayList<>();
                for (PDOutlineItem item : section.children()) {
                    titles.add(item.getTitle());
                    int page = doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
                    assertThat(PdfText.squeeze(pdf.pages.get(page - 1))).as(item.getTitle())
                            .contains(PdfText.squeeze(item.getTitle()));
                }
                assertThat(titles).containsExactlyElementsOf(issue.items().stream()
                        .filter(it -> it.section().label().equals(section.getTitle())).map(IssueItem::title).toList());
            }
            assertThat(sections).containsExactly("国策要论", "地方新政", "产业前沿", "数谷动态");

            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("大数据发展动态 2024年6月3日 第20期 总第183期");
            assertThat(info.getAuthor()).contains("贵阳智能大数据战略研究院");
            assertThat(info.getSubject()).contains("以战略视角解读数字中国");
            assertThat(info.getKeywords()).contains("国策要论", "数谷动态");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
        }
    }
}

package cn.gidi.dongtai.render;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** email.html and email.txt as the mail stage takes them: inline styles, merge tags, links to the web edition. */
class EmailTest {

    @TempDir
    Path out;

    private static Issue issue() {
        List<IssueItem> items = new ArrayList<>();
        int n = 0;
        for (Section s : Section.values()) {
            n++;
            items.add(new IssueItem(String.format("item-%02d", n), s, s.label() + "条目" + n, "发布机构" + n,
                    "https://www.example.gov.cn/art/" + n + ".html", LocalDate.of(2024, 5, 28), null,
                    "<p>推进数据要素市场化配置改革。</p>", "测试"));
        }
        return new Issue("2024-20", LocalDate.of(2024, 6, 3), 20, 183, LocalDate.of(2024, 5, 28), LocalDate.of(2024, 6, 3),
                IssueStatus.DRAFT, Instant.parse("2024-06-03T00:00:00Z"), items);
    }

    @Test
    void htmlPartIs600PxTablesWithInlineStylesOnlyAPreheaderAndTheMergeTags() throws IOException {
        RenderedIssue r = cn.gidi.dongtai.TestFiles.renderer(out, "https://dongtai.example.org/issues").render(issue());
        String html = Files.readString(r.emailHtml());
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("[class]")).as("no class left: styles are inline").isEmpty();
        for (Element style : doc.select("style")) {
            assertThat(style.data().strip()).as("only what cannot be inlined").startsWith("@media");
        }
        Element sheet = doc.select("table[width=600]").first();
        assertThat(sheet).isNotNull();
        assertThat(sheet.attr("style")).contains("width:600px", "background-color:");
        Element preheader = doc.body().child(0);
        assertThat(preheader.attr("style")).contains("display:none");
        assertThat(preheader.text()).contains("第20期", "条目1", "等4篇");
        assertThat(doc.select("td:containsOwn(尊敬的)").attr("style")).contains("font-size:14px", "padding:");
        assertThat(html).contains("尊敬的{{name}}：").contains("href=\"{{unsubscribe_url}}\"");
        assertThat(doc.select("a[href]").eachAttr("href"))
                .contains("https://dongtai.example.org/issues/2024-20/issue.html#item-01",
                        "https://dongtai.example.org/issues/2024-20/issue.html");
        assertThat(doc.text()).contains(IssueRenderer.attachmentName("2024-20"));
        assertThat(doc.select("script, link, img[src^=http]")).isEmpty();

        String text = Files.readString(r.emailText());
        assertThat(text).contains("尊敬的{{name}}：", "退订：{{unsubscribe_url}}", "【国策要论】", "条目4",
                "https://dongtai.example.org/issues/2024-20/issue.html#item-04");
    }

    @Test
    void withoutAPublicWebEditionTheContentsLinkToTheOriginals() throws IOException {
        RenderedIssue r = cn.gidi.dongtai.TestFiles.renderer(out).render(issue());
        Document doc = Jsoup.parse(Files.readString(r.emailHtml()));
        assertThat(doc.select("a[href]").eachAttr("href")).contains("https://www.example.gov.cn/art/1.html")
                .noneMatch(h -> h.contains("issue.html"));
        assertThat(Files.readString(r.emailText())).contains("https://www.example.gov.cn/art/3.html");
    }

    @Test
    void theAttachmentIsNamedAsThePrintedIssuesAre() {
        assertThat(IssueRenderer.attachmentName("2024-20")).isEqualTo("大数据发展动态2024年第20期.pdf");
        assertThat(IssueRenderer.attachmentName("2025-05")).isEqualTo("大数据发展动态2025年第5期.pdf");
    }

    @Test
    void theCascadeIsKeptWhenInlining() {
        String html = "<html><head><style>p { color: red; font-size: 12px } .a { color: blue } #x { color: green }"
                + " p.b { font-size: 14px !important } .b { font-size: 20px }</style></head>"
                + "<body><p class=\"a\" id=\"x\">1</p><p class=\"a\">2</p><p class=\"b\" style=\"margin:0\">3</p></body></html>";
        Document doc = Jsoup.parse(EmailInliner.inline(html));
        assertThat(doc.select("p").get(0).attr("style")).contains("color:green").doesNotContain("color:blue");
        assertThat(doc.select("p").get(1).attr("style")).contains("color:blue", "font-size:12px");
        assertThat(doc.select("p").get(2).attr("style")).contains("font-size:14px", "margin:0").doesNotContain("20px");
        assertThat(doc.select("style")).isEmpty();
    }
}

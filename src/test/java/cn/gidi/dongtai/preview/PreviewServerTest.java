package cn.gidi.dongtai.preview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueItem;
import cn.gidi.dongtai.issue.IssueStatus;
import cn.gidi.dongtai.mail.IssueMailer;
import cn.gidi.dongtai.mail.MailSettings;
import cn.gidi.dongtai.mail.Subscriber;
import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.render.Templates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    @TempDir
    Path out;

    @Test
    void servesTheIndexAndEachIssuesWebPagePdfAndEmail() throws Exception {
        Templates templates = new Templates(Path.of("templates"));
        IssueRenderer renderer = cn.gidi.dongtai.TestFiles.renderer(out);
        renderer.render(new Issue("2024-20", LocalDate.of(2024, 6, 3), 20, 183, LocalDate.of(2024, 5, 28),
                LocalDate.of(2024, 6, 3), IssueStatus.DRAFT, Instant.now(), List.of(new IssueItem("item-01",
                Section.SHUGU, "2024数博会将于8月在贵阳举办", "数博会执委会", "https://www.bigdata-expo.cn/a.html",
                LocalDate.of(2024, 5, 30), null, "<p>数博会将于8月在贵阳举办。</p>", "测试"))));
        IssueMailer mailer = new IssueMailer(renderer, MailSettings.of(Map.of("from", "brief@example.org")));
        PreviewServer preview = new PreviewServer(out, templates, mailer, renderer,
                List.of(new Subscriber("li.na@example.org", "李娜", "促进会")));

        try (LoopbackServer server = preview.start("127.0.0.1", 0)) {
            assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
            HttpClient http = HttpClient.newHttpClient();
            assertThat(get(http, server, "")).contains("2024-20", "/2024-20/issue.pdf", "/2024-20/email");
            assertThat(get(http, server, "2024-20/issue.html")).contains("2024数博会将于8月在贵阳举办");
            assertThat(get(http, server, "2024-20/email")).contains("李娜", "li.na@example.org",
                    "《大数据发展动态》2024年6月3日 第20期（总第183期）", "大数据发展动态-2024-20.pdf");
            HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "2024-20/issue.pdf"))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
            HttpResponse<String> outside = http.send(HttpRequest.newBuilder(
                    URI.create(server.baseUrl() + "..%2F..%2Fetc%2Fpasswd")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(outside.statusCode()).isEqualTo(404);
        }
    }

    private static String get(HttpClient http, LoopbackServer server, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }
}

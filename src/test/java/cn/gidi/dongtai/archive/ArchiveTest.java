package cn.gidi.dongtai.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gidi.dongtai.TestFiles;
import cn.gidi.dongtai.classify.ClassifyRules;
import cn.gidi.dongtai.classify.Classifier;
import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.source.SourceKind;
import cn.gidi.dongtai.crawl.Week;
import cn.gidi.dongtai.extract.Article;
import cn.gidi.dongtai.issue.Approvals;
import cn.gidi.dongtai.issue.DraftEditor;
import cn.gidi.dongtai.issue.IssueComposer;
import cn.gidi.dongtai.issue.IssueNumbering;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.render.Templates;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {

    @TempDir
    Path tmp;

    @Test
    void publishesApprovedIssuesOnlyWithAnIndexByYearAndAnAtomFeed() throws Exception {
        IssueStore store = new IssueStore(tmp.resolve("issues"));
        DraftEditor editor = new DraftEditor(store);
        IssueComposer composer = new IssueComposer(cn.gidi.dongtai.TestFiles.classifier(),
                new IssueNumbering(new DongtaiProperties.Numbering(LocalDate.of(2024, 5, 27), 19, 182)));
        IssueRenderer renderer = TestFiles.renderer(tmp.resolve("output"));
        Approvals approvals = new Approvals(store, Clock.systemUTC());
        for (LocalDate date : List.of(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 10))) {
            List<Article> articles = List.of(new Article("https://nda.example/" + date, "国家数据局印发《数据要素行动计划》" + date,
                    date.minusDays(1), "国家数据局", "<p>推进数据要素市场化配置改革，发展数字经济和人工智能。</p>",
                    "推进数据要素市场化配置改革，发展数字经济和人工智能。", "国家数据局", SourceKind.CENTRAL));
            editor.compose(composer.compose(articles, Week.endingOn(date), store.list()), articles);
        }
        renderer.render(store.get("2024-20"));
        approvals.approve("2024-20", "编辑甲");
        renderer.render(store.get("2024-21")); // rendered, not approved

        Archive archive = new Archive(store, renderer, new Templates(Path.of("templates")), "https://brief.example/");
        Archive.Published p = archive.publish(tmp.resolve("site"));

        assertThat(p.issues()).containsExactly("2024-20");
        Path site = tmp.resolve("site");
        assertThat(site.resolve("2024/2024-20/index.html")).exists();
        assertThat(site.resolve("2024/2024-20/" + IssueRenderer.attachmentName("2024-20"))).exists();
        assertThat(site.resolve("2024/2024-21")).doesNotExist();
        var index = Jsoup.parse(Files.readString(site.resolve("index.html")));
        assertThat(index.select("h2").text()).isEqualTo("2024年");
        assertThat(index.select("a[href=2024/2024-20/]").text()).contains("2024年第20期");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(Files.readString(site.resolve("atom.xml"))));
        assertThat(feed.getEntries()).singleElement().satisfies(e -> {
            assertThat(e.getLink()).isEqualTo("https://brief.example/2024/2024-20/");
            assertThat(e.getTitle()).contains("第20期");
        });

        // Changed by hand after approval: no longer published, and said so.
        Path item = tmp.resolve("issues/2024-20/items/" + store.requireDraft("2024-20").index().items().get(0) + ".md");
        Files.writeString(item, Files.readString(item).replaceFirst("(?m)^title: .*$", "title: 改过的标题"));
        Archive.Published again = archive.publish(tmp.resolve("site2"));
        assertThat(again.issues()).isEmpty();
        assertThat(again.skipped()).singleElement().asString().contains("2024-20", "changed after approval");
    }
}

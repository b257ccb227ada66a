package cn.gidi.dongtai.console;

import cn.gidi.dongtai.DongtaiApplication;
import cn.gidi.dongtai.classify.ClassifyRules;
import cn.gidi.dongtai.classify.Classifier;
import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.source.SourceKind;
import cn.gidi.dongtai.crawl.Week;
import cn.gidi.dongtai.extract.Article;
import cn.gidi.dongtai.issue.DraftEditor;
import cn.gidi.dongtai.issue.IssueComposer;
import cn.gidi.dongtai.issue.IssueNumbering;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real console (the application as {@code preview} starts it: Spring MVC on Tomcat, bound to 127.0.0.1 on a
 * free port) over a draft of issue 2024-20 composed from five articles, in the test's own folder and database.
 */
final class ConsoleFixture implements AutoCloseable {

    static final String ID = "2024-20";
    private static final String BODY = "推进数据要素市场化配置改革，加快建设全国一体化算力网络，发展数字经济和人工智能。";

    final Path dir;
    final ConfigurableApplicationContext context;
    final IssueStore store;

    ConsoleFixture(Path dir, String... extra) {
        this.dir = dir;
        store = new IssueStore(dir.resolve("issues"));
        List<Article> articles = articles();
        IssueComposer composer = new IssueComposer(cn.gidi.dongtai.TestFiles.classifier(),
                new IssueNumbering(new DongtaiProperties.Numbering(LocalDate.of(2024, 5, 27), 19, 182)));
        new DraftEditor(store).compose(composer.compose(articles, Week.endingOn(LocalDate.of(2024, 6, 3)), List.of()),
                articles);
        List<String> args = new ArrayList<>(List.of(
                "--spring.main.web-application-type=servlet",
                "--dongtai.console.port=0",
                "--dongtai.paths.output=" + dir.resolve("output"),
                "--dongtai.paths.issues=" + dir.resolve("issues"),
                "--dongtai.paths.subscribers=" + dir.resolve("subscribers.csv"),
                "--dongtai.classify.examples=" + dir.resolve("editor-examples.jsonl"),
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/dongtai")));
        args.addAll(List.of(extra));
        SpringApplication app = new SpringApplication(DongtaiApplication.class);
        context = app.run(args.toArray(String[]::new));
        context.getBean(IssueRenderer.class).render(store.get(ID));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    String base() {
        return "http://127.0.0.1:" + port();
    }

    Path output() {
        return dir.resolve("output");
    }

    @Override
    public void close() {
        context.close();
    }

    private static List<Article> articles() {
        return List.of(
                new Article("https://www.miit.gov.cn/a1.html", "工业和信息化部印发《算力基础设施高质量发展行动计划》",
                        LocalDate.of(2024, 5, 28), "工业和信息化部", "<p>" + BODY + "</p><p>第二段。</p>", BODY,
                        "工业和信息化部", SourceKind.CENTRAL),
                new Article("https://www.nda.gov.cn/a2.html", "国家数据局关于印发《数据要素行动计划》的通知",
                        LocalDate.of(2024, 5, 30), "国家数据局", "<p>" + BODY + "</p>", BODY, "国家数据局",
                        SourceKind.CENTRAL),
                new Article("https://zj.example/a3.html", "浙江省数据局印发《公共数据授权运营实施方案》",
                        LocalDate.of(2024, 5, 29), "浙江省数据局", "<p>" + BODY + "</p>", BODY, "浙江省数据局",
                        SourceKind.LOCAL),
                new Article("https://www.gywb.cn/a4.html", "贵阳贵安数字经济增加值占比超过50%", LocalDate.of(2024, 5, 31),
                        "贵阳日报", "<p>" + BODY + "</p>", BODY, "贵阳网", SourceKind.GUIZHOU),
                new Article("https://sc.example/a5.html", "省发展改革委赴凉山州督导检查防汛工作", LocalDate.of(2024, 5, 30),
                        "四川省发展和改革委员会", "<p>防汛检查。</p>", "防汛检查。", "四川省发展和改革委员会",
                        SourceKind.LOCAL));
    }
}

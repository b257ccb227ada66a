package cn.gidi.dongtai.mail;

import cn.gidi.dongtai.time.StageClock;
import cn.gidi.dongtai.DongtaiApplication;
import cn.gidi.dongtai.TestFiles;
import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueItem;
import cn.gidi.dongtai.issue.IssueStatus;
import cn.gidi.dongtai.issue.Approvals;
import cn.gidi.dongtai.issue.DraftEditor;
import cn.gidi.dongtai.issue.IssueComposer;
import cn.gidi.dongtai.issue.IssueStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real application context for mail tests: its own H2 file database and folders below a temporary
 * directory, a really rendered issue with a draft, the SMTP server given, and a clock the test moves.
 */
final class MailFixture implements AutoCloseable {

    static final String ISSUE = "2024-20";
    static final String SECRET = "test-unsubscribe-key-0123456789";

    /** Not a @Configuration (component scanning would find it): registered only as a source here. */
    static final class ClockBeans {
        static volatile StageClock clock;

        @Bean
        @Primary
        StageClock testMailClock() {
            return clock;
        }
    }

    final Path dir;
    final ConfigurableApplicationContext context;
    final FakeClock clock;

    private MailFixture(Path dir, ConfigurableApplicationContext context, FakeClock clock) {
        this.dir = dir;
        this.context = context;
        this.clock = clock;
    }

    static synchronized MailFixture start(Path dir, int smtpPort, String... extra) {
        FakeClock clock = new FakeClock();
        ClockBeans.clock = clock;
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/dongtai").toAbsolutePath(),
                "--dongtai.paths.output=" + dir.resolve("output"),
                "--dongtai.paths.issues=" + dir.resolve("issues"),
                "--dongtai.paths.subscribers=" + dir.resolve("subscribers.csv"),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--dongtai.mail.unsubscribe-secret=" + SECRET,
                "--dongtai.mail.reply-to=editors@gidi.example.org",
                "--logging.level.cn.gidi.dongtai=ERROR"));
        args.addAll(List.of(extra));
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(DongtaiApplication.class, ClockBeans.class)
                .web(WebApplicationType.NONE).run(args.toArray(String[]::new));
        return new MailFixture(dir, ctx, clock);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * Stores a one-item issue as a draft, approves and renders it (as editors would before any send), and replaces
     * its e-mail bodies by ones with the merge tags.
     */
    static void renderIssue(Path dir) throws IOException {
        renderIssue(dir, ISSUE, LocalDate.of(2024, 6, 3), 20, 183);
    }

    static void renderIssue(Path dir, String id, LocalDate date, int number, int total) throws IOException {
        Issue issue = new Issue(id, date, number, total, date.minusDays(6), date,
                IssueStatus.DRAFT, Instant.now(), List.of(new IssueItem("item-01", Section.POLICY,
                "关于推进数据要素市场化配置的意见", "国家数据局", "https://www.nda.gov.cn/a.html", LocalDate.of(2024, 5, 30),
                null, "<p>推进数据要素市场化配置改革。</p>", "测试")));
        IssueStore store = new IssueStore(dir.resolve("issues"));
        new DraftEditor(store).compose(new IssueComposer.Composition(issue, List.of()), List.of());
        new Approvals(store, java.time.Clock.systemUTC()).approve(id, "测试编辑");
        TestFiles.renderer(dir.resolve("output")).render(store.get(id));
        Path out = dir.resolve("output").resolve(id);
        Files.writeString(out.resolve("email.html"), "<html><body><p>{{name}}，您好！</p><p>本期要目……</p>"
                + "<p><a href=\"{{unsubscribe_url}}\">退订</a></p></body></html>");
        Files.writeString(out.resolve("email.txt"), "{{name}}，您好！\n本期要目……\n退订：{{unsubscribe_url}}\n");
    }

    /** Subscribers sub000@example.org … in the default list; those whose index {@code refused} says use refuse.test. */
    void subscribe(int count, java.util.function.IntPredicate refused) {
        SubscriberStore store = bean(SubscriberStore.class);
        for (int i = 0; i < count; i++) {
            String email = String.format(refused.test(i) ? "sub%04d@refuse.test" : "sub%04d@example.org", i);
            store.add(new Subscriber(email, "读者" + i, "单位" + i), store.defaultList());
        }
    }

    @Override
    public void close() {
        context.close();
    }
}

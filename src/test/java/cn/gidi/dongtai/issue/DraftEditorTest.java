package cn.gidi.dongtai.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gidi.dongtai.classify.ClassifyRules;
import cn.gidi.dongtai.classify.Classifier;
import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.source.SourceKind;
import cn.gidi.dongtai.crawl.Week;
import cn.gidi.dongtai.extract.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts as files: composing, merging a second crawl, editors' changes, approval and its gate. */
class DraftEditorTest {

    private static final String BODY = "推进数据要素市场化配置改革，加快建设全国一体化算力网络，发展数字经济和人工智能。";
    private static final Week WEEK = Week.endingOn(LocalDate.of(2024, 6, 3));

    @TempDir
    Path tmp;

    private final IssueComposer composer = new IssueComposer(
            cn.gidi.dongtai.TestFiles.classifier(),
            new IssueNumbering(new DongtaiProperties.Numbering(LocalDate.of(2024, 5, 27), 19, 182)));

    private static Article article(String url, String title, String issuer, SourceKind kind, String body) {
        return new Article(url, title, LocalDate.of(2024, 5, 30), issuer, "<p>" + body + "</p>", body, issuer, kind);
    }

    private final List<Article> week = new ArrayList<>(List.of(
            article("https://miit.example/1", "工业和信息化部印发《算力基础设施高质量发展行动计划》", "工业和信息化部",
                    SourceKind.CENTRAL, BODY),
            article("https://zj.example/2", "浙江省数据局印发《公共数据授权运营实施方案》", "浙江省数据局", SourceKind.LOCAL, BODY),
            article("https://sc.example/3", "省发展改革委赴凉山州督导检查防汛工作", "四川省发展和改革委员会", SourceKind.LOCAL,
                    "防汛检查。")));

    private List<String> compose(DraftEditor editor, List<Article> articles) {
        IssueStore store = new IssueStore(tmp.resolve("issues"));
        return editor.compose(composer.compose(articles, WEEK, store.list()), articles);
    }

    @Test
    void aSecondCrawlKeepsWhatEditorsChangedAndAddsWhatIsNew() throws Exception {
        IssueStore store = new IssueStore(tmp.resolve("issues"));
        DraftEditor editor = new DraftEditor(store);
        assertThat(compose(editor, week)).containsExactly("new draft 2024-20: 2 items, 1 left out");
        Draft draft = store.requireDraft("2024-20");
        String miit = draft.index().items().get(0);
        String zj = draft.index().items().get(1);
        editor.edit("2024-20", miit, new DraftEditor.Edit("工信部印发算力行动计划", null, null, "编者按：要点。", null));
        editor.drop("2024-20", zj, "本期篇幅");
        editor.lead("2024-20", miit);

        List<Article> again = new ArrayList<>(week);
        again.set(0, article("https://miit.example/1", "工业和信息化部印发《算力基础设施高质量发展行动计划》", "工业和信息化部",
                SourceKind.CENTRAL, BODY + "（更新）"));
        again.add(article("https://nda.example/4", "国家数据局关于印发《数据要素行动计划》的通知", "国家数据局",
                SourceKind.CENTRAL, BODY));
        List<String> changes = compose(editor, again);

        assertThat(changes).anyMatch(c -> c.startsWith("new item 04-") && c.contains("国策要论"))
                .anyMatch(c -> c.startsWith("updated " + miit) && c.endsWith("text"));
        Draft merged = store.requireDraft("2024-20");
        Draft.Item first = merged.file(miit).orElseThrow();
        assertThat(first.front().title()).isEqualTo("工信部印发算力行动计划");
        assertThat(first.front().note()).isEqualTo("编者按：要点。");
        assertThat(first.body()).contains("（更新）"); // untouched by the editor: refreshed from the crawl
        assertThat(merged.index().excluded()).anyMatch(e -> e.item().equals(zj) && e.reason().contains("本期篇幅"));
        assertThat(merged.index().items()).doesNotContain(zj).hasSize(2);
        assertThat(merged.issue().lead().title()).isEqualTo("工信部印发算力行动计划");
        assertThat(merged.issue().number()).isEqualTo(20);
        assertThat(Files.readString(tmp.resolve("issues/2024-20/items/" + miit + ".md")))
                .startsWith("---\ntitle: 工信部印发算力行动计划\n").contains("original-title: 工业和信息化部印发");
    }

    @Test
    void editsMovesAndRestoresAreTheFilesAndSurviveRereading() {
        IssueStore store = new IssueStore(tmp.resolve("issues"));
        DraftEditor editor = new DraftEditor(store);
        compose(editor, week);
        Draft d = store.requireDraft("2024-20");
        String off = d.index().excluded().get(0).item();
        editor.restore("2024-20", off);
        editor.edit("2024-20", off, new DraftEditor.Edit(null, null, Section.SHUGU, null, "改写的正文。\n\n第二段。"));
        Issue issue = new IssueStore(tmp.resolve("issues")).get("2024-20");
        assertThat(issue.bySection().get(Section.SHUGU)).singleElement().satisfies(i -> {
            assertThat(i.title()).contains("凉山州");
            assertThat(i.bodyHtml()).isEqualTo("<p>改写的正文。</p>\n<p>第二段。</p>");
        });
        assertThatThrownBy(() -> editor.edit("2024-20", off, new DraftEditor.Edit(" ", null, null, null, null)))
                .hasMessageContaining("title cannot be empty");
    }

    @Test
    void onlyAnApprovedUnchangedAndRenderedDraftMaySend() throws Exception {
        IssueStore store = new IssueStore(tmp.resolve("issues"));
        DraftEditor editor = new DraftEditor(store);
        Approvals approvals = new Approvals(store, Clock.fixed(Instant.parse("2024-06-03T01:00:00Z"), ZoneOffset.UTC));
        compose(editor, week);
        String digest = store.get("2024-20").digest();
        assertThatThrownBy(() -> approvals.requireSendable("2024-20", digest)).hasMessageContaining("is not approved");

        Draft.Approval a = approvals.approve("2024-20", "编辑甲");
        assertThat(a.digest()).isEqualTo(digest);
        assertThat(a.at()).isEqualTo(Instant.parse("2024-06-03T01:00:00Z"));
        assertThat(approvals.requireSendable("2024-20", digest).id()).isEqualTo("2024-20");
        assertThatThrownBy(() -> approvals.requireSendable("2024-20", "sha256:other"))
                .hasMessageContaining("rendered files").hasMessageContaining("render --issue 2024-20");

        // A hand edit after approval: the digest no longer matches.
        Path file = tmp.resolve("issues/2024-20/items/" + store.requireDraft("2024-20").index().items().get(0) + ".md");
        Files.writeString(file, Files.readString(file) + "\n补一句。\n");
        assertThatThrownBy(() -> approvals.requireSendable("2024-20", digest))
                .hasMessageContaining("changed after 编辑甲 approved it");
        // A console edit after approval: back to draft.
        approvals.approve("2024-20", "编辑甲");
        editor.lead("2024-20", store.requireDraft("2024-20").index().items().get(1));
        assertThat(store.requireDraft("2024-20").state()).isEqualTo(IssueStatus.DRAFT);

        approvals.approve("2024-20", "编辑乙");
        approvals.markSent("2024-20");
        assertThatThrownBy(() -> editor.drop("2024-20", store.requireDraft("2024-20").index().items().get(0), null))
                .hasMessageContaining("has been sent");
        assertThat(compose(editor, week)).singleElement().asString().contains("is sent: left as it is");
    }

    @Test
    void anApprovalTeachesTheClassifierTheEditorsCalls() {
        IssueStore store = new IssueStore(tmp.resolve("issues"));
        DraftEditor editor = new DraftEditor(store);
        compose(editor, week);
        Draft d = store.requireDraft("2024-20");
        String zj = d.index().items().get(1);
        Section before = d.file(zj).orElseThrow().front().section();
        Section moved = before == Section.SHUGU ? Section.FRONTIER : Section.SHUGU;
        editor.edit("2024-20", zj, new DraftEditor.Edit("浙江公共数据授权运营方案出台", null, moved, null, null));
        Path examples = tmp.resolve("editor-examples.jsonl");
        new Approvals(store, Clock.systemUTC(), new cn.gidi.dongtai.classify.EditorExamples(examples))
                .approve("2024-20", "编辑甲");

        Article again = week.get(1);
        cn.gidi.dongtai.classify.Classifier next = cn.gidi.dongtai.classify.Classifier.load(
                Path.of("content/classify.yaml"), Path.of("content/classify-model.bin"), examples, 0.6);
        assertThat(cn.gidi.dongtai.TestFiles.classifier().classify(again).section()).isEqualTo(before);
        assertThat(next.classify(again).section()).isEqualTo(moved);
        // the candidate the editors left out is learnt as off-topic
        assertThat(next.classify(week.get(2)).relevant()).isFalse();
    }

    @Test
    void aBrokenDraftFileIsNamedWithItsLine() throws Exception {
        IssueStore store = new IssueStore(tmp.resolve("issues"));
        compose(new DraftEditor(store), week);
        Path file = tmp.resolve("issues/2024-20/items/" + store.requireDraft("2024-20").index().items().get(0) + ".md");
        Files.writeString(file, Files.readString(file).replaceFirst("section: 国策要论", "section: [国策要论"));
        assertThatThrownBy(() -> store.requireDraft("2024-20")).isInstanceOf(DraftException.class)
                .hasMessageContaining(file.toString() + " line ");
    }
}

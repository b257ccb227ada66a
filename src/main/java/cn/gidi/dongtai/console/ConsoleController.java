package cn.gidi.dongtai.console;

import cn.gidi.dongtai.archive.Archive;
import cn.gidi.dongtai.archive.ArchiveProperties;
import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.issue.Approvals;
import cn.gidi.dongtai.issue.Draft;
import cn.gidi.dongtai.issue.DraftEditor;
import cn.gidi.dongtai.issue.IssueStatus;
import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.mail.MailDelivery;
import cn.gidi.dongtai.mail.SendReport;
import cn.gidi.dongtai.pipeline.ManualItems;
import cn.gidi.dongtai.pipeline.RunHistory;
import cn.gidi.dongtai.render.IssueRenderer;
import cn.gidi.dongtai.render.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' console: the issues with their state and, per issue, the items by section with the classifier's
 * evidence, the candidates left out, and a form for every change an editor makes. Every change goes through
 * {@link DraftEditor} (the same draft files a text editor sees), then the issue is rendered again so the web
 * page, PDF and e-mail show it.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleController {

    /** Below this confidence the console flags an item for the editor's attention. */
    static final double LOW_CONFIDENCE = 0.6;

    private final IssueStore store;
    private final DraftEditor editor;
    private final Approvals approvals;
    private final IssueRenderer renderer;
    private final ManualItems manual;
    private final Archive archive;
    private final ArchiveProperties archiveSettings;
    private final RunHistory history;
    private final MailDelivery delivery;

    ConsoleController(IssueStore store, DraftEditor editor, Approvals approvals, IssueRenderer renderer,
                      ManualItems manual, Archive archive, ArchiveProperties archiveSettings, RunHistory history,
                      MailDelivery delivery) {
        this.history = history;
        this.delivery = delivery;
        this.archive = archive;
        this.archiveSettings = archiveSettings;
        this.store = store;
        this.editor = editor;
        this.approvals = approvals;
        this.renderer = renderer;
        this.manual = manual;
    }

    /** One row of the index. */
    public record IssueRow(String id, String date, int number, int total, String state, int items, int excluded,
                           boolean rendered, String approvedBy) {
    }

    /** One item as the console shows it. */
    public record ItemView(String name, String key, String title, String originalTitle, String issuer, String url,
                           String date, String section, String note, String body, String evidence, String confidence,
                           boolean low, boolean lead, String reason) {
    }

    public record SectionView(String name, List<ItemView> items) {
    }

    @GetMapping("/")
    String index(Model model) {
        List<IssueRow> rows = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>(store.drafts());
        java.util.Collections.reverse(drafts);
        for (Draft d : drafts) {
            Draft.Index i = d.index();
            rows.add(new IssueRow(i.id(), i.date().toString(), i.number(), i.total(), i.state().word(), i.items().size(),
                    i.excluded().size(), Files.isRegularFile(renderer.folder(i.id()).resolve(IssueRenderer.MANIFEST)),
                    i.approval() == null ? "" : i.approval().by()));
        }
        model.addAttribute("issues", rows);
        return "console-index";
    }

    @GetMapping("/issues/{id}")
    String issue(@PathVariable String id, Model model) {
        Draft draft = store.requireDraft(id);
        Map<Section, List<ItemView>> bySection = new LinkedHashMap<>();
        for (Section s : Section.values()) {
            bySection.put(s, new ArrayList<>());
        }
        for (Draft.Item it : draft.included()) {
            bySection.get(it.front().section()).add(view(draft, it, null));
        }
        List<SectionView> sections = new ArrayList<>();
        bySection.forEach((s, items) -> sections.add(new SectionView(s.label(), items)));
        List<ItemView> excluded = new ArrayList<>();
        for (Draft.Excluded e : draft.index().excluded()) {
            draft.file(e.item()).ifPresent(it -> excluded.add(view(draft, it, e.reason())));
        }
        String digest = draft.issue().digest();
        Draft.Approval approval = draft.index().approval();
        Optional<Manifest> manifest = manifest(id);
        model.addAttribute("id", id);
        model.addAttribute("index", draft.index());
        model.addAttribute("state", draft.state().word());
        // A sent issue is history: its files stay as they were mailed, so the page offers no edits.
        model.addAttribute("editable", draft.state() != IssueStatus.SENT);
        model.addAttribute("draftFolder", shown(store.folder(id)));
        model.addAttribute("sections", sections);
        model.addAttribute("sectionNames", java.util.Arrays.stream(Section.values()).map(Section::label).toList());
        model.addAttribute("excluded", excluded);
        model.addAttribute("approval", approval == null ? "" : approval.by() + "，" + approval.at());
        model.addAttribute("changedSinceApproval", approval != null && !approval.digest().equals(digest));
        model.addAttribute("rendered", manifest.isPresent());
        model.addAttribute("renderedCurrent", manifest.map(m -> digest.equals(m.digest())).orElse(false));
        model.addAttribute("crawlReport", Files.isRegularFile(renderer.folder(id).resolve("crawl-report.json")));
        SendReport delivered = delivery.report(id);
        model.addAttribute("delivery", delivered.subscribers() == 0 ? "" : delivered.summary());
        model.addAttribute("deliveryProblems", java.util.stream.Stream.concat(
                delivered.failed().stream().map(f -> f.email() + "：" + f.reason()),
                delivered.deferred().stream().map(d -> d.email() + "（暂缓，已试 " + d.attempts() + " 次）：" + d.reason()))
                .toList());
        return "console-issue";
    }

    @PostMapping("/issues/{id}/items/{item}")
    String edit(@PathVariable String id, @PathVariable String item, @RequestParam String title,
                @RequestParam(required = false) String issuer, @RequestParam String section,
                @RequestParam(required = false) String note, @RequestParam(required = false) String body,
                RedirectAttributes flash) {
        editor.edit(id, item, new DraftEditor.Edit(title, issuer, Section.parse(section), note, body));
        return saved(id, "已保存 " + item, flash);
    }

    @PostMapping("/issues/{id}/items/{item}/move")
    String move(@PathVariable String id, @PathVariable String item, @RequestParam String direction,
                RedirectAttributes flash) {
        editor.move(id, item, direction.equals("up") ? -1 : 1);
        return saved(id, "已移动 " + item, flash);
    }

    @PostMapping("/issues/{id}/items/{item}/drop")
    String drop(@PathVariable String id, @PathVariable String item,
                @RequestParam(required = false) String reason, RedirectAttributes flash) {
        editor.drop(id, item, reason);
        return saved(id, "已删除 " + item + "（可恢复）", flash);
    }

    @PostMapping("/issues/{id}/items/{item}/restore")
    String restore(@PathVariable String id, @PathVariable String item, RedirectAttributes flash) {
        editor.restore(id, item);
        return saved(id, "已恢复 " + item, flash);
    }

    @PostMapping("/issues/{id}/items/{item}/lead")
    String lead(@PathVariable String id, @PathVariable String item, RedirectAttributes flash) {
        editor.lead(id, item);
        return saved(id, "头条：" + item, flash);
    }

    @PostMapping("/issues/{id}/add-url")
    String addUrl(@PathVariable String id, @RequestParam String url, @RequestParam(required = false) String section,
                  RedirectAttributes flash) {
        String name = manual.addFromUrl(id, url, section == null || section.isBlank() ? null : Section.parse(section));
        return saved(id, "已添加 " + name, flash);
    }

    @PostMapping("/issues/{id}/add-text")
    String addText(@PathVariable String id, @RequestParam String title, @RequestParam(required = false) String issuer,
                   @RequestParam(required = false) String url, @RequestParam(required = false) String date,
                   @RequestParam String text, @RequestParam(required = false) String section,
                   RedirectAttributes flash) {
        String name = manual.addText(id, title, issuer, url,
                date == null || date.isBlank() ? null : LocalDate.parse(date.strip()), text,
                section == null || section.isBlank() ? null : Section.parse(section));
        return saved(id, "已添加 " + name, flash);
    }

    @PostMapping("/issues/{id}/render")
    String render(@PathVariable String id, RedirectAttributes flash) {
        return saved(id, "已重新排版", flash);
    }

    @PostMapping("/issues/{id}/approve")
    String approve(@PathVariable String id, @RequestParam(required = false) String by, Principal user,
                   RedirectAttributes flash) {
        String who = user != null ? user.getName() : by;
        renderer.render(store.get(id));
        Draft.Approval a = approvals.approve(id, who);
        flash.addFlashAttribute("message", "已审定：" + a.by() + "，" + a.at());
        return "redirect:/issues/" + id;
    }

    /** Recent runs of the weekly job, as {@code status} prints them. */
    @GetMapping("/runs")
    String runs(Model model) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RunHistory.Run r : history.recent(30)) {
            rows.add(Map.of("id", r.id(), "week", r.week() == null ? "" : r.week(),
                    "issue", r.issueId() == null ? "" : r.issueId(), "status", r.status(),
                    "started", r.started() == null ? "" : r.started().withNano(0).toString().replace('T', ' '),
                    "took", r.duration().toSeconds() + " s",
                    "steps", r.steps().stream().map(st -> st.name() + (st.status().equals("COMPLETED") ? "" : "!") + " "
                            + st.read() + "/" + st.written() + "/" + st.skipped()).toList(),
                    "failures", r.failures()));
        }
        model.addAttribute("runs", rows);
        return "console-runs";
    }

    @PostMapping("/archive")
    String publish(RedirectAttributes flash) {
        Archive.Published p = archive.publish(archiveSettings.folder());
        flash.addFlashAttribute("message", "往期归档已发布到 " + p.folder() + "：" + p.issues().size() + " 期"
                + (p.skipped().isEmpty() ? "" : "；未发布：" + String.join("；", p.skipped())));
        return "redirect:/";
    }

    /** After every change: render again, so the renditions show what the draft now says. */
    private String saved(String id, String message, RedirectAttributes flash) {
        long start = System.nanoTime();
        renderer.render(store.get(id));
        flash.addFlashAttribute("message", message + "；已重新排版（" + (System.nanoTime() - start) / 1_000_000 + " ms）");
        return "redirect:/issues/" + id;
    }

    /** The draft folder as the editor would type it: relative to where dongtai runs when it is below it. */
    private static String shown(Path folder) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = folder.toAbsolutePath().normalize();
        return (abs.startsWith(here) ? here.relativize(abs) : abs) + "/";
    }

    private Optional<Manifest> manifest(String id) {
        try {
            return Optional.of(renderer.manifest(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ItemView view(Draft draft, Draft.Item it, String reason) {
        Draft.Front f = it.front();
        boolean low = Boolean.TRUE.equals(f.lowConfidence()) || (f.confidence() != null && f.confidence() < LOW_CONFIDENCE);
        return new ItemView(it.name(), it.key(), f.title(), f.originalTitle() == null ? "" : f.originalTitle(),
                f.issuer() == null ? "" : f.issuer(), f.url() == null ? "" : f.url(),
                f.date() == null ? "" : f.date().toString(), f.section().label(), f.note() == null ? "" : f.note(),
                it.body(), f.evidence() == null ? "" : f.evidence(),
                f.confidence() == null ? "" : String.format("%.2f", f.confidence()), low,
                it.name().equals(draft.index().lead()), reason == null ? "" : reason);
    }

    /** Shown for a bad request (a wrong id, an empty title): the message, on the page, not a stack trace. */
    @org.springframework.web.bind.annotation.ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})
    String failed(RuntimeException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("error", e.getMessage());
        return "console-error";
    }
}

package cn.gidi.dongtai.issue;

import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.extract.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every change to a draft, whoever asks (the weekly job, the console, the command line): the same files
 * a text editor sees. An edit to an approved draft sends it back to {@code draft}: it needs a new approval.
 * A sent issue is not edited.
 */
public final class DraftEditor {

    /** The fields an editor sets on an item; null leaves a field as it is. */
    public record Edit(String title, String issuer, Section section, String note, String body) {
    }

    private final IssueStore store;

    public DraftEditor(IssueStore store) {
        this.store = store;
    }

    /**
     * Stores a composition: a new draft, or merged into the editors' draft of the same issue (see
     * {@link DraftMerger}). Returns what changed, a line each.
     */
    public List<String> compose(IssueComposer.Composition composition, List<Article> articles) {
        String id = composition.issue().id();
        DraftMerger.Result r = DraftMerger.merge(store.draft(id), store.machine(id), composition, articles);
        store.save(r.draft());
        store.saveMachine(id, r.machine());
        return r.changes();
    }

    public void edit(String id, String item, Edit edit) {
        Draft draft = editable(id);
        Draft.Item it = item(draft, item);
        Draft.Front f = it.front();
        Draft.Front changed = new Draft.Front(
                edit.title() == null ? f.title() : requireText(edit.title(), "title"),
                edit.issuer() == null ? f.issuer() : edit.issuer().strip(),
                f.url(), f.date(),
                edit.section() == null ? f.section() : edit.section(),
                edit.note() == null ? f.note() : (edit.note().isBlank() ? null : edit.note().strip()),
                f.originalTitle(), f.confidence(), f.lowConfidence(), f.evidence());
        String body = edit.body() == null ? it.body() : normaliseBody(edit.body());
        save(draft.with(it.with(changed, body)));
    }

    /** Moves an item one place up (-1) or down (+1) among the items of its section. */
    public void move(String id, String item, int direction) {
        Draft draft = editable(id);
        Draft.Item it = included(draft, item);
        List<String> order = new ArrayList<>(draft.index().items());
        int at = order.indexOf(item);
        int step = direction < 0 ? -1 : 1;
        for (int j = at + step; j >= 0 && j < order.size(); j += step) {
            Draft.Item other = draft.files().get(order.get(j));
            if (other != null && other.front().section() == it.front().section()) {
                order.set(at, order.get(j));
                order.set(j, item);
                break;
            }
        }
        save(draft.with(draft.index().with(order, draft.index().excluded(), draft.index().lead())));
    }

    public void drop(String id, String item, String reason) {
        Draft draft = editable(id);
        included(draft, item);
        List<String> order = new ArrayList<>(draft.index().items());
        order.remove(item);
        List<Draft.Excluded> excluded = new ArrayList<>(draft.index().excluded());
        excluded.add(0, new Draft.Excluded(item, reason == null || reason.isBlank() ? "编辑删除" : "编辑删除：" + reason.strip()));
        String lead = item.equals(draft.index().lead()) ? null : draft.index().lead();
        save(draft.with(draft.index().with(order, excluded, lead)));
    }

    public void restore(String id, String item) {
        Draft draft = editable(id);
        item(draft, item);
        List<Draft.Excluded> excluded = new ArrayList<>(draft.index().excluded());
        if (!excluded.removeIf(e -> e.item().equals(item))) {
            throw new IllegalArgumentException("item " + item + " of issue " + id + " is not left out");
        }
        List<String> order = new ArrayList<>(draft.index().items());
        order.add(item);
        save(draft.with(draft.index().with(order, excluded, draft.index().lead())));
    }

    public void lead(String id, String item) {
        Draft draft = editable(id);
        included(draft, item);
        save(draft.with(draft.index().with(draft.index().items(), draft.index().excluded(), item)));
    }

    /** Adds an item an editor brought: a page fetched and read by dongtai, or pasted text. Returns its file name. */
    public String add(String id, Article article, Section section) {
        Draft draft = editable(id);
        int next = draft.files().keySet().stream().mapToInt(DraftMerger::numberOf).max().orElse(0) + 1;
        String name = DraftMerger.fileName(next, article.title());
        Draft.Front front = new Draft.Front(requireText(article.title(), "title"), article.issuer(), article.url(),
                article.publishedAt() == null ? draft.index().date() : article.publishedAt(), section, null,
                article.title(), null, null, String.join("；", java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("编辑添加"), article.notes().stream()).toList()));
        Draft.Item item = new Draft.Item(name, front, Markdown.fromHtml(article.bodyHtml()));
        List<String> order = new ArrayList<>(draft.index().items());
        order.add(name);
        Draft added = draft.with(item);
        save(added.with(added.index().with(order, draft.index().excluded(), draft.index().lead())));
        Map<String, Draft.Item> machine = store.machine(id);
        machine.put(name, item);
        store.saveMachine(id, machine);
        return name;
    }

    private void save(Draft draft) {
        Draft d = draft;
        if (d.state() == IssueStatus.APPROVED) {
            d = d.with(d.index().with(IssueStatus.DRAFT, null));
        }
        store.save(d);
    }

    private Draft editable(String id) {
        Draft draft = store.requireDraft(id);
        if (draft.state() == IssueStatus.SENT) {
            throw new IllegalStateException("issue " + id + " has been sent: it is no longer edited");
        }
        return draft;
    }

    private static Draft.Item item(Draft draft, String name) {
        Optional<Draft.Item> it = draft.file(name);
        return it.orElseThrow(() -> new IllegalArgumentException("issue " + draft.id() + " has no item '" + name + "'"));
    }

    private static Draft.Item included(Draft draft, String name) {
        Draft.Item it = item(draft, name);
        if (!draft.index().items().contains(name)) {
            throw new IllegalArgumentException("item " + name + " is left out of issue " + draft.id() + ": restore it first");
        }
        return it;
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + field + " cannot be empty");
        }
        return value.strip().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    }

    private static String normaliseBody(String body) {
        String b = body.replace("\r\n", "\n").strip();
        return b.isEmpty() ? "" : b + "\n";
    }
}

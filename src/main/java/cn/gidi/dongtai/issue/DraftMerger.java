package cn.gidi.dongtai.issue;

import cn.gidi.dongtai.extract.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a composition into draft files, or merges it into the draft the editors are working on. A re-crawl
 * never overwrites: a candidate already in the draft (same URL, or same original title) keeps every field
 * an editor changed — a field is refreshed only while it still holds what dongtai last wrote there (kept in
 * {@code .machine.json}) — and keeps its place, in the issue or left out. New candidates get new files with
 * new numbers, in the issue or left out as the classifier decides. Nothing is deleted.
 */
final class DraftMerger {

    record Result(Draft draft, Map<String, Draft.Item> machine, List<String> changes) {
    }

    private record Candidate(Draft.Front front, String body, boolean kept, String reason) {
    }

    private DraftMerger() {
    }

    static Result merge(Optional<Draft> existing, Map<String, Draft.Item> machineBefore,
                        IssueComposer.Composition composition, List<Article> articles) {
        List<Candidate> candidates = candidates(composition, articles);
        Issue composed = composition.issue();
        if (existing.isEmpty()) {
            return fresh(composed, candidates);
        }
        Draft draft = existing.get();
        if (draft.state() != IssueStatus.DRAFT) {
            long fresh = candidates.stream().filter(c -> find(draft, c.front()).isEmpty()).count();
            return new Result(draft, machineBefore, List.of("issue " + draft.id() + " is " + draft.state().word()
                    + ": left as it is" + (fresh == 0 ? "" : " (" + fresh + " new candidate(s) not added)")));
        }
        Map<String, Draft.Item> machine = new LinkedHashMap<>(machineBefore);
        List<String> changes = new ArrayList<>();
        List<String> items = new ArrayList<>(draft.index().items());
        List<Draft.Excluded> excluded = new ArrayList<>(draft.index().excluded());
        int next = draft.files().keySet().stream().mapToInt(DraftMerger::numberOf).max().orElse(0) + 1;
        Draft merged = draft;
        for (Candidate c : candidates) {
            Optional<Draft.Item> match = find(merged, c.front());
            if (match.isPresent()) {
                Draft.Item current = match.get();
                Draft.Item before = machine.get(current.name());
                Draft.Item fromCrawl = new Draft.Item(current.name(), c.front(), c.body());
                Draft.Item updated = threeWay(current, before, fromCrawl, changes);
                merged = merged.with(updated);
                machine.put(current.name(), fromCrawl);
                continue;
            }
            String name = fileName(next++, c.front().title());
            Draft.Item item = new Draft.Item(name, c.front(), c.body());
            merged = merged.with(item);
            machine.put(name, item);
            if (c.kept()) {
                items.add(name);
                changes.add("new item " + name + " (" + c.front().section().label() + ")");
            } else {
                excluded.add(new Draft.Excluded(name, c.reason()));
                changes.add("new candidate left out " + name + ": " + c.reason());
            }
        }
        merged = merged.with(merged.index().with(items, excluded, draft.index().lead()));
        if (changes.isEmpty()) {
            changes.add("no change: every candidate is already in the draft");
        }
        return new Result(merged, machine, changes);
    }

    private static Result fresh(Issue composed, List<Candidate> candidates) {
        Map<String, Draft.Item> files = new LinkedHashMap<>();
        List<String> items = new ArrayList<>();
        List<Draft.Excluded> excluded = new ArrayList<>();
        String lead = null;
        int n = 1;
        for (Candidate c : candidates) {
            String name = fileName(n++, c.front().title());
            files.put(name, new Draft.Item(name, c.front(), c.body()));
            if (c.kept()) {
                items.add(name);
                if (composed.lead() != null && Objects.equals(composed.lead().url(), c.front().url()) && lead == null) {
                    lead = name;
                }
            } else {
                excluded.add(new Draft.Excluded(name, c.reason()));
            }
        }
        Draft.Index index = new Draft.Index(composed.id(), composed.date(), composed.number(), composed.total(),
                composed.weekStart(), composed.weekEnd(), IssueStatus.DRAFT, lead, items, excluded, null,
                composed.composedAt() == null ? Instant.now() : composed.composedAt());
        Draft draft = new Draft(index, files);
        return new Result(draft, new LinkedHashMap<>(files),
                List.of("new draft " + composed.id() + ": " + items.size() + " items, " + excluded.size() + " left out"));
    }

    /** The issue's items in order, then the candidates left out, each with its front matter and text. */
    private static List<Candidate> candidates(IssueComposer.Composition composition, List<Article> articles) {
        Map<String, Article> byUrl = new HashMap<>();
        articles.forEach(a -> byUrl.putIfAbsent(a.url(), a));
        List<Candidate> list = new ArrayList<>();
        for (IssueItem it : composition.issue().items()) {
            list.add(new Candidate(new Draft.Front(it.title(), it.source(), it.url(), it.publishedAt(), it.section(), null,
                    it.originalTitle() != null ? it.originalTitle() : it.title(), it.confidence(), it.lowConfidence(),
                    withNotes(it.reason(), byUrl.get(it.url()))), Markdown.fromHtml(it.bodyHtml()), true, null));
        }
        for (IssueComposer.Dropped d : composition.dropped()) {
            Article a = byUrl.get(d.url());
            if (a == null) {
                continue;
            }
            list.add(new Candidate(new Draft.Front(a.title(), a.issuer(), a.url(), a.publishedAt(),
                    d.section(), null, a.title(), null, null, withNotes(d.reason(), a)), Markdown.fromHtml(a.bodyHtml()), false,
                    d.reason()));
        }
        return list;
    }

    /** The evidence, followed by what the article lost on the way (a figure that could not be fetched). */
    private static String withNotes(String evidence, Article article) {
        if (article == null || article.notes().isEmpty()) {
            return evidence;
        }
        String notes = String.join("；", article.notes());
        return evidence == null || evidence.isBlank() ? notes : evidence + "；" + notes;
    }

    private static Optional<Draft.Item> find(Draft draft, Draft.Front front) {
        for (Draft.Item item : draft.files().values()) {
            if (front.url() != null && front.url().equals(item.front().url())) {
                return Optional.of(item);
            }
        }
        String title = normalise(front.originalTitle());
        return draft.files().values().stream()
                .filter(i -> !title.isEmpty() && title.equals(normalise(i.front().originalTitle()))).findFirst();
    }

    /** Each field an editor has not touched takes the crawl's value; a field an editor changed stays. */
    private static Draft.Item threeWay(Draft.Item current, Draft.Item before, Draft.Item crawl, List<String> changes) {
        Draft.Front cur = current.front();
        Draft.Front old = before == null ? cur : before.front();
        Draft.Front now = crawl.front();
        List<String> changed = new ArrayList<>();
        Draft.Front merged = new Draft.Front(
                pick("title", cur, old, now, Draft.Front::title, changed),
                pick("issuer", cur, old, now, Draft.Front::issuer, changed),
                cur.url(),
                pick("date", cur, old, now, Draft.Front::date, changed),
                pick("section", cur, old, now, Draft.Front::section, changed),
                cur.note(),
                now.originalTitle(), now.confidence(), now.lowConfidence(), now.evidence());
        String oldBody = before == null ? current.body() : before.body();
        String body = current.body();
        if (Objects.equals(current.body(), oldBody) && !Objects.equals(current.body(), crawl.body())) {
            body = crawl.body();
            changed.add("text");
        }
        if (!changed.isEmpty()) {
            changes.add("updated " + current.name() + " from the new crawl: " + String.join(", ", changed));
        }
        return current.with(merged, body);
    }

    private static <T> T pick(String field, Draft.Front cur, Draft.Front old, Draft.Front now,
                              Function<Draft.Front, T> get, List<String> changed) {
        T c = get.apply(cur);
        if (Objects.equals(c, get.apply(old)) && !Objects.equals(c, get.apply(now))) {
            changed.add(field);
            return get.apply(now);
        }
        return c;
    }

    /** {@code NN-} and the first characters of the title: a name an editor recognises in a file list. */
    static String fileName(int n, String title) {
        String slug = title == null ? "" : title.replaceAll("[^\\p{L}\\p{N}]", "");
        slug = slug.codePoints().limit(16).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        return String.format("%02d", n) + (slug.isEmpty() ? "" : "-" + slug);
    }

    static int numberOf(String name) {
        int dash = name.indexOf('-');
        try {
            return Integer.parseInt(dash < 0 ? name : name.substring(0, dash));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String normalise(String title) {
        return title == null ? "" : title.replaceAll("[\\s《》“”\"'（）()【】\\[\\]、，,。.：:—-]", "");
    }
}

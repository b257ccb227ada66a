package cn.gidi.dongtai.issue;

import cn.gidi.dongtai.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;

/**
 * The editors' drafts, one folder per issue under {@code content/issues/<id>/} (see {@link DraftFiles} for
 * the files). The only code that reads or writes them.
 */
public final class IssueStore {

    private static final String LEGACY = "issue.json";

    private final Path root;

    public IssueStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path folder(String id) {
        if (!id.matches("\\d{4}-\\d{2,3}")) {
            throw new IllegalArgumentException("'" + id + "' is not an issue id (YYYY-NN, e.g. 2024-20)");
        }
        return root.resolve(id);
    }

    public Optional<Draft> draft(String id) {
        Path folder = folder(id);
        migrateLegacy(folder);
        return DraftFiles.exists(folder) ? Optional.of(DraftFiles.read(folder)) : Optional.empty();
    }

    public Draft requireDraft(String id) {
        return draft(id).orElseThrow(() -> new IllegalArgumentException(
                "no issue '" + id + "': no draft at " + folder(id).resolve(DraftFiles.INDEX)));
    }

    public Optional<Issue> find(String id) {
        return draft(id).map(Draft::issue);
    }

    public Issue get(String id) {
        return requireDraft(id).issue();
    }

    /** Every draft, oldest first. */
    public List<Draft> drafts() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Draft> drafts = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                if (name.matches("\\d{4}-\\d{2,3}")) {
                    draft(name).ifPresent(drafts::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list drafts in " + root, e);
        }
        drafts.sort(Comparator.comparing(d -> d.index().date()));
        return drafts;
    }

    public List<Issue> list() {
        return drafts().stream().map(Draft::issue).toList();
    }

    void save(Draft draft) {
        DraftFiles.write(folder(draft.id()), draft);
    }

    Map<String, Draft.Item> machine(String id) {
        return DraftFiles.machine(folder(id));
    }

    void saveMachine(String id, Map<String, Draft.Item> machine) {
        DraftFiles.writeMachine(folder(id), machine);
    }

    /** A draft written by dongtai before drafts were files (one issue.json) becomes draft files, once. */
    private void migrateLegacy(Path folder) {
        Path legacy = folder.resolve(LEGACY);
        if (!Files.isRegularFile(legacy) || DraftFiles.exists(folder)) {
            return;
        }
        Issue old;
        try {
            old = AtomicFiles.JSON.readValue(legacy.toFile(), Issue.class);
        } catch (JacksonException e) {
            throw new DraftException(legacy, 1, "is not a valid draft: " + e.getOriginalMessage(), e);
        }
        Map<String, Draft.Item> files = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        int n = 1;
        for (IssueItem it : old.items()) {
            String name = DraftMerger.fileName(n++, it.title());
            files.put(name, new Draft.Item(name, new Draft.Front(it.title(), it.source(), it.url(), it.publishedAt(),
                    it.section(), it.editorNote(), it.originalTitle() != null ? it.originalTitle() : it.title(),
                    it.confidence(), it.lowConfidence(), it.reason()), Markdown.fromHtml(it.bodyHtml())));
            order.add(name);
        }
        Draft.Index index = new Draft.Index(old.id(), old.date(), old.number(), old.total(), old.weekStart(),
                old.weekEnd(), old.status() == IssueStatus.APPROVED ? IssueStatus.DRAFT : old.status(), null, order,
                List.of(), null, old.composedAt());
        Draft draft = new Draft(index, files);
        DraftFiles.write(folder, draft);
        DraftFiles.writeMachine(folder, files);
        try {
            Files.move(legacy, folder.resolve(LEGACY + ".migrated"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + legacy + " aside after converting it", e);
        }
    }
}

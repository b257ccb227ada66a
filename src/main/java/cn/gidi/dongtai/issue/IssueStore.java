package cn.gidi.dongtai.issue;

import cn.gidi.dongtai.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Drafts on disk: {@code <issues>/<id>/issue.json}, human-readable JSON that editors can edit, written atomically. */
public final class IssueStore {

    private static final ObjectMapper JSON = AtomicFiles.JSON;

    private final Path root;

    public IssueStore(Path root) {
        this.root = root;
    }

    public Path folder(String id) {
        return root.resolve(id);
    }

    public void save(Issue issue) {
        AtomicFiles.writeJson(folder(issue.id()).resolve("issue.json"), issue);
    }

    public Optional<Issue> find(String id) {
        Path file = folder(id).resolve("issue.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Issue.class));
        } catch (JacksonException e) {
            throw new IllegalStateException(file + " is not a valid draft: " + e.getOriginalMessage(), e);
        }
    }

    public Issue get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "no issue '" + id + "': no draft at " + folder(id).resolve("issue.json")));
    }

    public List<Issue> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                find(dir.getFileName().toString()).ifPresent(issues::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list drafts in " + root, e);
        }
        issues.sort(Comparator.comparing(Issue::date));
        return issues;
    }
}

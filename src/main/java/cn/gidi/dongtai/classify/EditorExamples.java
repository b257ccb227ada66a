package cn.gidi.dongtai.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editors' corrections as training examples: when an issue is approved, each item's final section
 * (or its drop as off-topic) is appended here, one JSON line per item. Training ({@code classify --train})
 * includes them, and every classifier loaded afterwards is fine-tuned on them and follows them for the
 * same item, so next week's draft reflects this week's corrections.
 */
public final class EditorExamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;

    public EditorExamples(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Appends the examples (a later example for the same title wins when read). */
    public synchronized void record(List<Example> examples) {
        StringBuilder lines = new StringBuilder();
        for (Example e : examples) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("title", e.title());
            line.put("issuer", e.issuer());
            line.put("text", e.text());
            line.put("label", e.label());
            line.put("origin", "editor");
            lines.append(JSON.writeValueAsString(line)).append('\n');
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record editor examples in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every recorded example; for a title recorded more than once, only the latest. */
    static List<Example> read(Path file) {
        Map<String, Example> byTitle = new LinkedHashMap<>();
        for (Example e : TrainingData.readJsonLines(file)) {
            byTitle.remove(Classifier.key(e.title()));
            byTitle.put(Classifier.key(e.title()), new Example(e.title(), e.issuer(), e.text(), e.label(), false, "editor"));
        }
        return List.copyOf(byTitle.values());
    }
}

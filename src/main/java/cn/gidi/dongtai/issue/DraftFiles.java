package cn.gidi.dongtai.issue;

import cn.gidi.dongtai.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes one draft folder: {@code issue.yaml}, {@code items/NN-….md} (YAML front matter between
 * {@code ---} lines, then the text in Markdown) and {@code .machine.json}, the values dongtai itself last
 * wrote for each item, which tells a re-crawl which fields an editor changed. A file is rewritten only when
 * its content changes, so an editor's open file is not touched by an unrelated save.
 */
final class DraftFiles {

    static final String INDEX = "issue.yaml";
    static final String ITEMS = "items";
    static final String MACHINE = ".machine.json";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE).build();

    private static final String INDEX_HEADER = """
            # 《大数据发展动态》 draft. Editors: change `items` (order), `excluded` (left out, with the reason) and
            # `lead` (the cover's lead item); each item's title, section, note (编者按) and text are in items/*.md.
            # `state` and `approval` are written by `approve`; a change after approval needs a new approval.
            """;

    private DraftFiles() {
    }

    static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(INDEX));
    }

    static Draft read(Path folder) {
        Path indexFile = folder.resolve(INDEX);
        Draft.Index index = parse(indexFile, text(indexFile), 0, Draft.Index.class);
        Map<String, Draft.Item> items = new LinkedHashMap<>();
        Path dir = folder.resolve(ITEMS);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                    Draft.Item item = readItem(f);
                    items.put(item.name(), item);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        for (String name : index.items()) {
            if (!items.containsKey(name)) {
                throw new DraftException(indexFile, lineOf(text(indexFile), name),
                        "lists item '" + name + "', but there is no " + ITEMS + "/" + name + ".md");
            }
        }
        return new Draft(index, items);
    }

    static Draft.Item readItem(Path file) {
        String text = text(file).replace("\r\n", "\n");
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        if (!text.startsWith("---\n")) {
            throw new DraftException(file, 1, "does not start with front matter (a line '---', the fields, a line '---')");
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            throw new DraftException(file, 1, "front matter is not closed by a line '---'");
        }
        Draft.Front front = parse(file, text.substring(4, end + 1), 1, Draft.Front.class);
        if (front.title() == null || front.title().isBlank()) {
            throw new DraftException(file, 2, "has no title");
        }
        if (front.section() == null) {
            throw new DraftException(file, 2, "has no section (国策要论, 地方新政, 产业前沿 or 数谷动态)");
        }
        String body = end + 5 <= text.length() ? text.substring(end + 5) : "";
        return new Draft.Item(name, front, body.strip().isEmpty() ? "" : body.strip() + "\n");
    }

    static void write(Path folder, Draft draft) {
        writeIfChanged(folder.resolve(INDEX), INDEX_HEADER + YAML.writeValueAsString(draft.index()));
        for (Draft.Item item : draft.files().values()) {
            writeIfChanged(folder.resolve(ITEMS).resolve(item.name() + ".md"), itemText(item));
        }
    }

    static String itemText(Draft.Item item) {
        return "---\n" + YAML.writeValueAsString(item.front()) + "---\n\n" + item.body();
    }

    /** What dongtai itself last wrote for each item (front matter and text), by item name. */
    static Map<String, Draft.Item> machine(Path folder) {
        Path file = folder.resolve(MACHINE);
        if (!Files.isRegularFile(file)) {
            return new LinkedHashMap<>();
        }
        Draft.Item[] items = JSON.readValue(file.toFile(), Draft.Item[].class);
        Map<String, Draft.Item> map = new LinkedHashMap<>();
        Arrays.stream(items).forEach(i -> map.put(i.name(), i));
        return map;
    }

    static void writeMachine(Path folder, Map<String, Draft.Item> machine) {
        writeIfChanged(folder.resolve(MACHINE), JSON.writeValueAsString(machine.values()));
    }

    private static void writeIfChanged(Path file, String text) {
        try {
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                return;
            }
        } catch (IOException e) {
            // unreadable: write it anew
        }
        AtomicFiles.writeString(file, text);
    }

    private static <T> T parse(Path file, String yaml, int lineOffset, Class<T> type) {
        try {
            T value = YAML.readValue(yaml, type);
            if (value == null) {
                throw new DraftException(file, 1 + lineOffset, "is empty");
            }
            return value;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr()) + lineOffset;
            throw new DraftException(file, line, e.getOriginalMessage().replaceAll("\\s*\\n.*", ""), e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 1;
    }
}

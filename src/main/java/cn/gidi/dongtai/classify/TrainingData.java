package cn.gidi.dongtai.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads labelled items: the labelled corpus (JSON lines: title, issuer, text, label, disputed, url), the
 * seed issues (the editors' own issues: every item with its section and paragraphs) and the editors'
 * recorded examples. Also the fixed split of the corpus into a training part and a held-out part.
 */
final class TrainingData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TrainingData() {
    }

    /** JSON lines; each needs a title and a label (a section or off-topic); a bad line names its number. */
    static List<Example> readJsonLines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        List<Example> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = JSON.readTree(lines.get(i));
                } catch (JacksonException e) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a JSON object: "
                            + e.getOriginalMessage());
                }
                String label = text(n, "label");
                try {
                    out.add(new Example(text(n, "title"), text(n, "issuer"), first(text(n, "text"), text(n, "bodyText"),
                            text(n, "body")), label == null ? Example.OFF_TOPIC : label,
                            n.has("disputed") && n.get("disputed").asBoolean(),
                            first(text(n, "origin"), origin(text(n, "issuer"), text(n, "url")))));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage());
                }
                if (out.get(out.size() - 1).title().isBlank()) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": 'title' is required");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Whether a line has a label at all (unlabelled files can be classified but not evaluated). */
    static boolean labelled(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).allMatch(l -> JSON.readTree(l).has("label"));
        } catch (IOException | JacksonException e) {
            return false;
        }
    }

    /** Every item of every seed issue ({@code *.json} in the folder), labelled with its printed section. */
    static List<Example> readSeedIssues(Path folder) {
        List<Example> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode issue = JSON.readTree(f.toFile());
                for (JsonNode item : issue.get("items")) {
                    StringBuilder text = new StringBuilder();
                    item.path("paragraphs").forEach(p -> text.append(p.asString()).append('\n'));
                    out.add(new Example(text(item, "title"), text(item, "source"), text.toString(),
                            Section.parse(text(item, "section")).label(), false, "seed"));
                }
            }
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException("cannot read the seed issues in " + folder + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The fixed held-out part: one item in five, chosen by a checksum of the folded title. */
    static boolean heldOut(Example e) {
        CRC32 crc = new CRC32();
        crc.update(Fold.fold(e.title()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue() % 5 == 0;
    }

    static boolean cctv(Example e) {
        return "cctv".equals(e.origin());
    }

    private static String origin(String issuer, String url) {
        String i = issuer == null ? "" : issuer;
        String u = url == null ? "" : url;
        return i.contains("新闻联播") || u.contains("cctv.com") ? "cctv" : "web";
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}

package cn.gidi.dongtai.extract.gold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the gold set from its manifest {@code index.json}: the pages written for the set (each with a
 * {@code .gold.json}), the saved real pages of ../shared/reference/real-pages (gold from their
 * {@code gold.json}) and the demo site's pages (gold from {@code content/demo/expected.json}). Paths in
 * the manifest are relative to it; a part whose files are missing is an error, not a smaller set.
 */
public final class GoldSet {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GoldSet() {
    }

    public static List<GoldPage> load(Path dir) {
        JsonNode index = read(dir.resolve("index.json"));
        List<GoldPage> pages = new ArrayList<>();
        for (JsonNode p : index.get("pages")) {
            pages.add(own(dir, p.asString()));
        }
        if (index.has("shared")) {
            pages.addAll(shared(dir, index.get("shared")));
        }
        if (index.has("demo")) {
            pages.addAll(demo(dir, index.get("demo")));
        }
        return pages;
    }

    private static GoldPage own(Path dir, String name) {
        Path html = dir.resolve(name + ".html");
        JsonNode g = read(dir.resolve(name + ".gold.json"));
        String url = text(g, "url");
        if (text(g, "kind").equals("list")) {
            List<GoldPage.Link> links = new ArrayList<>();
            for (JsonNode l : g.get("links")) {
                links.add(new GoldPage.Link(text(l, "title"), text(l, "url"), text(l, "date")));
            }
            return new GoldPage(name, html, url, true, null, null, null, null, null, null, links);
        }
        String body = text(g, "body");
        String[] lines = body.split("\n");
        return new GoldPage(name, html, url, false, text(g, "title"), date(text(g, "date")), text(g, "issuer"), body,
                lines[0], lines[lines.length - 1], List.of());
    }

    private static List<GoldPage> shared(Path dir, JsonNode spec) {
        Path pagesDir = dir.resolve(text(spec, "pages")).normalize();
        JsonNode urls = spec.get("urls");
        List<GoldPage> pages = new ArrayList<>();
        for (JsonNode g : read(dir.resolve(text(spec, "gold")))) {
            String file = text(g, "file");
            if (spec.has("excluded") && spec.get("excluded").has(file)) {
                continue;
            }
            String url = urls.has(file) ? urls.get(file).asString() : text(spec, "unknownUrlBase") + file;
            pages.add(new GoldPage("shared/" + file, existing(pagesDir.resolve(file)), url, false, text(g, "title"),
                    date(text(g, "date")), text(g, "source"), null, text(g, "first"), text(g, "last"), List.of()));
        }
        return pages;
    }

    private static List<GoldPage> demo(Path dir, JsonNode spec) {
        Path site = dir.resolve(text(spec, "site")).normalize();
        List<GoldPage> pages = new ArrayList<>();
        for (JsonNode a : read(dir.resolve(text(spec, "expected"))).get("articles")) {
            String path = text(a, "url_path");
            pages.add(new GoldPage("demo/" + path, existing(site.resolve(path)), text(spec, "urlBase") + path, false,
                    text(a, "title"), date(text(a, "date")), text(a, "source"), null, text(a, "body_first"),
                    text(a, "body_last"), List.of()));
        }
        return pages;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(existing(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file.toAbsolutePath().normalize() + " is missing (named by the gold set's index.json)");
        }
        return file;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value.substring(0, 10));
    }
}

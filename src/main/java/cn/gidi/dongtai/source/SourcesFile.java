package cn.gidi.dongtai.source;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a sources file: a YAML map with an optional {@code base} URL and a list under {@code sources:}.
 * Relative {@code list} URLs resolve against {@code base} (or the base given by the caller, which wins).
 */
public final class SourcesFile {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private record Raw(String base, @JsonProperty("allowed-networks") List<String> allowedNetworks,
                       List<Map<String, Object>> sources) {
    }

    private SourcesFile() {
    }

    public static List<Source> load(Path file) {
        return load(file, null);
    }

    public static List<Source> load(Path file, String baseOverride) {
        if (!Files.isRegularFile(file)) {
            throw new SourcesFileException(file + ": no such sources file");
        }
        Raw raw;
        try {
            raw = YAML.readValue(Files.readString(file), Raw.class);
        } catch (JacksonException e) {
            String at = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new SourcesFileException(file + ": not a valid sources file" + at + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SourcesFileException(file + ": cannot read: " + e.getMessage());
        }
        if (raw == null || raw.sources() == null || raw.sources().isEmpty()) {
            throw new SourcesFileException(file + ": no entries under 'sources:'");
        }
        String base = baseOverride != null ? baseOverride : raw.base();
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < raw.sources().size(); i++) {
            sources.add(entry(file, i + 1, raw.sources().get(i), base, raw.allowedNetworks()));
        }
        return sources;
    }

    private static Source entry(Path file, int index, Map<String, Object> map, String base, List<String> fileNetworks) {
        String where = file + ": source #" + index;
        try {
            Source s = YAML.convertValue(map, Source.class);
            if (blank(s.name())) {
                throw new SourcesFileException(where + ": 'name' is required");
            }
            where = where + " (" + s.name() + ")";
            if (blank(s.list())) {
                throw new SourcesFileException(where + ": 'list' (the list page URL) is required");
            }
            if (s.kind() == null) {
                throw new SourcesFileException(where + ": 'kind' is required (central, local, research or guizhou)");
            }
            String issuer = blank(s.issuer()) ? s.name() : s.issuer();
            if (s.section() != null) {
                checkSection(where, s.section());
            }
            if (s.charset() != null && !java.nio.charset.Charset.isSupported(s.charset())) {
                throw new SourcesFileException(where + ": unknown charset '" + s.charset() + "'");
            }
            List<String> more = new ArrayList<>();
            for (String l : s.lists()) {
                more.add(resolve(where, base, l));
            }
            Source.JsonList json = s.json();
            if (json != null) {
                boolean fields = !blank(json.items()) && !blank(json.title()) && !blank(json.link());
                if (blank(json.url()) || (!fields && blank(json.html()))) {
                    throw new SourcesFileException(where + ": 'json' needs url, and either items, title and link, or html");
                }
                json = new Source.JsonList(resolve(where, base, json.url()), json.items(), json.title(), json.link(),
                        json.date(), json.html());
            }
            // the file's allowed-networks hold for every source in it; a source's own add to them
            List<String> networks = new ArrayList<>();
            for (String n : fileNetworks == null ? List.<String>of() : fileNetworks) {
                networks.add(network(file + ": allowed-networks", n));
            }
            for (String n : s.allowedNetworks()) {
                networks.add(network(where + ": allowed-networks", n));
            }
            return new Source(s.name(), issuer, s.kind(), s.section(), resolve(where, base, s.list()), more,
                    s.charset(), s.selectors(), json, networks.stream().distinct().toList());
        } catch (IllegalArgumentException | JacksonException e) {
            throw new SourcesFileException(where + ": " + firstLine(rootMessage(e)));
        }
    }

    private static final java.util.Set<String> NETWORK_KINDS = java.util.Set.of("loopback", "private", "link-local",
            "multicast", "any");

    /**
     * A kind of non-public network or a CIDR block (the crawler's address guard reads it; checked here so a
     * typo is named with the file and source rather than failing every page of the source at crawl time).
     */
    private static String network(String where, String entry) {
        String v = entry == null ? "" : entry.trim().toLowerCase(java.util.Locale.ROOT);
        if (NETWORK_KINDS.contains(v) || v.matches("[0-9a-f:.]+/\\d{1,3}")) {
            return v;
        }
        throw new SourcesFileException(where + ": unknown entry '" + entry
                + "' (expected loopback, private, link-local, multicast, any, or a CIDR block such as 10.1.0.0/16)");
    }

    private static String resolve(String where, String base, String list) {
        URI uri = URI.create(list.trim());
        if (!uri.isAbsolute()) {
            if (base == null) {
                throw new SourcesFileException(where + ": list URL '" + list + "' is relative and the file has no 'base'");
            }
            uri = URI.create(base.endsWith("/") ? base : base + "/").resolve(uri);
        }
        String scheme = uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new SourcesFileException(where + ": only http and https URLs can be crawled, not " + uri);
        }
        return uri.toString();
    }

    /**
     * A source's {@code section} is the editors' note of what it usually carries, shown by
     * {@code sources list}; the classifier decides each item's section from the page itself, so the
     * source package names the four printed labels without depending on the classifier.
     */
    private static void checkSection(String where, String section) {
        if (!SECTION_LABELS.contains(section.trim())) {
            throw new SourcesFileException(where + ": unknown section '" + section
                    + "' (expected 国策要论, 地方新政, 产业前沿 or 数谷动态)");
        }
    }

    private static final java.util.Set<String> SECTION_LABELS = java.util.Set.of("国策要论", "地方新政", "产业前沿", "前沿观察", "数谷动态");

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e.toString() : t.getMessage();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

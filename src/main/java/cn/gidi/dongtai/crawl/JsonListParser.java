package cn.gidi.dongtai.crawl;

import cn.gidi.dongtai.source.Source;
import cn.gidi.dongtai.text.CleanText;
import cn.gidi.dongtai.source.Selectors;

import cn.gidi.dongtai.text.DateFinder;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the article links of a list that a site loads from JSON, as the source's {@code json:} describes. */
final class JsonListParser {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private JsonListParser() {
    }

    static List<ListedLink> parse(byte[] body, String baseUrl, Source.JsonList spec) {
        JsonNode root = JsonMapper.builder().build().readTree(body);
        if (spec.html() != null && !spec.html().isBlank()) {
            JsonNode html = at(root, spec.html());
            if (html == null || !html.isString()) {
                throw new IllegalArgumentException("no HTML fragment at '" + spec.html() + "' in the JSON list");
            }
            return ListPageParser.parse(Jsoup.parse(html.asString(), baseUrl), Selectors.NONE);
        }
        JsonNode items = at(root, spec.items());
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException("no array at '" + spec.items() + "' in the JSON list");
        }
        List<ListedLink> links = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode title = at(item, spec.title());
            JsonNode link = at(item, spec.link());
            if (title == null || link == null || link.asString().isBlank()) {
                continue;
            }
            String url = URI.create(baseUrl).resolve(link.asString().trim()).toString();
            LocalDate date = date(spec.date() == null ? null : at(item, spec.date()))
                    .or(() -> DateFinder.inUrl(url)).orElse(null);
            if (date != null) {
                links.add(new ListedLink(url, CleanText.strip(Jsoup.parse(title.asString()).text()).strip(), date));
            }
        }
        return links;
    }

    private static Optional<LocalDate> date(JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isNumber()) { // epoch milliseconds (or seconds)
            long v = value.asLong();
            Instant at = v > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
            return Optional.of(LocalDate.ofInstant(at, CHINA));
        }
        return DateFinder.inText(value.asString());
    }

    private static JsonNode at(JsonNode node, String dotted) {
        JsonNode current = node;
        for (String part : dotted.split("\\.")) {
            if (current == null) {
                return null;
            }
            current = current.isArray() && part.matches("\\d+") ? current.get(Integer.parseInt(part)) : current.get(part);
        }
        return current;
    }
}

package cn.gidi.dongtai.extract.gold;

import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;

/**
 * A results file: the tool's name, its per-page results and how long the extraction took
 * ({@code seconds} of wall time for {@code pages} pages on one thread; 0 when not measured).
 */
public record Results(String tool, double seconds, int pages, List<PageResult> results) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public double pagesPerSecond() {
        return seconds > 0 ? pages / seconds : 0;
    }

    public static Results read(Path file) {
        return JSON.readValue(file.toFile(), Results.class);
    }

    public void write(Path file) {
        JSON.writeValue(file.toFile(), this);
    }
}

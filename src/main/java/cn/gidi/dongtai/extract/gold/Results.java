package cn.gidi.dongtai.extract.gold;

import cn.gidi.dongtai.files.AtomicFiles;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.DeserializationFeature;

/**
 * A results file: the tool's name, its per-page results and how long the extraction took
 * ({@code seconds} of wall time for {@code pages} pages on one thread; 0 when not measured).
 */
public record Results(String tool, double seconds, int pages, List<PageResult> results) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public double pagesPerSecond() {
        return seconds > 0 ? pages / seconds : 0;
    }

    public static Results read(Path file) {
        return JSON.readValue(file.toFile(), Results.class);
    }

    public void write(Path file) {
        AtomicFiles.writeJson(file, this);
    }
}

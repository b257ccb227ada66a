package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.files.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.ObjectMapper;

/**
 * Where the steps of one run leave their results for the next step ({@code output/.work/<week>/}), so a
 * run that fails part-way restarts from the failed step with everything before it kept.
 */
final class WorkFiles {

    private static final ObjectMapper JSON = AtomicFiles.JSON;

    private final Path dir;

    WorkFiles(Path outputRoot, String week) {
        this.dir = outputRoot.resolve(".work").resolve(week);
    }

    Path path(String name) {
        return dir.resolve(name);
    }

    void write(String name, Object value) {
        AtomicFiles.writeJson(dir.resolve(name), value);
    }

    <T> T read(String name, Class<T> type) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: the step that writes it has not run");
        }
        return JSON.readValue(file.toFile(), type);
    }
}

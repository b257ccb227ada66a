package cn.gidi.dongtai.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the steps of one run leave their results for the next step ({@code output/.work/<week>/}), so a
 * run that fails part-way restarts from the failed step with everything before it kept.
 */
final class WorkFiles {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path dir;

    WorkFiles(Path outputRoot, String week) {
        this.dir = outputRoot.resolve(".work").resolve(week);
    }

    Path path(String name) {
        return dir.resolve(name);
    }

    void write(String name, Object value) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(name + ".tmp");
            JSON.writeValue(tmp.toFile(), value);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(name), e);
        }
    }

    <T> T read(String name, Class<T> type) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: the step that writes it has not run");
        }
        return JSON.readValue(file.toFile(), type);
    }
}

package cn.gidi.dongtai.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The database used to live in {@code output/db/}, beside what the preview serves. It holds who received which
 * issue, so an installation that still has it there gets it moved to {@code data/db/} (once, before start-up)
 * rather than silently starting an empty one.
 */
final class DatabaseHome {

    static final Path OLD = Path.of("output", "db");
    static final Path NEW = Path.of("data", "db");

    private DatabaseHome() {
    }

    static void moveOutOfOutput(PrintStream err) {
        if (!Files.isRegularFile(OLD.resolve("dongtai.mv.db")) || Files.exists(NEW.resolve("dongtai.mv.db"))) {
            return;
        }
        try {
            Files.createDirectories(NEW);
            try (Stream<Path> files = Files.list(OLD)) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith("dongtai.")).toList()) {
                    if (!f.getFileName().toString().endsWith(".lock.db")) {
                        Files.move(f, NEW.resolve(f.getFileName()));
                    }
                }
            }
            err.println("dongtai: moved the database from " + OLD + " to " + NEW + " (it is no longer kept in output/)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the database from " + OLD + " to " + NEW + ": move it by hand", e);
        }
    }
}

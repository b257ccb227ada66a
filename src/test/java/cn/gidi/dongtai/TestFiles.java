package cn.gidi.dongtai;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths the tests read: the bundled demo sample and ../shared/reference beside the project. */
public final class TestFiles {

    public static final Path DEMO = Path.of("content/demo");
    public static final Path DEMO_SITE = DEMO.resolve("site");
    public static final Path SHARED = Path.of("../shared/reference");

    private TestFiles() {
    }

    public static Path shared(String rel) {
        Path p = SHARED.resolve(rel);
        if (!Files.exists(p)) {
            throw new IllegalStateException(p.toAbsolutePath() + " is missing: the tests need ../shared beside the project");
        }
        return p;
    }
}

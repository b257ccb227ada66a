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

    /** The real renderer over the project's templates and masthead, writing below {@code out}. */
    public static cn.gidi.dongtai.render.IssueRenderer renderer(Path out) {
        return renderer(out, "");
    }

    /** As {@link #renderer(Path)}, with the web edition published under {@code baseUrl}. */
    public static cn.gidi.dongtai.render.IssueRenderer renderer(Path out, String baseUrl) {
        // The production defaults, bound as Spring Boot binds them.
        var fonts = new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource())
                .bindOrCreate("dongtai.pdf", cn.gidi.dongtai.config.DongtaiProperties.Pdf.class);
        return new cn.gidi.dongtai.render.IssueRenderer(new cn.gidi.dongtai.render.Templates(Path.of("templates")), out,
                Path.of("content/masthead.yaml"),
                new cn.gidi.dongtai.render.IssueRenderer.Options(fonts.bodyFonts(), fonts.headingFonts(),
                        fonts.fallbackFonts(), baseUrl));
    }

    /** The classifier generate uses: the project's rules and committed model, no editor examples. */
    public static cn.gidi.dongtai.classify.Classifier classifier() {
        return cn.gidi.dongtai.classify.Classifier.load(Path.of("content/classify.yaml"),
                Path.of("content/classify-model.bin"), Path.of("target/no-editor-examples.jsonl"), 0.6);
    }

    public static Path shared(String rel) {
        Path p = SHARED.resolve(rel);
        if (!Files.exists(p)) {
            throw new IllegalStateException(p.toAbsolutePath() + " is missing: the tests need ../shared beside the project");
        }
        return p;
    }
}

package cn.gidi.dongtai.render;

import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code bench/render.sh}'s in-process half (test code, not in the production jar): renders one stored issue
 * repeatedly in one JVM, as the console re-renders after an edit, and prints the first and the median of the
 * later runs for each output (wall time; the web page and the e-mail are written while the PDF is), and the CPU
 * time of the process (every thread: the render's, the compiler's, the collector's) for all three.
 * Usage: RenderBench ISSUES_DIR ID OUT_DIR [RUNS]
 */
public final class RenderBench {

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path issues = Path.of(args[0]);
        String id = args[1];
        Path out = Path.of(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 11;
        // The bench prints its own figures; the render's warnings (figures left out) are the manifest's.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(IssueRenderer.class))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        Issue issue = new IssueStore(issues).get(id);
        var fonts = new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource())
                .bindOrCreate("dongtai.pdf", cn.gidi.dongtai.config.DongtaiProperties.Pdf.class);
        // The renderer the console and the job use, as the console holds it: one instance, re-rendering after edits.
        IssueRenderer renderer = new IssueRenderer(new Templates(Path.of("templates")), out, Path.of("content/masthead.yaml"),
                new IssueRenderer.Options(fonts.bodyFonts(), fonts.headingFonts(), fonts.fallbackFonts(), ""));
        Files.createDirectories(out);
        List<Long> pdf = new ArrayList<>();
        List<Long> html = new ArrayList<>();
        List<Long> email = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        List<Long> allCpu = new ArrayList<>();
        var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        for (int i = 0; i < runs; i++) {
            long c0 = process.getProcessCpuTime();
            long t0 = System.nanoTime();
            renderer.render(issue);
            long t1 = System.nanoTime();
            IssueRenderer.Phases phases = renderer.lastPhases;
            pdf.add(phases.pdfNanos());
            html.add(phases.htmlNanos());
            email.add(phases.emailNanos());
            all.add(t1 - t0);
            allCpu.add(process.getProcessCpuTime() - c0);
        }
        System.out.printf("in-jvm   %-8s %10s %14s%n", "output", "first run", "warm median");
        row("pdf", pdf);
        row("html", html);
        row("e-mail", email);
        row("all", all);
        row("all, CPU", allCpu);
        System.out.printf("in-jvm   pdf size %,d bytes, %d items%n", Files.size(renderer.folder(id).resolve(IssueRenderer.PDF)),
                issue.items().size());
    }

    private static void row(String name, List<Long> nanos) {
        List<Long> warm = new ArrayList<>(nanos.subList(1, nanos.size()));
        Collections.sort(warm);
        System.out.printf("in-jvm   %-8s %8.3f s %12.3f s%n", name, nanos.get(0) / 1e9, warm.get(warm.size() / 2) / 1e9);
    }
}

package cn.gidi.dongtai.render;

import cn.gidi.dongtai.issue.Issue;
import cn.gidi.dongtai.issue.IssueStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code bench/render.sh}'s in-process half (test code, not in the production jar): renders one stored issue
 * repeatedly in one JVM, as the console re-renders after an edit, and prints the first and the median of the
 * later runs for each output (wall time), and the CPU time of the main thread for all three. Usage: RenderBench ISSUES_DIR ID OUT_DIR [RUNS]
 */
public final class RenderBench {

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path issues = Path.of(args[0]);
        String id = args[1];
        Path out = Path.of(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        Issue issue = new IssueStore(issues).get(id);
        var fonts = new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource())
                .bindOrCreate("dongtai.pdf", cn.gidi.dongtai.config.DongtaiProperties.Pdf.class);
        Templates templates = new Templates(Path.of("templates"));
        PdfMaker pdfMaker = new PdfMaker(new PdfFonts(fonts.bodyFonts(), fonts.headingFonts(), fonts.fallbackFonts()));
        Masthead masthead = Masthead.load(Path.of("content/masthead.yaml"));
        Files.createDirectories(out);
        List<Long> pdf = new ArrayList<>();
        List<Long> html = new ArrayList<>();
        List<Long> email = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        List<Long> allCpu = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Integer> lastPages = Map.of();
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            PdfMaker.Result laidOut = pdfMaker.write(
                    known -> templates.render("pdf.ftlh", IssueModel.of(issue, masthead, known, IssueRenderer.PDF)),
                    out.toUri().toString(), out.resolve(IssueRenderer.PDF), lastPages);
            lastPages = laidOut.pages();
            long t1 = System.nanoTime();
            Map<String, Object> model = IssueModel.of(issue, masthead, laidOut.pages(), IssueRenderer.PDF);
            Files.writeString(out.resolve(IssueRenderer.HTML), templates.render("issue.ftlh", model));
            long t2 = System.nanoTime();
            model.put("webUrl", "");
            Files.writeString(out.resolve(IssueRenderer.EMAIL_HTML), EmailInliner.inline(templates.render("email.ftlh", model)));
            Files.writeString(out.resolve(IssueRenderer.EMAIL_TEXT), templates.render("email-text.ftl", model));
            long t3 = System.nanoTime();
            pdf.add(t1 - t0);
            html.add(t2 - t1);
            email.add(t3 - t2);
            all.add(t3 - t0);
            allCpu.add(threads.getCurrentThreadCpuTime() - c0);
        }
        System.out.printf("in-jvm   %-8s %10s %14s%n", "output", "first run", "warm median");
        row("pdf", pdf);
        row("html", html);
        row("e-mail", email);
        row("all", all);
        row("all CPU", allCpu);
        System.out.printf("in-jvm   pdf size %,d bytes, %d items%n", Files.size(out.resolve(IssueRenderer.PDF)),
                issue.items().size());
    }

    private static void row(String name, List<Long> nanos) {
        List<Long> warm = new ArrayList<>(nanos.subList(1, nanos.size()));
        Collections.sort(warm);
        System.out.printf("in-jvm   %-8s %8.3f s %12.3f s%n", name, nanos.get(0) / 1e9, warm.get(warm.size() / 2) / 1e9);
    }
}

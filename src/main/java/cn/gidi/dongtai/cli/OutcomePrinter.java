package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.crawl.CrawlReport;
import cn.gidi.dongtai.pipeline.RunOutcome;
import cn.gidi.dongtai.render.Manifest;
import cn.gidi.dongtai.render.RenderedIssue;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints what a run did: crawl figures, failures, the issue's contents and where each output went. */
final class OutcomePrinter {

    private OutcomePrinter() {
    }

    static void print(PrintWriter out, RunOutcome o) {
        CrawlReport crawl = o.crawl();
        long listsOk = crawl.sources().stream().filter(CrawlReport.SourceReport::listFetched).count();
        out.printf("crawl    %d sources (%d answered), %d article pages fetched for %s, %d failures%n",
                crawl.sources().size(), listsOk, crawl.totalFetched(), crawl.week(), crawl.totalFailures());
        for (CrawlReport.SourceReport s : crawl.sources()) {
            for (CrawlReport.Failure f : s.failures()) {
                out.printf("         ! %s: %s — %s%n", s.source(), f.url(), f.reason());
            }
        }
        out.printf("extract  %d articles%s%n", o.extracted(),
                o.extractionFailures().isEmpty() ? "" : ", " + o.extractionFailures().size() + " pages unreadable");
        out.printf("compose  %d items kept, %d dropped%n", o.rendered().contents().itemCount(), o.dropped().size());
        o.dropped().forEach(d -> out.println("         - " + d.title() + " — " + d.reason()));
        o.draftChanges().forEach(c -> out.println("draft    " + c));
        printIssue(out, o.rendered());
        if (o.sent() != null) {
            out.println("mail     " + o.sent().summary());
            o.sent().failed().forEach(f -> out.println("         ! " + f.email() + ": " + f.reason()));
        }
    }

    static void printIssue(PrintWriter out, RenderedIssue r) {
        Manifest m = r.contents();
        out.printf("issue    %s  %s  第%d期 总第%d期  %d pages%n", m.id(), m.date(), m.number(), m.total(), m.pages());
        for (Manifest.SectionEntry s : m.sections()) {
            out.printf("         %s (%d)%n", s.name(), s.items().size());
            for (Manifest.ItemEntry it : s.items()) {
                out.printf("           p.%02d  %s（%s）%n", it.page(), it.title(), it.source());
            }
        }
        out.println("output   " + rel(r.html()));
        out.println("         " + rel(r.pdf()));
        out.println("         " + rel(r.emailHtml()));
        out.println("         " + rel(r.emailText()));
        out.println("         " + rel(r.manifest()));
        for (String extra : new String[] {"crawl-report.json", "crawl.warc.gz"}) {
            if (java.nio.file.Files.exists(r.folder().resolve(extra))) {
                out.println("         " + rel(r.folder().resolve(extra)));
            }
        }
    }

    static String rel(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}

package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.crawl.Crawler;
import cn.gidi.dongtai.crawl.HttpPageFetcher;
import cn.gidi.dongtai.source.Source;
import cn.gidi.dongtai.source.SourceKind;
import cn.gidi.dongtai.source.SourcesFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Show the source registry (content/sources.yaml) and check which sources still answer.",
        subcommands = {SourcesCommand.ListSources.class, SourcesCommand.Check.class})
class SourcesCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static class FileOptions {
        @Option(names = "--sources", paramLabel = "FILE", description = "Sources file (default: content/sources.yaml).")
        Path sources;

        @Option(names = "--base", paramLabel = "URL", description = "Base URL for relative list URLs.")
        String base;

        List<Source> load(DongtaiProperties props) {
            return SourcesFile.load(sources != null ? sources : props.paths().sources(), base);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print every source: kind, section, issuer, list URL.")
    static class ListSources implements Callable<Integer> {

        @CommandLine.Mixin
        FileOptions file = new FileOptions();

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Autowired
        DongtaiProperties props;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Source> sources = file.load(props);
            Map<SourceKind, Integer> byKind = new TreeMap<>();
            for (Source s : sources) {
                byKind.merge(s.kind(), 1, Integer::sum);
                out.printf("%-8s %-5s %-28s %s%n", s.kind().yamlName(), s.section() == null ? "-" : s.section(),
                        s.name(), s.json() != null ? s.json().url() + " (json)" : s.list());
            }
            out.println(sources.size() + " sources: " + byKind.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().yamlName()).reduce((a, b) -> a + ", " + b).orElse(""));
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Report, per source, whether its list page answers and how many dated links it shows.",
                "Fetches every list page politely (robots.txt obeyed). Exit code 4 when any source failed or showed none."})
    static class Check implements Callable<Integer> {

        @CommandLine.Mixin
        FileOptions file = new FileOptions();

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Autowired
        DongtaiProperties props;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Source> sources = file.load(props);
            out.println("checking " + sources.size() + " sources...");
            out.flush();
            Crawler crawler = new Crawler(new HttpPageFetcher(props.crawl()), props.crawl().maxArticlesPerSource());
            int healthy = 0;
            for (Crawler.ListCheck c : crawler.check(sources)) {
                boolean ok = c.answered() && c.datedLinks() > 0;
                healthy += ok ? 1 : 0;
                out.printf("%-6s %-28s %4d links  newest %-10s  %s%n", ok ? "ok" : c.answered() ? "EMPTY" : "FAILED",
                        c.source(), c.datedLinks(), c.newest() == null ? "-" : c.newest(),
                        c.problem() == null ? c.url() : c.url() + " — " + c.problem());
            }
            out.printf("%d of %d sources answered with dated links%n", healthy, sources.size());
            return healthy == sources.size() ? 0 : 4;
        }
    }
}

package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.files.AtomicFiles;
import cn.gidi.dongtai.text.PageDecoder;
import cn.gidi.dongtai.extract.gold.DongtaiRun;
import cn.gidi.dongtai.extract.gold.GoldPage;
import cn.gidi.dongtai.extract.gold.GoldSet;
import cn.gidi.dongtai.extract.gold.Results;
import cn.gidi.dongtai.extract.gold.ScoreTable;
import cn.gidi.dongtai.extract.gold.Scorer;
import cn.gidi.dongtai.extract.gold.Scores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-extraction", mixinStandardHelpOptions = true,
        description = {"Benchmark extraction quality on the gold set.",
            "Runs the generic extractor (no selectors) over the extraction gold set and scores it;",
            "score other tools' results files with the same scorer and print all side by side.",
            "See bench/extraction.sh, which also runs Mozilla Readability."})
class BenchExtractionCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR",
            description = "The gold set: a folder with index.json (src/test/resources/gold).")
    Path gold;

    @Option(names = "--out", paramLabel = "FILE", description = "Run dongtai and write its per-page results here.")
    Path out;

    @Option(names = "--score", paramLabel = "FILE", description = "Also score this results file (repeatable).")
    List<Path> score = new ArrayList<>();

    @Option(names = "--pages", paramLabel = "FILE",
            description = "Write the gold pages (id, file, url, list, charset) here, for other extractors to run on.")
    Path pages;

    @Option(names = "--passes", defaultValue = "3", paramLabel = "N",
            description = "Timed passes over the set after a warm-up one; the fastest counts (default ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--details", description = "List every page and field a tool got wrong.")
    boolean details;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        if (gold == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --gold DIR (the gold set, e.g. "
                    + "src/test/resources/gold); the external benchmark runs from bench/extraction.sh --external");
        }
        List<GoldPage> set = GoldSet.load(gold);
        if (pages != null) {
            writePageList(set, pages);
        }
        List<Scores> all = new ArrayList<>();
        if (out != null) {
            Results dongtai = DongtaiRun.run(set, passes);
            dongtai.write(out);
            all.add(Scorer.score(set, dongtai));
        }
        for (Path file : score) {
            all.add(Scorer.score(set, Results.read(file)));
        }
        if (all.isEmpty()) {
            w.println(set.size() + " gold pages; give --out FILE to run dongtai or --score FILE to score results");
            return 0;
        }
        w.print(ScoreTable.format(all));
        if (details) {
            for (Scores s : all) {
                for (Scores.Miss m : s.misses()) {
                    w.printf("%s  %s  %s%n    expected: %s%n    got:      %s%n", s.tool(), m.page(), m.field(), m.expected(), m.actual());
                }
            }
        }
        w.flush();
        return 0;
    }

    private static void writePageList(List<GoldPage> set, Path file) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (GoldPage g : set) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", g.id());
            p.put("file", g.file().toAbsolutePath().normalize().toString());
            p.put("url", g.url());
            p.put("list", g.isList());
            p.put("charset", PageDecoder.charsetOf(Files.readAllBytes(g.file()), null).name());
            list.add(p);
        }
        AtomicFiles.writeJson(file, list);
    }
}

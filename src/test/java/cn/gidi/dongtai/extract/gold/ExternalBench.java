package cn.gidi.dongtai.extract.gold;

import cn.gidi.dongtai.crawl.CrawledArticle;
import cn.gidi.dongtai.crawl.FetchedPage;
import cn.gidi.dongtai.extract.Article;
import cn.gidi.dongtai.extract.ArticleExtractor;
import cn.gidi.dongtai.files.AtomicFiles;
import cn.gidi.dongtai.source.Selectors;
import cn.gidi.dongtai.source.Source;
import cn.gidi.dongtai.source.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An external extraction benchmark laid out as {@code gold.json} (file, url, site, body), {@code pages/} and
 * its own {@code score.py} (../shared/reference/extraction-bench): dongtai's extractor writes one result
 * per page ({@code <file>.json} with title and bodyText), then the benchmark's scorer is run on all pages
 * and on the official-media pages apart. A page the extractor refuses is written with its error and
 * scores 0 (lost).
 *
 * <p>Bench tooling, kept out of the production jar: {@code bench/extraction.sh --external [DIR]} runs
 * {@link #main}, which writes {@code target/bench/extraction-bench/<file>.json} and prints the figures beside
 * their anchors.
 */
public final class ExternalBench {

    /** Official and central media among the benchmark's sites. */
    static final List<String> OFFICIAL_MEDIA = List.of("news.cn", "people.com.cn", "gmw.cn", "china.com.cn",
            "youth.cn", "southcn.com", "theorychina.org.cn", "021east.com", "kepu.gov.cn", "kepuchina.cn");

    public record Run(int pages, List<String> lost, String scoreAll, String scoreOfficial) {
    }

    private ExternalBench() {
    }

    /** {@code ExternalBench BENCH_DIR RESULTS_DIR}: runs and scores the benchmark, prints the figures. */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: ExternalBench BENCH_DIR RESULTS_DIR (e.g. ../shared/reference/extraction-bench "
                    + "target/bench/extraction-bench)");
            System.exit(2);
        }
        Path bench = Path.of(args[0]);
        if (!Files.isRegularFile(bench.resolve("gold.json")) || !Files.isRegularFile(bench.resolve("score.py"))) {
            System.err.println(bench + ": not an extraction benchmark (needs gold.json, pages/ and score.py); "
                    + "give the folder, e.g. ../shared/reference/extraction-bench");
            System.exit(2);
        }
        Run run = run(bench, Path.of(args[1]));
        System.out.printf("%s: %d pages, %d lost (anchor: none lost)%n", bench, run.pages(), run.lost().size());
        run.lost().forEach(l -> System.out.println("  lost: " + l));
        System.out.println("all pages (anchor: mean F1 >= 0.95; magic-html 0.947, Readability 0.844):");
        System.out.println("  " + run.scoreAll().replace("\n", "\n  "));
        System.out.println("official-media pages (anchor: mean F1 >= 0.97; Readability 0.951):");
        System.out.println("  " + run.scoreOfficial().replace("\n", "\n  "));
        System.out.println("per page, worst first: python3 " + bench.resolve("score.py") + " " + bench.resolve("gold.json")
                + " " + args[1] + " --details");
    }

    public static Run run(Path bench, Path resultsDir) throws IOException, InterruptedException {
        JsonNode gold = JsonMapper.builder().build().readTree(bench.resolve("gold.json").toFile());
        Files.createDirectories(resultsDir);
        List<String> lost = new ArrayList<>();
        List<JsonNode> official = new ArrayList<>();
        for (JsonNode g : gold) {
            String file = g.get("file").asString();
            String url = g.get("url").asString();
            byte[] bytes = Files.readAllBytes(bench.resolve("pages").resolve(file));
            Map<String, Object> out = new LinkedHashMap<>();
            try {
                Article a = ArticleExtractor.extract(new CrawledArticle("bench", null, null,
                        new FetchedPage(url, url, 200, null, bytes, Instant.EPOCH)),
                        new Source("bench", null, SourceKind.LOCAL, null, url, Selectors.NONE));
                out.put("title", a.title());
                out.put("bodyText", a.bodyText());
            } catch (RuntimeException e) {
                lost.add(file + ": " + e.getMessage());
                out.put("error", String.valueOf(e.getMessage()));
            }
            AtomicFiles.writeJson(resultsDir.resolve(file + ".json"), out);
            String site = g.get("site").asString();
            if (OFFICIAL_MEDIA.stream().anyMatch(site::endsWith)) {
                official.add(g);
            }
        }
        Path officialGold = resultsDir.resolve("official-media-gold.json");
        AtomicFiles.writeJson(officialGold, official);
        Path score = bench.resolve("score.py");
        return new Run(gold.size(), lost, python(score, bench.resolve("gold.json"), resultsDir),
                python(score, officialGold, resultsDir));
    }

    private static String python(Path script, Path gold, Path results) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", script.toString(), gold.toString(), results.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new UncheckedIOException(new IOException(script + " failed: " + out.strip()));
        }
        return out.strip();
    }
}

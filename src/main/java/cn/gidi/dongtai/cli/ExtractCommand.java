package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.files.AtomicFiles;
import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.crawl.CrawledArticle;
import cn.gidi.dongtai.crawl.FetchException;
import cn.gidi.dongtai.crawl.FetchedPage;
import cn.gidi.dongtai.crawl.HttpPageFetcher;
import cn.gidi.dongtai.source.Selectors;
import cn.gidi.dongtai.source.Source;
import cn.gidi.dongtai.source.SourceKind;
import cn.gidi.dongtai.extract.Article;
import cn.gidi.dongtai.extract.ArticleExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print what the generic extractor lifts from one article page.",
            "Fetches the page (or reads a saved one) and prints what the generic extractor lifts",
            "from it with no selectors: title, date, issuer, URL and body. For checking how a source reads."})
class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "URL|FILE", description = "An http(s) URL, a file: URL or the path of a saved page.")
    String target;

    @Option(names = "--json", description = "Print JSON (title, date, issuer, url, bodyText, bodyHtml).")
    boolean json;

    @Option(names = "--url", paramLabel = "URL",
            description = "For a saved page: the URL it was saved from (links resolve and URL dates read against it).")
    String savedFrom;

    @Option(names = "--charset", paramLabel = "NAME", description = "Read the page in this charset, whatever it declares.")
    String charset;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Autowired
    DongtaiProperties props;

    @Override
    public Integer call() throws IOException, FetchException {
        FetchedPage page = fetch();
        String url = page.finalUrl();
        Source unknown = new Source("extract", null, SourceKind.LOCAL, null, url, List.of(), charset, Selectors.NONE, null);
        Article a = ArticleExtractor.extract(new CrawledArticle("extract", null, null, page), unknown);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("title", a.title());
            out.put("date", a.publishedAt() == null ? null : a.publishedAt().toString());
            out.put("issuer", a.issuer());
            out.put("url", a.url());
            out.put("bodyText", a.bodyText());
            out.put("bodyHtml", a.bodyHtml());
            w.println(AtomicFiles.JSON.writeValueAsString(out));
        } else {
            w.println("title:  " + a.title());
            w.println("date:   " + (a.publishedAt() == null ? "(none found)" : a.publishedAt()));
            w.println("issuer: " + (a.issuer() == null ? "(none found)" : a.issuer()));
            w.println("url:    " + a.url());
            w.println();
            w.println(a.bodyText());
        }
        w.flush();
        return 0;
    }

    private FetchedPage fetch() throws IOException, FetchException {
        if (target.matches("(?i)https?://.*")) {
            try {
                return new HttpPageFetcher(props.crawl()).fetch(target);
            } catch (FetchException e) {
                throw new FetchException(target, "cannot fetch " + target + ": " + e.getMessage(), e);
            }
        }
        if (target.matches("(?i)[a-z][a-z0-9+.-]*://.*") && !target.regionMatches(true, 0, "file:", 0, 5)) {
            throw new IllegalArgumentException(target + ": only http(s) URLs, file: URLs and saved files can be read");
        }
        Path file = target.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(target)) : Path.of(target);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(target + ": no such file");
        }
        String url = savedFrom != null ? savedFrom : file.toAbsolutePath().toUri().toString();
        return new FetchedPage(url, url, 200, null, Files.readAllBytes(file), Instant.now());
    }
}

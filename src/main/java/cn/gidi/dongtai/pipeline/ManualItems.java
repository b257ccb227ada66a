package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.classify.Classifier;
import cn.gidi.dongtai.classify.Section;
import cn.gidi.dongtai.config.DongtaiProperties;
import cn.gidi.dongtai.crawl.CrawledArticle;
import cn.gidi.dongtai.crawl.FigureImage;
import cn.gidi.dongtai.crawl.FigureImages;
import cn.gidi.dongtai.crawl.FigureSettings;
import cn.gidi.dongtai.files.FigureStore;
import cn.gidi.dongtai.crawl.FetchException;
import cn.gidi.dongtai.crawl.FetchedPage;
import cn.gidi.dongtai.crawl.HttpPageFetcher;
import cn.gidi.dongtai.source.Selectors;
import cn.gidi.dongtai.source.Source;
import cn.gidi.dongtai.source.SourceKind;
import cn.gidi.dongtai.extract.Article;
import cn.gidi.dongtai.extract.ArticleExtractor;
import cn.gidi.dongtai.text.HtmlSanitizer;
import cn.gidi.dongtai.issue.DraftEditor;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Items an editor brings to a draft by hand: a page fetched and read through the crawler and the extractor
 * (same politeness, limits and robots.txt as the weekly crawl), or pasted text. Either is classified for its
 * section unless the editor names one.
 */
@Service
@Lazy
public class ManualItems {

    private final DongtaiProperties props;
    private final Classifier classifier;
    private final DraftEditor editor;

    private final FigureSettings figureLimits;

    ManualItems(DongtaiProperties props, Classifier classifier, DraftEditor editor, FigureSettings figureLimits) {
        this.props = props;
        this.figureLimits = figureLimits;
        this.classifier = classifier;
        this.editor = editor;
    }

    /** Fetches {@code url}, reads the article from it and adds it to issue {@code id}. Returns the item's name. */
    public String addFromUrl(String id, String url, Section section) {
        if (url == null || !url.strip().matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("'" + url + "' is not an http(s) address");
        }
        FetchedPage page;
        HttpPageFetcher fetcher = new HttpPageFetcher(props.crawl());
        try {
            page = fetcher.fetch(url.strip());
        } catch (FetchException e) {
            throw new IllegalArgumentException("cannot fetch " + url + ": " + e.getMessage(), e);
        }
        Source unknown = new Source("编辑添加", null, SourceKind.LOCAL, null, page.finalUrl(), List.of(), null,
                Selectors.NONE, null);
        // Its figures are fetched as the weekly crawl fetches them (same fetcher, limits and store).
        CrawledArticle crawled = new CrawledArticle("编辑添加", null, null, page);
        FigureImages images = new FigureImages(fetcher, figureLimits, FigureStore.under(props.paths().output()));
        List<FigureImage> figures = ArticleExtractor.figureSources(crawled, unknown).stream().distinct()
                .map(images::get).toList();
        Article article = ArticleExtractor.extract(new CrawledArticle("编辑添加", null, null, page, figures), unknown);
        return editor.add(id, article, section != null ? section : classifier.classify(article).section());
    }

    /** Adds pasted text (paragraphs separated by blank lines) as an item. Returns the item's name. */
    public String addText(String id, String title, String issuer, String url, LocalDate date, String text,
                          Section section) {
        StringBuilder html = new StringBuilder();
        for (String para : (text == null ? "" : text).replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!para.isBlank()) {
                html.append("<p>").append(org.jsoup.nodes.Entities.escape(para.strip())).append("</p>");
            }
        }
        String clean = HtmlSanitizer.clean(html.toString(), url == null ? "" : url);
        Article article = new Article(url == null || url.isBlank() ? null : url.strip(), title, date,
                issuer == null || issuer.isBlank() ? null : issuer.strip(), clean, text, "编辑添加", SourceKind.LOCAL);
        return editor.add(id, article, section != null ? section : classifier.classify(article).section());
    }
}

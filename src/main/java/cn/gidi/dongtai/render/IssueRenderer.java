package cn.gidi.dongtai.render;

import cn.gidi.dongtai.concurrent.Threads;
import cn.gidi.dongtai.files.AtomicFiles;
import cn.gidi.dongtai.files.FigureStore;
import cn.gidi.dongtai.issue.Issue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

/**
 * Renders an issue into {@code output/<id>/}: {@code issue.pdf} first (so page numbers are known), then
 * {@code issue.html}, {@code email.html}, {@code email.txt} and {@code manifest.json}. The preview and the
 * mailer read these same files, so what an editor previews is what subscribers get.
 */
public final class IssueRenderer {

    public static final String PDF = "issue.pdf";
    public static final String HTML = "issue.html";
    public static final String EMAIL_HTML = "email.html";
    public static final String EMAIL_TEXT = "email.txt";
    public static final String MANIFEST = "manifest.json";

    private static final ObjectMapper JSON = AtomicFiles.JSON;
    private static final Logger LOG = LoggerFactory.getLogger(IssueRenderer.class);

    private final Templates templates;
    private final PdfMaker pdfMaker;
    private final Path outputRoot;
    private final Path mastheadFile;
    private final String publicBaseUrl;
    private final FigureStore figures;
    /** Item pages of the last render of each issue: a re-render after an edit usually lays out in one pass. */
    private final Map<String, Map<String, Integer>> lastPages = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What a render needs beyond its folders: the PDF's faces (see {@code dongtai.pdf}) and the public base URL
     * under which {@code output/} is served ({@code dongtai.web.public-base-url}; blank when it is not), to which
     * the e-mail's table of contents links.
     */
    public record Options(List<String> bodyFonts, List<String> headingFonts, List<String> fallbackFonts,
                          String publicBaseUrl) {
    }

    public IssueRenderer(Templates templates, Path outputRoot, Path mastheadFile, Options options) {
        // Where the crawl stored the articles' figures: the only place render reads images from.
        this.figures = FigureStore.under(outputRoot);
        this.templates = templates;
        this.outputRoot = outputRoot;
        this.mastheadFile = mastheadFile;
        this.pdfMaker = new PdfMaker(new PdfFonts(options.bodyFonts(), options.headingFonts(), options.fallbackFonts()));
        String base = options.publicBaseUrl() == null ? "" : options.publicBaseUrl().strip();
        this.publicBaseUrl = base.isEmpty() || base.endsWith("/") ? base : base + "/";
    }

    /**
     * The file name subscribers see for the attached PDF, as the printed issues name themselves:
     * {@code 大数据发展动态2024年第20期.pdf} for issue {@code 2024-20}.
     */
    public static String attachmentName(String issueId) {
        String[] parts = issueId.split("-", 2);
        if (parts.length == 2 && parts[0].matches("\\d{4}") && parts[1].matches("\\d+")) {
            return "大数据发展动态" + parts[0] + "年第" + Integer.parseInt(parts[1]) + "期.pdf";
        }
        return "大数据发展动态" + issueId + ".pdf";
    }

    public Path folder(String issueId) {
        return outputRoot.resolve(issueId);
    }

    public RenderedIssue render(Issue issue) {
        Masthead masthead = Masthead.load(mastheadFile);
        Path dir = folder(issue.id());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        String base = dir.toUri().toString();
        Path pdf = dir.resolve(PDF);
        long t0 = System.nanoTime();
        IssueModel.Prepared items = IssueModel.items(issue, figures);
        PdfMaker.LaidOut laidOut = pdfMaker.layOut(
                known -> templates.render("pdf.ftlh", IssueModel.of(issue, masthead, items, known, PDF)), base,
                lastPages.getOrDefault(issue.id(), pagesLastRendered(issue, dir.resolve(MANIFEST))));
        Map<String, Integer> pages = laidOut.pages();
        lastPages.put(issue.id(), pages);
        int pageCount = laidOut.pageCount();

        Map<String, Object> model = IssueModel.of(issue, masthead, items, pages, PDF);
        // The web page and the e-mail need the pages only: they are written on another core while the PDF is.
        CompletableFuture<WebFiles> web = Threads.start("render-web", () -> writeWebAndEmail(issue.id(), dir, model));
        long pdfNanos;
        try {
            laidOut.writeTo(pdf);
            pdfNanos = System.nanoTime() - t0;
        } finally {
            web.handle((files, failure) -> null).join(); // a failed render returns only when nothing more is written
        }
        WebFiles webFiles = Threads.join(web);
        lastPhases = new Phases(pdfNanos, webFiles.htmlNanos(), webFiles.emailNanos());

        List<String> warnings = new ArrayList<>(laidOut.warnings());
        for (Object o : (List<?>) model.get("items")) {
            IssueModel.ItemView it = (IssueModel.ItemView) o;
            it.notes().forEach(n -> warnings.add(it.key() + " 《" + it.title() + "》: " + n));
        }
        warnings.forEach(w -> LOG.warn("{}: {}", issue.id(), w));
        Manifest manifest = Manifest.of(issue, pages, pageCount, warnings);
        Path manifestFile = dir.resolve(MANIFEST);
        AtomicFiles.writeJson(manifestFile, manifest);
        return new RenderedIssue(dir, webFiles.html(), pdf, webFiles.emailHtml(), webFiles.emailText(), manifestFile,
                manifest);
    }

    private record WebFiles(Path html, Path emailHtml, Path emailText, long htmlNanos, long emailNanos) {
    }

    private WebFiles writeWebAndEmail(String issueId, Path dir, Map<String, Object> model) {
        long t0 = System.nanoTime();
        Path html = AtomicFiles.writeString(dir.resolve(HTML), templates.render("issue.ftlh", model));
        long t1 = System.nanoTime();
        Map<String, Object> mail = new java.util.HashMap<>(model);
        mail.put("webUrl", publicBaseUrl.isEmpty() ? "" : publicBaseUrl + issueId + "/" + HTML);
        Path emailHtml = AtomicFiles.writeString(dir.resolve(EMAIL_HTML),
                EmailInliner.inline(templates.render("email.ftlh", mail)));
        Path emailText = AtomicFiles.writeString(dir.resolve(EMAIL_TEXT), templates.render("email-text.ftl", mail));
        return new WebFiles(html, emailHtml, emailText, t1 - t0, System.nanoTime() - t1);
    }

    /** Reads a rendered issue's manifest back. */
    public Manifest manifest(String issueId) {
        Path file = folder(issueId).resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("issue " + issueId + " has not been rendered: no " + file
                    + " (run: render --issue " + issueId + ")");
        }
        return JSON.readValue(file.toFile(), Manifest.class);
    }

    /**
     * The pages the issue's items had when it was last rendered into {@code manifest} (by title and URL, so an item
     * moved or added since gets none): the first guess of a new process, as {@link #lastPages} is within one. A
     * guess only: the layout is repeated until its pages stop changing, so a wrong or missing one costs a pass.
     */
    private static Map<String, Integer> pagesLastRendered(Issue issue, Path manifest) {
        if (!Files.isRegularFile(manifest)) {
            return Map.of();
        }
        try {
            Map<String, Integer> byItem = new java.util.HashMap<>();
            for (Manifest.SectionEntry s : JSON.readValue(manifest.toFile(), Manifest.class).sections()) {
                for (Manifest.ItemEntry e : s.items()) {
                    if (e.page() != null) {
                        byItem.put(e.title() + "\n" + e.url(), e.page());
                    }
                }
            }
            Map<String, Integer> pages = new java.util.LinkedHashMap<>();
            issue.bySection().values().forEach(items -> items.forEach(it -> {
                Integer page = byItem.get(it.title() + "\n" + it.url());
                if (page != null) {
                    pages.put(it.key(), page);
                }
            }));
            return pages;
        } catch (RuntimeException e) {
            return Map.of(); // unreadable: no guess
        }
    }

    /** How long the last render took for the PDF, the web page and the e-mail (for the render bench). */
    record Phases(long pdfNanos, long htmlNanos, long emailNanos) {
    }

    volatile Phases lastPhases;

}

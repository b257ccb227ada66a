package cn.gidi.dongtai.render;

import cn.gidi.dongtai.files.AtomicFiles;
import cn.gidi.dongtai.issue.Issue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    public IssueRenderer(Templates templates, Path outputRoot, Path mastheadFile, List<String> bodyFonts,
                         List<String> headingFonts, List<String> fallbackFonts) {
        this.templates = templates;
        this.outputRoot = outputRoot;
        this.mastheadFile = mastheadFile;
        this.pdfMaker = new PdfMaker(new PdfFonts(bodyFonts, headingFonts, fallbackFonts));
    }

    /** The file name subscribers see for the attached PDF. */
    public static String attachmentName(String issueId) {
        return "大数据发展动态-" + issueId + ".pdf";
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
        PdfMaker.Result laidOut = pdfMaker.write(
                known -> templates.render("pdf.ftlh", IssueModel.of(issue, masthead, known, PDF)), base, pdf);
        Map<String, Integer> pages = laidOut.pages();
        int pageCount = countPages(pdf);

        Map<String, Object> model = IssueModel.of(issue, masthead, pages, PDF);
        List<String> warnings = new ArrayList<>(laidOut.warnings());
        for (Object o : (List<?>) model.get("items")) {
            IssueModel.ItemView it = (IssueModel.ItemView) o;
            it.notes().forEach(n -> warnings.add(it.key() + " 《" + it.title() + "》: " + n));
        }
        warnings.forEach(w -> LOG.warn("{}: {}", issue.id(), w));
        Path html = AtomicFiles.writeString(dir.resolve(HTML), templates.render("issue.ftlh", model));
        Path emailHtml = AtomicFiles.writeString(dir.resolve(EMAIL_HTML), templates.render("email.ftlh", model));
        Path emailText = AtomicFiles.writeString(dir.resolve(EMAIL_TEXT), templates.render("email-text.ftl", model));
        Manifest manifest = Manifest.of(issue, pages, pageCount, warnings);
        Path manifestFile = dir.resolve(MANIFEST);
        AtomicFiles.writeJson(manifestFile, manifest);
        return new RenderedIssue(dir, html, pdf, emailHtml, emailText, manifestFile, manifest);
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

    private static int countPages(Path pdf) {
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf.toString())) {
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back " + pdf, e);
        }
    }

}

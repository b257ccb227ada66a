package cn.gidi.dongtai.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.nio.file.StandardCopyOption;
import org.jsoup.nodes.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.helper.W3CDom;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.extend.FSImage;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.util.ImageUtil;
import org.w3c.dom.Element;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/**
 * Lays HTML out as an A4 PDF with Flying Saucer on OpenPDF, with the Chinese fonts embedded as subsets,
 * and reports on which page each element with an {@code item-NN} id starts.
 */
final class PdfMaker {

    private static final Pattern ITEM_ID = Pattern.compile("item-\\d+");
    /** The first article section: printed page 01, after the unnumbered front matter. */
    static final String FIRST_ARTICLE_PAGE = "section-1";
    private static final int MAX_PASSES = 4;

    private final PdfFonts fonts;
    /** Embedded images decoded so far (the QR codes, the figures), by their data URI: see {@link ImageReuse}. */
    private final DecodedImages images = new DecodedImages();

    /** The most recently used decoded images, up to {@link #BUDGET} bytes of pixels in all. */
    private static final class DecodedImages {
        static final long BUDGET = 64L << 20;
        private final LinkedHashMap<String, ImageResource> byUri = new LinkedHashMap<>(64, 0.75f, true);
        private long bytes;

        synchronized ImageResource get(String uri) {
            return byUri.get(uri);
        }

        synchronized void put(String uri, ImageResource image) {
            long size = size(uri, image);
            if (size > BUDGET / 8 || byUri.containsKey(uri)) {
                return;
            }
            byUri.put(uri, image);
            bytes += size;
            for (var it = byUri.entrySet().iterator(); bytes > BUDGET && it.hasNext(); ) {
                var eldest = it.next();
                bytes -= size(eldest.getKey(), eldest.getValue());
                it.remove();
            }
        }

        /** The pixels and the data URI (the key) an image keeps in memory. */
        private static long size(String uri, ImageResource image) {
            byte[] raw = image.getImage() instanceof ITextFSImage i ? i.getImage().getRawData() : null;
            return (raw == null ? 1024 : raw.length) + 2L * uri.length();
        }
    }

    /**
     * An issue laid out: the printed page number of each item (first article page 01), the warnings and the page
     * count; {@link #writeTo} writes it as the PDF.
     */
    static final class LaidOut {
        private final ITextRenderer renderer;
        private final Map<String, Integer> pages;
        private final List<String> warnings;

        private LaidOut(ITextRenderer renderer, Map<String, Integer> pages, List<String> warnings) {
            this.renderer = renderer;
            this.pages = pages;
            this.warnings = warnings;
        }

        Map<String, Integer> pages() {
            return pages;
        }

        List<String> warnings() {
            return warnings;
        }

        /** One PDF page per laid-out page: no need to read the file back to count them. */
        int pageCount() {
            return renderer.getRootBox().getLayer().getPages().size();
        }

        void writeTo(Path pdf) {
            writePdf(renderer, pdf);
        }
    }

    PdfMaker(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Lays the HTML out and finds item id → page number (counted as printed). The HTML is laid out with the page
     * numbers of the previous pass until they stop changing (the table of contents prints them as text, so they
     * must be known before the final layout); two passes in practice, one when {@code guess} (the pages of the last
     * render) is still right, as after most editorial changes.
     */
    LaidOut layOut(Function<Map<String, Integer>, String> htmlForPages, String baseUri, Map<String, Integer> guess) {
        Map<String, Integer> pages = guess;
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            List<String> warnings = new ArrayList<>();
            ITextRenderer renderer = layout(htmlForPages.apply(pages), baseUri, warnings);
            Map<String, Integer> laidOut = itemPages(renderer);
            if (laidOut.equals(pages) || pass == MAX_PASSES) {
                return new LaidOut(renderer, laidOut, warnings);
            }
            pages = laidOut;
        }
        throw new IllegalStateException("unreachable");
    }

    private ITextRenderer layout(String html, String baseUri, List<String> warnings) {
        ClippedTextOutputDevice device = new ClippedTextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                device, new ImageReuse(device, images), PdfFonts.resolver());
        Document doc = Jsoup.parse(html, baseUri);
        // An HTML parser moves the unknown <bookmarks> out of <head>; Flying Saucer reads the outline from there.
        doc.select("bookmarks").forEach(b -> doc.head().appendChild(b));
        GlyphCoverage coverage = new GlyphCoverage(fonts);
        warnings.addAll(coverage.apply(doc));
        fonts.register(renderer.getFontResolver()); // the faces the coverage needed (a fallback is read on demand)
        doc.head().appendElement("style").appendChild(new DataNode(coverage.css()));
        renderer.setDocument(new W3CDom().fromJsoup(doc), baseUri);
        renderer.layout();
        return renderer;
    }

    /**
     * Flying Saucer's user agent decodes each embedded image once per layout; every pass and every render of an
     * issue lays out the same QR codes and figures, so the decoded images are kept (by data URI, the most recently
     * used up to 64 MB of pixels) and each layout gets its own copy, as Flying Saucer's own cache hands them out.
     */
    private static final class ImageReuse extends ITextUserAgent {

        private final DecodedImages images;

        ImageReuse(ITextOutputDevice device, DecodedImages images) {
            super(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
            this.images = images;
        }

        @Override
        public ImageResource getImageResource(String uri) {
            if (!ImageUtil.isEmbeddedBase64Image(uri)) {
                return super.getImageResource(uri);
            }
            ImageResource known = images.get(uri);
            if (known == null) {
                com.lowagie.text.Image qr = QrCodes.pdfImage(uri);
                if (qr != null) { // as Flying Saucer's user agent scales the images it reads
                    qr.scaleAbsolute(qr.getPlainWidth() * ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                            qr.getPlainHeight() * ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
                }
                // a copy of its own: never handed out below
                known = qr != null ? new ImageResource(uri, new ITextFSImage(qr)) : super.getImageResource(uri);
                if (known.getImage() == null) {
                    return known;
                }
                images.put(uri, known);
            }
            FSImage image = known.getImage();
            return new ImageResource(known.getImageUri(), image instanceof ITextFSImage copyable ? (FSImage) copyable.clone() : image);
        }
    }

    /**
     * Printed page of each item title: the page whose vertical extent holds the top of the title's box,
     * counted as the printed issues count (cover, masthead and contents unnumbered; the first article page is 1).
     */
    private static Map<String, Integer> itemPages(ITextRenderer renderer) {
        List<PageBox> pageBoxes = renderer.getRootBox().getLayer().getPages();
        Map<String, Integer> physical = new LinkedHashMap<>();
        collect(renderer.getRootBox(), pageBoxes, physical);
        int frontMatter = physical.getOrDefault(FIRST_ARTICLE_PAGE, 1) - 1;
        Map<String, Integer> pages = new LinkedHashMap<>();
        physical.forEach((id, page) -> {
            if (ITEM_ID.matcher(id).matches()) {
                pages.put(id, page - frontMatter);
            }
        });
        return pages;
    }

    private static void collect(Box box, List<PageBox> pageBoxes, Map<String, Integer> pages) {
        Element element = box.getElement();
        if (element != null && (ITEM_ID.matcher(element.getAttribute("id")).matches()
                || element.getAttribute("id").equals(FIRST_ARTICLE_PAGE))
                && !pages.containsKey(element.getAttribute("id"))) {
            int y = box.getAbsY();
            for (int i = 0; i < pageBoxes.size(); i++) {
                if (y >= pageBoxes.get(i).getTop() && y < pageBoxes.get(i).getBottom()) {
                    pages.put(element.getAttribute("id"), i + 1);
                    break;
                }
            }
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), pageBoxes, pages);
        }
    }

    private static void writePdf(ITextRenderer renderer, Path pdf) {
        // Title, author, subject and keywords come from the HTML head's <title> and <meta>; the language and
        // the viewer settings (open with the outline shown, title in the window bar) are set here.
        renderer.setListener(new DefaultPDFCreationListener() {
            @Override
            public void preOpen(ITextRenderer r) {
                r.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
                r.getWriter().setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
            }
        });
        Path tmp = pdf.resolveSibling(pdf.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            renderer.createPDF(out);
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot write " + pdf + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, pdf, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + pdf + ": " + e.getMessage(), e);
        }
    }
}

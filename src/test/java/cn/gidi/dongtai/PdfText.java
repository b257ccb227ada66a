package cn.gidi.dongtai;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: the text of each page and its fonts. */
public final class PdfText {

    public final List<String> pages = new ArrayList<>();
    public final List<String> fontNames = new ArrayList<>();
    public final List<Boolean> fontsEmbedded = new ArrayList<>();

    public PdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!fontNames.contains(font.getName())) {
                        fontNames.add(font.getName());
                        boolean embedded = font instanceof PDType0Font t0
                                ? t0.getDescendantFont().isEmbedded() : font.isEmbedded();
                        fontsEmbedded.add(embedded);
                    }
                }
            }
        }
    }

    public String all() {
        return String.join("\n", pages);
    }

    /** Text with all white space removed: titles wrap across lines in the PDF. */
    public static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    /** 1-based number of the first page on which the text (white space ignored) occurs, or -1. */
    public int pageOf(String text) {
        return pageOf(text, 1);
    }

    /** As {@link #pageOf(String)}, looking only at pages from {@code fromPage} on. */
    public int pageOf(String text, int fromPage) {
        String needle = squeeze(text);
        for (int i = fromPage - 1; i < pages.size(); i++) {
            if (squeeze(pages.get(i)).contains(needle)) {
                return i + 1;
            }
        }
        return -1;
    }
}

package cn.gidi.dongtai.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jsoup.nodes.Element;

/**
 * A stored figure on the page: a {@code figure} holding the image as a {@code data:} URI (so the PDF, the web
 * page and the console need no file beside them) and its caption under it. Its size is the image's natural
 * size at 150 dpi (a chart is never blown up past the sharpness it has), at most the text width of the A4
 * page, and at most {@link #MAX_HEIGHT_PX} high so a tall one still fits a page with its caption; the
 * stylesheets keep figure and caption together on one page and let a narrow screen shrink it.
 */
final class FigureView {

    /** CSS pixels (1/96 in) per image pixel at 150 dpi. */
    private static final double CSS_PX_PER_PIXEL = 96.0 / 150;
    /** The PDF's text width, 170 mm (A4 less 20 mm margins), in CSS pixels. */
    static final int TEXT_WIDTH_PX = 642;
    /** 190 mm: a figure and a caption line fit under a section heading on one page. */
    static final int MAX_HEIGHT_PX = 718;

    record Image(String dataUri, int width, int height) {
    }

    private FigureView() {
    }

    /** The stored bytes as an image for the page, or empty when they cannot be read as one. */
    static Optional<Image> image(String name, byte[] bytes) {
        String type = name.endsWith(".png") ? "image/png" : "image/jpeg";
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                double w = reader.getWidth(0) * CSS_PX_PER_PIXEL;
                double h = reader.getHeight(0) * CSS_PX_PER_PIXEL;
                double scale = Math.min(1, Math.min(TEXT_WIDTH_PX / w, MAX_HEIGHT_PX / h));
                return Optional.of(new Image("data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes),
                        Math.max(1, (int) Math.round(w * scale)), Math.max(1, (int) Math.round(h * scale))));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Puts the figure where the image's paragraph was, its caption (the image's alt) under it. */
    static void show(Element img, Image image) {
        String caption = img.attr("alt").strip();
        Element figure = new Element("figure");
        figure.appendElement("img").attr("src", image.dataUri()).attr("alt", caption.isEmpty() ? "图" : caption)
                .attr("width", Integer.toString(image.width())).attr("height", Integer.toString(image.height()));
        if (!caption.isEmpty()) {
            figure.appendElement("figcaption").text(caption);
        }
        Element holder = img.parent();
        boolean alone = holder != null && holder.normalName().equals("p") && holder.text().isBlank()
                && holder.select("img").size() == 1;
        if (alone) {
            holder.replaceWith(figure);
        } else if (holder != null && holder.normalName().equals("p")) {
            // An image inside a line of text: the figure follows that paragraph (a figure cannot sit in a p).
            img.remove();
            holder.after(figure);
        } else {
            img.replaceWith(figure);
        }
    }
}

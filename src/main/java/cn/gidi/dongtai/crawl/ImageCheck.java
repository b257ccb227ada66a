package cn.gidi.dongtai.crawl;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decides whether fetched bytes are a figure dongtai will print, and makes the copy it stores. Only real
 * raster images: the magic bytes must say PNG, JPEG or GIF (never SVG, which is a document that can carry
 * scripts and links), the size is read from the header and checked before anything is decoded (a small file
 * can claim a huge canvas), and the image must then decode. A wide image is scaled down to
 * {@code maxWidth}; a GIF is stored as PNG (first frame); a large opaque PNG (a photo) as JPEG.
 */
final class ImageCheck {

    /** Bytes that are not a figure dongtai keeps; the message says why, for the draft. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    /** What is stored: the bytes and their format ({@code png} or {@code jpg}). */
    record Checked(byte[] bytes, String extension, int width, int height) {
    }

    private static final int REENCODE_ABOVE = 512 * 1024;
    private static final float JPEG_QUALITY = 0.85f;

    private ImageCheck() {
    }

    static Checked check(byte[] bytes, FigureSettings limits) throws Refused {
        if (bytes.length > limits.maxBytes().toBytes()) {
            throw new Refused("image larger than " + limits.maxBytes().toKilobytes() + " KB (dongtai.figures.max-bytes)");
        }
        String format = format(bytes);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new Refused("no reader for " + format + " images");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w < 1 || h < 1 || (long) w * h > limits.maxPixels()) {
                    throw new Refused("image of " + w + "×" + h + " pixels, more than " + limits.maxPixels()
                            + " (dongtai.figures.max-pixels)");
                }
                BufferedImage image = reader.read(0);
                return stored(bytes, format, image, limits.maxWidth());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("not a readable " + format.toUpperCase() + " image (" + e.getMessage() + ")");
        }
    }

    /** The format the first bytes announce. */
    private static String format(byte[] b) throws Refused {
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "png";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "gif";
        }
        String head = new String(b, 0, Math.min(b.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        if (head.contains("<svg") || head.contains("<?xml")) {
            throw new Refused("an SVG image (only PNG, JPEG and GIF are printed)");
        }
        if (head.stripLeading().startsWith("<")) {
            throw new Refused("not an image (a web page)");
        }
        throw new Refused("not a PNG, JPEG or GIF image");
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static Checked stored(byte[] original, String format, BufferedImage image, int maxWidth) throws IOException {
        boolean wide = image.getWidth() > maxWidth;
        if (!wide && original.length <= REENCODE_ABOVE && !format.equals("gif")) {
            return new Checked(original, format.equals("jpeg") ? "jpg" : "png", image.getWidth(), image.getHeight());
        }
        BufferedImage out = wide ? scaled(image, maxWidth) : image;
        boolean opaque = !out.getColorModel().hasAlpha();
        if (format.equals("jpeg") || (opaque && original.length > REENCODE_ABOVE)) {
            byte[] jpeg = jpeg(out);
            if (format.equals("jpeg") || jpeg.length < png(out).length) {
                return new Checked(jpeg, "jpg", out.getWidth(), out.getHeight());
            }
        }
        return new Checked(png(out), "png", out.getWidth(), out.getHeight());
    }

    private static BufferedImage scaled(BufferedImage image, int width) {
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        BufferedImage out = new BufferedImage(width, height,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

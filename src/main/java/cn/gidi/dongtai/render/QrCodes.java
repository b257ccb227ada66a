package cn.gidi.dongtai.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/** QR codes for the originals' URLs, as PNG data URIs that both the PDF and the web page can embed. */
final class QrCodes {

    private static final int SIZE = 240;
    private static final int CACHED = 2000;
    /** Each layout pass and each output asks again for the same codes: make each once. */
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    /** The modules of each code made, by its data URI: the PDF takes the image from them, not from the PNG. */
    private static final Map<String, BitMatrix> MODULES = new ConcurrentHashMap<>();

    private QrCodes() {
    }

    /** The QR code of {@code url}, or null when it cannot be made (a URL longer than a QR code holds). */
    static String dataUri(String url) {
        String known = CACHE.get(url);
        if (known != null) {
            return known;
        }
        if (CACHE.size() > CACHED) {
            CACHE.clear();
            MODULES.clear();
        }
        String made = make(url);
        if (made != null) {
            CACHE.put(url, made);
        }
        return made;
    }

    private static String make(String url) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            if (!ImageIO.write(blackOnWhite(matrix), "PNG", png)) {
                return null;
            }
            String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
            MODULES.put(uri, matrix);
            return uri;
        } catch (WriterException | IllegalArgumentException | IOException e) {
            return null;
        }
    }

    /**
     * The image zxing's {@code MatrixToImageWriter} makes (one bit a pixel, black on white), with its bits set a
     * byte at a time rather than a pixel at a time through the colour model: the same PNG, in a fraction of the time.
     */
    static BufferedImage blackOnWhite(BitMatrix matrix) {
        int w = matrix.getWidth();
        int h = matrix.getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = (w + 7) / 8;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!matrix.get(x, y)) { // bit set: white (index 1 of the binary palette)
                    data[y * stride + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return image;
    }

    /**
     * The PDF's image of a code this class made, given its data URI (null for any other URI): the 8-bit RGB image
     * OpenPDF makes when it reads that PNG (through ImageIO and the AWT pixel grabber), built from the modules.
     */
    static Image pdfImage(String dataUri) {
        BitMatrix matrix = MODULES.get(dataUri);
        if (matrix == null) {
            return null;
        }
        int w = matrix.getWidth();
        int h = matrix.getHeight();
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0, i = 0; y < h; y++) {
            for (int x = 0; x < w; x++, i += 3) {
                byte v = matrix.get(x, y) ? 0 : (byte) 0xff;
                rgb[i] = v;
                rgb[i + 1] = v;
                rgb[i + 2] = v;
            }
        }
        try {
            Image image = Image.getInstance(w, h, 3, 8, rgb, null);
            image.setOriginalType(Image.ORIGINAL_PNG);
            return image;
        } catch (BadElementException e) {
            return null;
        }
    }
}

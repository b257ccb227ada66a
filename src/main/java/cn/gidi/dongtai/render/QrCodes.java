package cn.gidi.dongtai.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** QR codes for the originals' URLs, as PNG data URIs that both the PDF and the web page can embed. */
final class QrCodes {

    private static final int SIZE = 240;
    private static final int CACHED = 2000;
    /** Each layout pass and each output asks again for the same codes: make each once. */
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

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
        }
        String made = make(url);
        if (made != null) {
            CACHE.put(url, made);
        }
        return made;
    }

    private static String make(String url) {
        try {
            var matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IllegalArgumentException | IOException e) {
            return null;
        }
    }
}

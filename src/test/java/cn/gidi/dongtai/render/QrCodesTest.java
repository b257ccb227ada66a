package cn.gidi.dongtai.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Image;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The codes are made faster than zxing's writer would, and must come out as the same PNG and the same PDF image. */
class QrCodesTest {

    private static final String[] URLS = {"http://127.0.0.1:43649/www.cac.gov.cn/2024-05/29/c_1718573626118437.htm",
        "https://www.miit.gov.cn/", "https://example.org/" + "长".repeat(40) + "?q=1&r=2"};

    @Test
    void thePngIsTheOneZxingsWriterMakes() throws Exception {
        for (String url : URLS) {
            String uri = QrCodes.dataUri(url);
            BitMatrix modules = modules(uri);
            ByteArrayOutputStream zxing = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(modules, "PNG", zxing);
            assertThat(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))).as(url).isEqualTo(zxing.toByteArray());
        }
    }

    @Test
    void thePdfImageIsTheOneOpenPdfReadsFromThePng() throws Exception {
        for (String url : URLS) {
            String uri = QrCodes.dataUri(url);
            Image read = Image.getInstance(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)));
            Image made = QrCodes.pdfImage(uri);
            assertThat(made.getRawData()).as(url).isEqualTo(read.getRawData());
            assertThat(made.getWidth()).isEqualTo(read.getWidth());
            assertThat(made.getHeight()).isEqualTo(read.getHeight());
            assertThat(made.getColorspace()).isEqualTo(read.getColorspace());
            assertThat(made.getBpc()).isEqualTo(read.getBpc());
            assertThat(made.getTransparency()).isEqualTo(read.getTransparency());
            assertThat(made.getImageMask()).isNull();
            assertThat(read.getImageMask()).isNull();
            assertThat(made.getOriginalType()).isEqualTo(read.getOriginalType());
            assertThat(made.getDpiX()).isEqualTo(read.getDpiX());
        }
        assertThat(QrCodes.pdfImage("data:image/png;base64,AAAA")).isNull();
    }

    /** The modules back from the PNG (black = set). */
    private static BitMatrix modules(String uri) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
        BitMatrix m = new BitMatrix(image.getWidth(), image.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == 0) {
                    m.set(x, y);
                }
            }
        }
        return m;
    }
}

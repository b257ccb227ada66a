package cn.gidi.dongtai.render;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.JustificationInfo;

/**
 * Flying Saucer paints, on each page, the lines that sit just past the page's edge too (clipped, so
 * invisible) — which puts ghost copies of a page's first lines into the previous page's text, where
 * search and text extraction find them. This device leaves out any line whose baseline lies outside
 * the current clip, so each line's text is on exactly the page that shows it.
 */
final class ClippedTextOutputDevice extends ITextOutputDevice {

    ClippedTextOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        Shape clip = getClip();
        if (clip != null) {
            Rectangle2D b = clip.getBounds2D();
            if (y < b.getMinY() || y > b.getMaxY()) {
                return;
            }
        }
        super.drawString(s, x, y, info);
    }
}

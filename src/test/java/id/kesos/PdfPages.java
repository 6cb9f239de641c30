package id.kesos;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Looks at a printed paper as a reader would: finds the page that shows a text and renders it,
 * for tests that check a figure is drawn (a figure's words are drawn as shapes, not text).
 */
public final class PdfPages {

    private PdfPages() {}

    /** The page (as an image at 150 dpi) that shows the text, whitespace taken as single spaces. */
    public static BufferedImage pageWith(PDDocument pdf, String text) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(pdf).replaceAll("\\s+", " ").contains(text)) {
                return new PDFRenderer(pdf).renderImageWithDPI(page - 1, 150);
            }
        }
        throw new AssertionError("no page shows " + text);
    }

    /** How many pixels of the image have this colour, give or take the rendering's smoothing. */
    public static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int pixel = image.getRGB(x, y);
                if (Math.abs((pixel >> 16 & 0xff) - (rgb >> 16 & 0xff)) < 12
                        && Math.abs((pixel >> 8 & 0xff) - (rgb >> 8 & 0xff)) < 12
                        && Math.abs((pixel & 0xff) - (rgb & 0xff)) < 12) {
                    count++;
                }
            }
        }
        return count;
    }
}

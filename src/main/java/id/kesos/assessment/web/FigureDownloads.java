package id.kesos.assessment.web;

import id.kesos.assessment.DrawnFigure;
import id.kesos.platform.Downloads;
import id.kesos.platform.SvgImages;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A case's figure answered as an SVG or a PNG file, for the pages' download links and the API. */
final class FigureDownloads {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private FigureDownloads() {}

    static ResponseEntity<byte[]> svg(DrawnFigure figure) {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + figure.svg();
        return Downloads.of(figure.fileName() + ".svg", SVG, document.getBytes(StandardCharsets.UTF_8), true);
    }

    static ResponseEntity<byte[]> png(DrawnFigure figure) {
        return Downloads.of(figure.fileName() + ".png", MediaType.IMAGE_PNG, SvgImages.png(figure.svg()), true);
    }
}

package id.kesos.assessment.web;

import id.kesos.access.KesosUser;
import id.kesos.assessment.CaseFigure;
import id.kesos.assessment.DrawnFigure;
import id.kesos.platform.Downloads;
import id.kesos.platform.NotFoundException;
import id.kesos.platform.SvgImages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A case's figure, found by its name, answered as an SVG or a PNG file for the pages and the API. */
@Component
class FigureDownloads {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final List<CaseFigure> figures;

    FigureDownloads(List<CaseFigure> figures) {
        this.figures = figures;
    }

    ResponseEntity<byte[]> svg(KesosUser user, long caseId, String name) {
        DrawnFigure figure = drawn(user, caseId, name);
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + figure.svg();
        return Downloads.of(figure.fileName() + ".svg", SVG, document.getBytes(StandardCharsets.UTF_8), true);
    }

    ResponseEntity<byte[]> png(KesosUser user, long caseId, String name) {
        DrawnFigure figure = drawn(user, caseId, name);
        return Downloads.of(figure.fileName() + ".png", MediaType.IMAGE_PNG, SvgImages.png(figure.svg()), true);
    }

    private DrawnFigure drawn(KesosUser user, long caseId, String name) {
        return figures.stream().filter(figure -> figure.slug().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("FIGURE", name))
                .figure(user, caseId);
    }
}

package id.kesos.assessment.web;

import id.kesos.access.KesosUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The download links of the assessment's figures on the pages: {@code /cases/{id}/ecomap.png} and the like. */
@Controller
class FigureController {

    private final FigureDownloads downloads;

    FigureController(FigureDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/cases/{id}/{figure}.svg")
    ResponseEntity<byte[]> svg(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @PathVariable String figure) {
        return downloads.svg(user, id, figure);
    }

    @GetMapping("/cases/{id}/{figure}.png")
    ResponseEntity<byte[]> png(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @PathVariable String figure) {
        return downloads.png(user, id, figure);
    }
}

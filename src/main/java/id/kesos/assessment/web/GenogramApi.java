package id.kesos.assessment.web;

import id.kesos.access.KesosUser;
import id.kesos.assessment.Genograms;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/{id}")
@Tag(name = "Gambar asesmen")
class GenogramApi {

    private final Genograms genograms;

    GenogramApi(Genograms genograms) {
        this.genograms = genograms;
    }

    @GetMapping("/genogram.svg")
    @Operation(summary = "Genogram keluarga klien sebagai SVG")
    ResponseEntity<byte[]> svg(@AuthenticationPrincipal KesosUser user, @PathVariable long id) {
        return FigureDownloads.svg(genograms.figure(user, id));
    }

    @GetMapping("/genogram.png")
    @Operation(summary = "Genogram keluarga klien sebagai PNG")
    ResponseEntity<byte[]> png(@AuthenticationPrincipal KesosUser user, @PathVariable long id) {
        return FigureDownloads.png(genograms.figure(user, id));
    }
}

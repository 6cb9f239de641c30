package id.kesos.assessment.web;

import id.kesos.access.KesosUser;
import id.kesos.assessment.Ecomaps;
import id.kesos.assessment.StrengthsQuadrants;
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
@Tag(name = "Gambar asesmen", description = "Ecomap dan kuadran kekuatan kasus, dibatasi seperti kasusnya; "
        + "kasus di luar cakupan dijawab 404; pembacaan dicatat di log audit")
class FigureApi {

    private final Ecomaps ecomaps;
    private final StrengthsQuadrants quadrants;

    FigureApi(Ecomaps ecomaps, StrengthsQuadrants quadrants) {
        this.ecomaps = ecomaps;
        this.quadrants = quadrants;
    }

    @GetMapping("/ecomap.svg")
    @Operation(summary = "Ecomap kasus sebagai SVG")
    ResponseEntity<byte[]> ecomapSvg(@AuthenticationPrincipal KesosUser user, @PathVariable long id) {
        return FigureDownloads.svg(ecomaps.figure(user, id));
    }

    @GetMapping("/ecomap.png")
    @Operation(summary = "Ecomap kasus sebagai PNG")
    ResponseEntity<byte[]> ecomapPng(@AuthenticationPrincipal KesosUser user, @PathVariable long id) {
        return FigureDownloads.png(ecomaps.figure(user, id));
    }

    @GetMapping("/strengths.svg")
    @Operation(summary = "Kuadran kekuatan (Saleebey) kasus sebagai SVG")
    ResponseEntity<byte[]> strengthsSvg(@AuthenticationPrincipal KesosUser user, @PathVariable long id) {
        return FigureDownloads.svg(quadrants.figure(user, id));
    }

    @GetMapping("/strengths.png")
    @Operation(summary = "Kuadran kekuatan (Saleebey) kasus sebagai PNG")
    ResponseEntity<byte[]> strengthsPng(@AuthenticationPrincipal KesosUser user, @PathVariable long id) {
        return FigureDownloads.png(quadrants.figure(user, id));
    }
}

package id.kesos.assessment.web;

import id.kesos.access.KesosUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/{id}")
@Tag(name = "Gambar asesmen", description = "Gambar asesmen kasus (ecomap, genogram, kuadran kekuatan), dibatasi "
        + "seperti kasusnya: kasus di luar cakupan dijawab 404; pembacaan dicatat di log audit")
class FigureApi {

    private static final String FIGURE = "ecomap, genogram atau strengths";

    private final FigureDownloads downloads;

    FigureApi(FigureDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/{figure}.svg")
    @Operation(summary = "Gambar asesmen kasus sebagai SVG, misalnya /ecomap.svg")
    ResponseEntity<byte[]> svg(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @Parameter(description = FIGURE) @PathVariable String figure) {
        return downloads.svg(user, id, figure);
    }

    @GetMapping("/{figure}.png")
    @Operation(summary = "Gambar asesmen kasus sebagai PNG, misalnya /ecomap.png")
    ResponseEntity<byte[]> png(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @Parameter(description = FIGURE) @PathVariable String figure) {
        return downloads.png(user, id, figure);
    }
}

package id.kesos.registry.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.kesos.access.KesosUser;
import id.kesos.registry.Duplicates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Registri")
class DuplicateApi {

    private static final int PAGE_SIZE = 100;

    record Pair(@JsonProperty("a_id") long aId, @JsonProperty("b_id") long bId, double score, String reason) {}

    private final Duplicates duplicates;

    DuplicateApi(Duplicates duplicates) {
        this.duplicates = duplicates;
    }

    @GetMapping("/api/v1/registry/duplicates")
    @Operation(summary = "Pasangan yang mungkin duplikat dan belum ditinjau, paling mirip dulu (100 per halaman)")
    List<Pair> open(@AuthenticationPrincipal KesosUser user, @RequestParam(defaultValue = "0") int page) {
        return duplicates.open(user, page, PAGE_SIZE).stream()
                .map(pair -> new Pair(pair.aId(), pair.bId(), pair.score(), pair.reason()))
                .toList();
    }
}

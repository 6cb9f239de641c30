package id.kesos.casework.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import id.kesos.access.KesosUser;
import id.kesos.casework.CaseSummary;
import id.kesos.casework.CaseView;
import id.kesos.casework.Cases;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Kasus", description = "Kasus ATENSI, dibatasi pada unit pemanggil; kasus di luar cakupan dijawab 404")
class CaseApi {

    private final Cases cases;

    CaseApi(Cases cases) {
        this.cases = cases;
    }

    @GetMapping(params = "person")
    @Operation(summary = "Kasus seorang klien di unit pemanggil, terbaru dulu")
    List<CaseLine> ofPerson(@AuthenticationPrincipal KesosUser user, @RequestParam long person) {
        return cases.ofPerson(user, person).stream().map(CaseLine::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Satu kasus dengan tahapannya menurut urutan alur kerja; pembacaan dicatat di log audit")
    CaseJson get(@AuthenticationPrincipal KesosUser user, @PathVariable long id) {
        return CaseJson.of(cases.view(user, id));
    }

    @PostMapping
    @Operation(summary = "Membuka kasus dari rujukan (person_id atau nik, service_base, referral_source)")
    ResponseEntity<CaseJson> open(@AuthenticationPrincipal KesosUser user, @RequestBody CaseJson.Referral body) {
        CaseView opened = cases.open(user, body.command());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.id())).body(CaseJson.of(opened));
    }

    /** A case in a list: no client name, only what tells the cases apart. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CaseLine(long id, String caseNumber, String status, String currentStage, boolean sensitive,
            Instant openedAt) {

        static CaseLine of(CaseSummary summary) {
            return new CaseLine(summary.id(), summary.caseNumber(), summary.status().name(),
                    summary.currentStage().name(), summary.sensitive(), summary.openedAt());
        }
    }
}

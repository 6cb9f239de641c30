package id.kesos.casework.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import id.kesos.casework.CaseStatus;
import id.kesos.casework.CaseView;
import id.kesos.casework.OpenCase;
import id.kesos.casework.Sensitivity;
import id.kesos.casework.ServiceBase;
import id.kesos.casework.Stage;
import id.kesos.casework.StageState;
import java.time.Instant;
import java.util.List;

/**
 * A case in the API, snake_case like the person API. The stages come in workflow order; a
 * sensitive case the caller may not open comes with {@code restricted} true and no content.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseJson(long id, String caseNumber, long unitId, Long personId, String initials, ServiceBase serviceBase,
        String cluster, String category, CaseStatus status, Stage currentStage, boolean sensitive,
        Sensitivity sensitivity, Long previousCaseId, Instant openedAt, Instant closedAt, boolean restricted,
        List<Member> team, List<StageJson> stages) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record StageJson(Stage code, StageState state, Instant startedAt, Instant completedAt, String skipReason) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Member(String username, String fullName, String role, String profession) {}

    static CaseJson of(CaseView view) {
        if (view.restricted()) {
            return new CaseJson(view.id(), view.caseNumber(), view.unitId(), null, null, null, null, null,
                    view.status(), null, true, null, null, view.openedAt(), view.closedAt(), true, null, null);
        }
        return new CaseJson(view.id(), view.caseNumber(), view.unitId(), view.personId(), view.initials(),
                view.serviceBase(), view.cluster(), view.category(), view.status(), view.currentStage(),
                view.sensitive(), view.sensitivity(), view.previousCaseId(), view.openedAt(), view.closedAt(), false,
                view.team().stream().map(m -> new Member(m.username(), m.fullName(), m.role().name(),
                        m.profession().name())).toList(),
                view.stages().stream().map(s -> new StageJson(s.stage(), s.state(), s.startedAt(), s.completedAt(),
                        s.skipReason())).toList());
    }

    /** The body of {@code POST /api/v1/cases}: a case opened from a referral. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Referral(Long personId, String nik, ServiceBase serviceBase, String cluster, String category,
            String referralSource, String referrer, Sensitivity sensitivity, Long previousCaseId) {

        OpenCase command() {
            return new OpenCase(personId, personId == null ? nik : null, serviceBase, cluster,
                    category, referralSource, referrer, sensitivity, previousCaseId);
        }
    }
}

package id.kesos.casework.internal;

import id.kesos.casework.CaseStatus;
import id.kesos.casework.Sensitivity;
import id.kesos.casework.ServiceBase;
import id.kesos.casework.Stage;
import java.time.Instant;

/** A row of {@code casework.case_file}. */
public record CaseRow(long id, String caseNumber, long unitId, long personId, ServiceBase serviceBase, String cluster,
        String category, CaseStatus status, Stage currentStage, Instant stageSince, Sensitivity sensitivity,
        Long previousCaseId, Instant openedAt, String openedBy, Instant closedAt, int version) {}

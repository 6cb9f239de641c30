package id.kesos.casework.web;

import id.kesos.casework.OpenCase;
import id.kesos.casework.Sensitivity;
import id.kesos.casework.ServiceBase;

/** The open-a-case form: the client by registry id or by the NIK of the referral letter. */
record CaseForm(Long personId, String nik, ServiceBase serviceBase, String cluster, String category,
        String referralSource, String referrer, Sensitivity sensitivity, Long previousCaseId) {

    static CaseForm forPerson(Long personId, Long previousCaseId) {
        return new CaseForm(personId, null, null, null, null, null, null, null, previousCaseId);
    }

    OpenCase command() {
        return new OpenCase(personId, personId == null ? nik : null, serviceBase, cluster, category, referralSource,
                referrer, sensitivity, previousCaseId);
    }
}

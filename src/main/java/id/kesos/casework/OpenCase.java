package id.kesos.casework;

/**
 * What opening a case needs. The client is named by registry id (a person in the user's scope)
 * or by NIK (a person registered anywhere, as a referral letter names them); one of the two.
 *
 * @param personId       the client's registry id, or null when {@code nik} names them
 * @param nik            the client's NIK, or null
 * @param serviceBase    family, community or residential
 * @param cluster        the PPKS cluster, e.g. Disabilitas; may be null
 * @param category       the PPKS category, e.g. Disabilitas Fisik; may be null
 * @param referralSource how the client came: a choice of the access stage
 * @param referrer       who referred, e.g. Dinas Sosial Kabupaten Boyolali; may be null
 * @param sensitivity    why the case is sensitive, or null
 * @param previousCaseId the closed case of the same client this one follows, or null
 */
public record OpenCase(Long personId, String nik, ServiceBase serviceBase, String cluster, String category,
        String referralSource, String referrer, Sensitivity sensitivity, Long previousCaseId) {}

package id.kesos.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kesos.IntegrationTest;
import id.kesos.access.KesosUser;
import id.kesos.access.OrgUnitView;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import id.kesos.registry.Persons;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Referrals between Sentra Soeharso (peksos, supervisor, kepala) and Sentra Mulya Jaya (peksos2,
 * supervisor2), on the real database.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ReferralIntegrationTest {

    @Autowired
    Cases cases;

    @Autowired
    Referrals referrals;

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private CaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseFixtures(cases, persons, principals);
    }

    private KesosUser user(String name) {
        return fixtures.user(name);
    }

    private RequestPostProcessor signedIn(String username) {
        return SecurityMockMvcRequestPostProcessors.user(principals.loadUserByUsername(username));
    }

    private long unit(String name) {
        return jdbc.sql("select id from access.org_unit where name = :name").param("name", name)
                .query(Long.class).single();
    }

    private long mulyaJaya() {
        return unit("Sentra Mulya Jaya Jakarta");
    }

    private CaseView contracted(String name, boolean sharing, Sensitivity sensitivity) {
        return cases.view(user("peksos"), fixtures.contracted(name, sharing, sensitivity));
    }

    private ReferralView referral(String username, long caseId, long referralId) {
        return referrals.ofCase(user(username), caseId).stream().filter(r -> r.id() == referralId).findFirst()
                .orElseThrow();
    }

    private long auditCount(long caseId, String like) {
        return jdbc.sql("""
                select count(*) from platform.audit_log
                 where entity_type = 'CASE' and entity_id = :id and summary like :like
                """).param("id", Long.toString(caseId)).param("like", like).query(Long.class).single();
    }

    @Test
    void withoutConsentToSharingOnlyASupervisorsWrittenReasonLetsTheReferralGoAndItIsAudited() throws Exception {
        CaseView kase = contracted("Ratna Kusuma", false, null);
        long id = kase.id();
        ReferralRequest plain = new ReferralRequest(mulyaJaya(), ReferralKind.SERVICE, "Terapi psikososial", null);

        assertThatThrownBy(() -> referrals.request(user("peksos"), id, plain))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("casework.referral.consentMissing"));
        assertThatThrownBy(() -> referrals.request(user("peksos"), id, new ReferralRequest(mulyaJaya(),
                ReferralKind.SERVICE, "Terapi psikososial", "Klien dalam krisis")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("casework.referral.overrideBySupervisor"));
        mvc.perform(post("/cases/{id}/referrals", id).with(signedIn("peksos")).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("toUnitId", Long.toString(mulyaJaya())).param("kind", "SERVICE")
                        .param("purpose", "Terapi psikososial"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Klien belum menyetujui berbagi data")))
                .andExpect(content().string(containsString("Terapi psikososial")));
        assertThat(referrals.ofCase(user("peksos"), id)).isEmpty();

        long referralId = referrals.request(user("supervisor"), id, new ReferralRequest(mulyaJaya(),
                ReferralKind.SERVICE, "Terapi psikososial", "Klien dalam krisis dan butuh layanan segera"));
        ReferralView sent = referral("peksos", id, referralId);
        referrals.decide(user("supervisor2"), referralId, sent.version(), true, null);

        assertThat(referral("peksos", id, referralId)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReferralStatus.ACCEPTED);
            assertThat(r.consentOverride()).isEqualTo("Klien dalam krisis dan butuh layanan segera");
            assertThat(r.decidedBy()).isEqualTo("supervisor2");
        });
        assertThat(auditCount(id, "%tanpa persetujuan berbagi data%Klien dalam krisis dan butuh layanan segera"))
                .isEqualTo(1);
        assertThat(cases.timeline(user("peksos"), id)).extracting(TimelineItem::kind)
                .contains("REFERRED", "CONSENT_OVERRIDDEN", "REFERRAL_ACCEPTED");
    }

    @Test
    void anAcceptedTransferMovesTheCaseAndTheFormerUnitReadsOnlyWhatItHandedOver() throws Exception {
        CaseView kase = contracted("Sari Handayani", true, null);
        long id = kase.id();
        long referralId = referrals.request(user("peksos"), id, new ReferralRequest(mulyaJaya(),
                ReferralKind.TRANSFER, "Klien pindah domisili ke Jakarta", null));
        assertThatThrownBy(() -> cases.view(user("peksos2"), id)).isInstanceOf(NotFoundException.class);
        assertThat(referrals.incoming(user("peksos2"))).extracting(ReferralView::id).contains(referralId);

        referrals.decide(user("supervisor2"), referralId, 0, true, "Diterima, penanggung jawab supervisor");

        CaseView moved = cases.view(user("supervisor2"), id);
        assertThat(moved.unitId()).isEqualTo(mulyaJaya());
        assertThat(moved.caseNumber()).isEqualTo(kase.caseNumber());
        assertThat(moved.reach()).isEqualTo(CaseReach.HOLDER);
        assertThat(moved.team()).extracting(TeamMember::username, TeamMember::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("supervisor2", TeamRole.RESPONSIBLE));
        assertThat(persons.open(user("supervisor2"), moved.personId()).name()).isEqualTo("Sari Handayani");

        cases.putMember(user("supervisor2"), id, user("peksos2").id(), TeamRole.STAFF, Profession.PEKERJA_SOSIAL);
        fixtures.save(user("peksos2"), id, Stage.KONTRAK, Map.of("client_rights_duties", "Diperbarui di Mulya Jaya"));
        assertThat(cases.stage(user("peksos2"), id, Stage.KONTRAK).values())
                .containsEntry("client_rights_duties", "Diperbarui di Mulya Jaya");

        KesosUser peksos = user("peksos");
        CaseView former = cases.view(peksos, id);
        assertThat(former.reach()).isEqualTo(CaseReach.FORMER_HOLDER);
        assertThat(former.clientName()).isEqualTo("Sari Handayani");
        assertThat(former.team()).extracting(TeamMember::username).containsExactly("peksos");
        assertThat(former.stage(Stage.KONTRAK).state()).isEqualTo(StageState.IN_PROGRESS);
        StageDetail handedOver = cases.stage(peksos, id, Stage.KONTRAK);
        assertThat(handedOver.values()).containsEntry("client_rights_duties", "Mengikuti kegiatan");
        assertThat(handedOver.mayWrite()).isFalse();
        assertThat(cases.timeline(peksos, id)).extracting(TimelineItem::kind).contains("TRANSFERRED")
                .doesNotContain("TEAM_CHANGED");
        assertThat(cases.view(user("kepala"), id).reach()).isEqualTo(CaseReach.FORMER_HOLDER);

        assertThatThrownBy(() -> cases.saveStage(peksos, id, Stage.KONTRAK, handedOver.view().version(),
                Map.of("client_rights_duties", "Tidak boleh"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.putMember(user("supervisor"), id, peksos.id(), TeamRole.STAFF,
                Profession.PEKERJA_SOSIAL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.request(peksos, id, new ReferralRequest(unit(
                "Dinas Sosial Kabupaten Boyolali"), ReferralKind.SERVICE, "Bantuan sosial", null)))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/cases/{id}", id).with(signedIn("peksos")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"case-reach\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-testid=\"referral-form\""))));
        mvc.perform(post("/cases/{id}/stages/kontrak", id).with(signedIn("peksos"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("version", Integer.toString(handedOver.view().version()))
                        .param("values[client_rights_duties]", "Tidak boleh"))
                .andExpect(status().isForbidden());
        assertThat(cases.stage(user("peksos2"), id, Stage.KONTRAK).values())
                .containsEntry("client_rights_duties", "Diperbarui di Mulya Jaya");
    }

    @Test
    void aServiceReferralIsAcceptedThenDoneWithItsOutcomeWhileTheCaseStaysHome() throws Exception {
        CaseView kase = contracted("Dewi Lestari", true, null);
        long id = kase.id();
        long referralId = referrals.request(user("peksos"), id, new ReferralRequest(mulyaJaya(),
                ReferralKind.SERVICE, "Pelatihan vokasional menjahit", null));
        assertThatThrownBy(() -> referrals.request(user("supervisor"), id, new ReferralRequest(mulyaJaya(),
                ReferralKind.TRANSFER, "Sekalian pindah", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("casework.referral.duplicate"));

        assertThatThrownBy(() -> referrals.decide(user("peksos2"), referralId, 0, true, null))
                .isInstanceOfSatisfying(WorkflowViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(WorkflowRule.SUPERVISOR_ONLY));
        assertThatThrownBy(() -> referrals.decide(user("supervisor2"), referralId, 0, false, ""))
                .isInstanceOfSatisfying(WorkflowViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(WorkflowRule.REASON_MISSING));
        mvc.perform(get("/cases").param("view", "referrals").with(signedIn("supervisor2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pelatihan vokasional menjahit")))
                .andExpect(content().string(containsString("data-testid=\"referral-accept\"")));
        mvc.perform(post("/cases/referrals/{id}/decision", referralId).with(signedIn("supervisor2"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("version", "0").param("decision", "reject").param("comment", " "))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Tuliskan alasannya.")))
                .andExpect(content().string(containsString("data-testid=\"incoming-referrals\"")));
        assertThatThrownBy(() -> referrals.decide(user("supervisor2"), referralId, 7, true, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("casework.stale.referral"));
        assertThat(referrals.decide(user("supervisor2"), referralId, 0, true, "Mulai pekan depan")).isEqualTo(id);

        CaseView partner = cases.view(user("peksos2"), id);
        assertThat(partner.reach()).isEqualTo(CaseReach.SERVICE_PARTNER);
        assertThat(partner.clientName()).isEqualTo("Dewi Lestari");
        assertThat(partner.unitId()).isEqualTo(kase.unitId());
        assertThat(partner.stages()).isEmpty();
        assertThatThrownBy(() -> cases.stage(user("peksos2"), id, Stage.KONTRAK))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.addEntry(user("supervisor2"), id, Stage.ENGAGEMENT,
                Map.of("contact_date", "2024-09-01", "process", "x"))).isInstanceOf(AccessDeniedException.class);
        assertThat(referrals.incoming(user("peksos2"))).filteredOn(r -> r.id() == referralId).singleElement()
                .satisfies(r -> {
                    assertThat(r.mayDecide()).isFalse();
                    assertThat(r.mayFinish()).isFalse();
                });
        assertThatThrownBy(() -> referrals.finish(user("peksos2"), referralId, 1, "Selesai"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.revoke(user("supervisor2"), referralId, 1, "Tidak jadi"))
                .isInstanceOf(AccessDeniedException.class);

        referrals.finish(user("supervisor2"), referralId, 1, "Klien menyelesaikan 12 sesi menjahit");

        assertThat(referral("peksos", id, referralId)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReferralStatus.DONE);
            assertThat(r.outcome()).isEqualTo("Klien menyelesaikan 12 sesi menjahit");
            assertThat(r.doneBy()).isEqualTo("supervisor2");
        });
        assertThatThrownBy(() -> cases.view(user("peksos2"), id)).isInstanceOf(NotFoundException.class);
        assertThat(cases.view(user("peksos"), id).reach()).isEqualTo(CaseReach.HOLDER);
        assertThat(cases.timeline(user("peksos"), id)).extracting(TimelineItem::kind)
                .contains("REFERRED", "REFERRAL_ACCEPTED", "REFERRAL_DONE");
        assertThat(auditCount(id, "rujukan " + referralId + " selesai")).isEqualTo(1);
    }

    @Test
    void theSenderRevokesAnOpenReferralWhichCannotThenBeAccepted() {
        long id = contracted("Tri Wahyuni", true, null).id();
        long referralId = referrals.request(user("peksos"), id, new ReferralRequest(mulyaJaya(),
                ReferralKind.TRANSFER, "Klien pindah", null));

        assertThatThrownBy(() -> referrals.revoke(user("peksos"), referralId, 0, "x".repeat(2001)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("casework.value.tooLong"));
        referrals.revoke(user("peksos"), referralId, 0, "Keluarga memilih tetap di Surakarta. " + "x".repeat(1950));

        assertThatThrownBy(() -> referrals.decide(user("supervisor2"), referralId, 1, true, null))
                .isInstanceOfSatisfying(WorkflowViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(WorkflowRule.REFERRAL_STEP));
        assertThat(referrals.incoming(user("supervisor2"))).extracting(ReferralView::id).doesNotContain(referralId);
        assertThat(referral("peksos", id, referralId).revokeReason()).startsWith("Keluarga memilih tetap di Surakarta");
        assertThat(cases.timeline(user("peksos"), id)).filteredOn(t -> t.kind().equals("REFERRAL_REVOKED"))
                .singleElement().satisfies(t -> assertThat(t.note()).hasSize(2000));
        assertThat(cases.view(user("peksos"), id).unitId()).isEqualTo(unit("Sentra Terpadu \"Prof. Dr. Soeharso\" Surakarta"));
    }

    @Test
    void aSensitiveCaseStaysWithTheAcceptingUserAndTheHeadInTheServingUnit() {
        long id = contracted("Wulan Sari", true, Sensitivity.VIOLENCE).id();
        long referralId = referrals.request(user("peksos"), id, new ReferralRequest(mulyaJaya(),
                ReferralKind.SERVICE, "Konseling trauma", null));
        assertThat(referrals.incoming(user("peksos2"))).extracting(ReferralView::id).doesNotContain(referralId);
        assertThat(referrals.incoming(user("supervisor2"))).filteredOn(r -> r.id() == referralId).singleElement()
                .satisfies(r -> assertThat(r.clientName()).isEqualTo("Wulan Sari"));

        referrals.decide(user("supervisor2"), referralId, 0, true, null);

        assertThat(cases.view(user("supervisor2"), id).restricted()).isFalse();
        assertThat(cases.view(user("peksos2"), id).restricted()).isTrue();
        assertThat(referrals.incoming(user("peksos2"))).extracting(ReferralView::id).doesNotContain(referralId);
        assertThat(referrals.ofCase(user("peksos2"), id)).isEmpty();
        assertThat(referrals.ofCase(user("supervisor2"), id)).extracting(ReferralView::id).containsExactly(referralId);
    }

    @Test
    void afterASensitiveCaseIsTransferredItsNewTeamSeesItsReferrals() {
        long id = contracted("Putri Anjani", true, Sensitivity.CHILD_PROTECTION).id();
        long referralId = referrals.request(user("peksos"), id, new ReferralRequest(mulyaJaya(),
                ReferralKind.TRANSFER, "Anak pindah bersama keluarga", null));
        referrals.decide(user("supervisor2"), referralId, 0, true, null);
        cases.putMember(user("supervisor2"), id, user("peksos2").id(), TeamRole.STAFF, Profession.PEKERJA_SOSIAL);

        assertThat(cases.view(user("peksos2"), id).restricted()).isFalse();
        assertThat(referrals.ofCase(user("peksos2"), id)).extracting(ReferralView::id).containsExactly(referralId);
    }

    @Test
    void aUnitNeitherSendingNorReceivingGets404() throws Exception {
        long id = contracted("Nining Suryani", true, null).id();
        long referralId = referrals.request(user("peksos"), id, new ReferralRequest(mulyaJaya(),
                ReferralKind.TRANSFER, "Klien pindah ke Jakarta", null));
        referrals.decide(user("supervisor2"), referralId, 0, true, null);

        KesosUser dinsos = user("dinsos");
        assertThatThrownBy(() -> cases.view(dinsos, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.stage(dinsos, id, Stage.AKSES)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.saveStage(dinsos, id, Stage.KONTRAK, 0, Map.of()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> referrals.finish(dinsos, referralId, 1, "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> referrals.revoke(dinsos, referralId, 1, "x")).isInstanceOf(NotFoundException.class);
        assertThat(referrals.ofCase(dinsos, id)).isEmpty();
        mvc.perform(get("/cases/{id}", id).with(signedIn("dinsos"))).andExpect(status().isNotFound());
    }

    @Test
    void theFormOffersTheAgenciesOfTheWholeTreeAndRefusesAnyOtherUnit() {
        long id = contracted("Yuni Astuti", true, null).id();
        long soeharso = cases.view(user("peksos"), id).unitId();
        long kementerian = unit("Kementerian Sosial");

        assertThat(referrals.receivers(user("peksos"), id)).extracting(OrgUnitView::name)
                .contains("Sentra Mulya Jaya Jakarta", "Dinas Sosial Provinsi Jawa Tengah",
                        "Dinas Sosial Kabupaten Boyolali")
                .doesNotContain("Kementerian Sosial", "Kecamatan Ngemplak (TKSK)",
                        "Sentra Terpadu \"Prof. Dr. Soeharso\" Surakarta");
        assertThat(referrals.receivers(user("peksos2"), id)).isEmpty();
        for (Long target : new Long[] {soeharso, kementerian, null}) {
            assertThatThrownBy(() -> referrals.request(user("peksos"), id, new ReferralRequest(target,
                    ReferralKind.SERVICE, "Layanan", null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(InvalidInputException.Problem::field).containsExactly("toUnitId"));
        }
    }
}

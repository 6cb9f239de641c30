package id.kesos.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kesos.platform.InvalidInputException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferralFlowTest {

    /** Every step the rules allow, by kind and status; everything else is refused. */
    private static final Map<ReferralKind, Map<ReferralStatus, Map<ReferralStep, ReferralStatus>>> ALLOWED = Map.of(
            ReferralKind.SERVICE, Map.of(
                    ReferralStatus.REQUESTED, Map.of(ReferralStep.ACCEPT, ReferralStatus.ACCEPTED,
                            ReferralStep.REJECT, ReferralStatus.REJECTED, ReferralStep.REVOKE, ReferralStatus.REVOKED),
                    ReferralStatus.ACCEPTED, Map.of(ReferralStep.FINISH, ReferralStatus.DONE,
                            ReferralStep.REVOKE, ReferralStatus.REVOKED)),
            ReferralKind.TRANSFER, Map.of(
                    ReferralStatus.REQUESTED, Map.of(ReferralStep.ACCEPT, ReferralStatus.ACCEPTED,
                            ReferralStep.REJECT, ReferralStatus.REJECTED, ReferralStep.REVOKE, ReferralStatus.REVOKED)));

    static Stream<Arguments> everyStepOfEveryReferral() {
        return Stream.of(ReferralKind.values()).flatMap(kind -> Stream.of(ReferralStatus.values())
                .flatMap(status -> Stream.of(ReferralStep.values()).map(step -> Arguments.of(kind, status, step))));
    }

    private static Optional<ReferralStatus> expected(ReferralKind kind, ReferralStatus status, ReferralStep step) {
        return Optional.ofNullable(ALLOWED.get(kind).getOrDefault(status, Map.of()).get(step));
    }

    /** Takes the step as a supervisor with a written text, on an open case. */
    private static ReferralStatus take(ReferralFlow flow, ReferralStep step) {
        return switch (step) {
            case ACCEPT -> flow.accept(true);
            case REJECT -> flow.reject(true, "Kuota penuh");
            case FINISH -> flow.finish("Klien mengikuti terapi 8 sesi");
            case REVOKE -> flow.revoke("Keluarga menjemput klien");
        };
    }

    private static void refused(Runnable step, WorkflowRule rule) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(WorkflowViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo(rule));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyStepOfEveryReferral")
    void eachStepIsAllowedOnlyWhereTheRulesSay(ReferralKind kind, ReferralStatus status, ReferralStep step) {
        ReferralFlow flow = new ReferralFlow(kind, status, CaseStatus.OPEN);
        Optional<ReferralStatus> next = expected(kind, status, step);

        assertThat(flow.after(step)).isEqualTo(next);
        if (next.isPresent()) {
            assertThat(take(flow, step)).isEqualTo(next.get());
        } else {
            refused(() -> take(flow, step), WorkflowRule.REFERRAL_STEP);
        }
    }

    @Test
    void aReferralIsActiveWhileRequestedAndAServiceWhileAccepted() {
        assertThat(new ReferralFlow(ReferralKind.SERVICE, ReferralStatus.REQUESTED, CaseStatus.OPEN).active()).isTrue();
        assertThat(new ReferralFlow(ReferralKind.SERVICE, ReferralStatus.ACCEPTED, CaseStatus.OPEN).active()).isTrue();
        assertThat(new ReferralFlow(ReferralKind.TRANSFER, ReferralStatus.REQUESTED, CaseStatus.OPEN).active())
                .isTrue();
        assertThat(new ReferralFlow(ReferralKind.TRANSFER, ReferralStatus.ACCEPTED, CaseStatus.OPEN).active())
                .isFalse();
        for (ReferralStatus ended : new ReferralStatus[] {ReferralStatus.REJECTED, ReferralStatus.DONE,
            ReferralStatus.REVOKED}) {
            assertThat(new ReferralFlow(ReferralKind.SERVICE, ended, CaseStatus.OPEN).active()).isFalse();
        }
    }

    @Test
    void onlyASupervisorDecidesAndARejectionSaysWhy() {
        ReferralFlow requested = new ReferralFlow(ReferralKind.SERVICE, ReferralStatus.REQUESTED, CaseStatus.OPEN);
        refused(() -> requested.accept(false), WorkflowRule.SUPERVISOR_ONLY);
        refused(() -> requested.reject(false, "Kuota penuh"), WorkflowRule.SUPERVISOR_ONLY);
        refused(() -> requested.reject(true, " "), WorkflowRule.REASON_MISSING);
        refused(() -> requested.revoke(null), WorkflowRule.REASON_MISSING);
    }

    @Test
    void aFinishedServiceHasItsOutcome() {
        ReferralFlow accepted = new ReferralFlow(ReferralKind.SERVICE, ReferralStatus.ACCEPTED, CaseStatus.OPEN);
        refused(() -> accepted.finish(""), WorkflowRule.OUTCOME_MISSING);
    }

    @Test
    void aClosedCaseIsNoLongerTakenOnButItsReferralsCanStillEnd() {
        ReferralFlow requested = new ReferralFlow(ReferralKind.TRANSFER, ReferralStatus.REQUESTED, CaseStatus.CLOSED);
        refused(() -> requested.accept(true), WorkflowRule.CASE_CLOSED);
        assertThat(requested.reject(true, "Kasus sudah ditutup")).isEqualTo(ReferralStatus.REJECTED);
        assertThat(new ReferralFlow(ReferralKind.SERVICE, ReferralStatus.ACCEPTED, CaseStatus.CLOSED)
                .finish("Layanan selesai sebelum kasus ditutup")).isEqualTo(ReferralStatus.DONE);
    }

    @Test
    void sharingNeedsTheClientsConsentOrASupervisorsWrittenReason() {
        assertThat(ReferralFlow.consentOverride(true, false, null)).isNull();
        assertThat(ReferralFlow.consentOverride(true, true, "tidak perlu")).isNull();
        assertThat(ReferralFlow.consentOverride(false, true, "  Klien dalam krisis  ")).isEqualTo("Klien dalam krisis");
        assertThatThrownBy(() -> ReferralFlow.consentOverride(false, true, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("consentOverride");
                            assertThat(p.messageKey()).isEqualTo("casework.referral.consentMissing");
                        }));
        assertThatThrownBy(() -> ReferralFlow.consentOverride(false, false, "Klien dalam krisis"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.messageKey()).isEqualTo("casework.referral.overrideBySupervisor")));
    }
}

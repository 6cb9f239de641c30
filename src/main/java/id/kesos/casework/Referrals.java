package id.kesos.casework;

import id.kesos.access.KesosUser;
import id.kesos.access.OrgUnitView;
import id.kesos.access.OrgUnits;
import id.kesos.access.UnitType;
import id.kesos.casework.internal.CaseRow;
import id.kesos.casework.internal.CaseTable;
import id.kesos.casework.internal.ReferralRow;
import id.kesos.casework.internal.ReferralTable;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import id.kesos.registry.PersonListItem;
import id.kesos.registry.Persons;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of a case to another unit (the tenth ATENSI step, and transfers between units),
 * following {@link ReferralFlow}. The responsible worker or a supervisor of the unit holding the
 * case refers it, after the client consented to sharing their data or with a supervisor's
 * written reason, which is audited; a supervisor or the head of the receiving unit accepts or
 * rejects it; the sending unit may revoke it while it is open.
 *
 * <p>A service referral works as the receiving agency's referral in established case-management
 * practice: the receiving unit sees what the referral says and the case's summary (client,
 * service base, cluster, team to contact), not the stages with the assessment, and records the
 * outcome of its service on the referral; the case file stays with the unit holding it. The
 * client enters the receiving unit's registry scope once it accepts.
 *
 * <p>An accepted transfer moves the case, its number kept, to the receiving unit, with the
 * accepting user as the responsible worker who then forms the team. The stages, records and team
 * as they stood are kept as what was handed over: the former holder reads those and the timeline
 * up to the transfer, and writes nothing more (see {@link Cases}).
 *
 * <p>Every step is on the case's timeline and in the audit log, in the same transaction.
 */
@Service
public class Referrals {

    /** The units a case can be referred to: the agencies that serve clients in cases. */
    static final Set<UnitType> RECEIVERS = EnumSet.of(UnitType.SENTRA, UnitType.LKS, UnitType.DINAS_PROVINSI,
            UnitType.DINAS_KABKOTA);

    private static final String ENTITY = "CASE_REFERRAL";
    private static final int TEXT_LIMIT = 2000;
    private static final int SENT_LIMIT = 50;

    private final Cases cases;
    private final CaseTable table;
    private final ReferralTable referrals;
    private final OrgUnits units;
    private final Persons persons;
    private final AuditLog audit;

    Referrals(Cases cases, CaseTable table, ReferralTable referrals, OrgUnits units, Persons persons,
            AuditLog audit) {
        this.cases = cases;
        this.table = table;
        this.referrals = referrals;
        this.units = units;
        this.persons = persons;
        this.audit = audit;
    }

    /**
     * Refers the case to another unit.
     *
     * @return the referral's id
     * @throws InvalidInputException when the unit, kind or purpose is missing or wrong, a referral
     *                               to that unit (or a transfer) is already open, or the client's
     *                               consent to sharing is missing without a supervisor's reason
     */
    @Transactional
    public long request(KesosUser user, long caseId, ReferralRequest request) {
        CaseRow row = cases.lockHeld(user, caseId);
        requireSender(user, row);
        if (row.status() != CaseStatus.OPEN) {
            throw new WorkflowViolation(WorkflowRule.CASE_CLOSED, null);
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        OrgUnitView target = request.toUnitId() == null ? null : units.find(request.toUnitId())
                .filter(unit -> unit.active() && RECEIVERS.contains(unit.type()) && unit.id() != row.unitId())
                .orElse(null);
        List<ReferralRow> open = referrals.ofCase(caseId).stream().filter(r -> r.flow().active()).toList();
        if (target == null) {
            problems.add(new InvalidInputException.Problem("toUnitId", "casework.referral.target"));
        } else if (open.stream().anyMatch(r -> r.toUnitId() == target.id())) {
            problems.add(new InvalidInputException.Problem("toUnitId", "casework.referral.duplicate"));
        }
        if (request.kind() == null) {
            problems.add(new InvalidInputException.Problem("kind", "casework.value.required"));
        } else if (request.kind() == ReferralKind.TRANSFER
                && open.stream().anyMatch(r -> r.kind() == ReferralKind.TRANSFER)) {
            problems.add(new InvalidInputException.Problem("kind", "casework.referral.transferOpen"));
        }
        String purpose = checkText(problems, "purpose", request.purpose());
        String override = checkText(problems, "consentOverride", request.consentOverride());
        boolean sharing = "true".equals(table.stageValues(caseId, Stage.KONTRAK).get("consent_sharing"));
        try {
            override = ReferralFlow.consentOverride(sharing, CaseAccess.supervises(user), override);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (purpose == null) {
            problems.add(new InvalidInputException.Problem("purpose", "casework.value.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String client = persons.items(user, List.of(row.personId())).stream().findFirst()
                .map(PersonListItem::name).orElseThrow();
        long id = referrals.insert(caseId, row.unitId(), target.id(), request.kind(), purpose, client, override,
                user.username());
        table.event(caseId, user.username(), request.kind() == ReferralKind.TRANSFER
                ? CaseEventKind.TRANSFER_REQUESTED : CaseEventKind.REFERRED, null, Cases.trim(target.name() + ": " + purpose));
        audit.record(user, AuditAction.UPDATE, Cases.ENTITY, caseId,
                "rujukan " + id + " (" + request.kind() + ") ke " + target.name());
        if (override != null) {
            table.event(caseId, user.username(), CaseEventKind.CONSENT_OVERRIDDEN, null, override);
            audit.record(user, AuditAction.UPDATE, Cases.ENTITY, caseId,
                    "rujukan " + id + " tanpa persetujuan berbagi data, alasan supervisor: " + override);
        }
        return id;
    }

    /**
     * A supervisor or the head of the receiving unit accepts the referral or rejects it with a
     * comment. An accepted transfer moves the case to the receiving unit with the accepting user
     * responsible for it.
     *
     * @param version the referral's version the user decided on
     * @return the case's id
     */
    @Transactional
    public long decide(KesosUser user, long referralId, int version, boolean accept, String comment) {
        ReferralRow referral = lockReceived(user, referralId);
        boolean decider = CaseAccess.supervises(user) && user.unitId() == referral.toUnitId();
        String text = stepText(comment);
        ReferralStatus next = accept ? referral.flow().accept(decider) : referral.flow().reject(decider, text);
        advance(user, referral, version, next, text);
        long caseId = referral.caseId();
        String to = unitName(referral.toUnitId());
        if (!accept) {
            table.event(caseId, user.username(), CaseEventKind.REFERRAL_REJECTED, null, Cases.trim(to + ": " + text));
            audit.record(user, AuditAction.UPDATE, Cases.ENTITY, caseId, "rujukan " + referralId + " ditolak");
            return caseId;
        }
        CaseRow row = table.find(caseId).orElseThrow();
        persons.recordService(row.personId(), referral.toUnitId());
        if (referral.kind() == ReferralKind.TRANSFER) {
            referrals.handOver(referralId, caseId);
            table.moveTo(caseId, referral.toUnitId());
            table.putMember(caseId, Cases.responsible(user));
            table.event(caseId, user.username(), CaseEventKind.TRANSFERRED, null, to);
            audit.record(user, AuditAction.UPDATE, Cases.ENTITY, caseId, "alih kelola dari "
                    + unitName(referral.fromUnitId()) + " ke " + to + " (rujukan " + referralId + ")");
        } else {
            table.event(caseId, user.username(), CaseEventKind.REFERRAL_ACCEPTED, null, to);
            audit.record(user, AuditAction.UPDATE, Cases.ENTITY, caseId, "rujukan " + referralId + " diterima");
        }
        return caseId;
    }

    /** The receiving unit records the service as given, with its outcome. */
    @Transactional
    public void finish(KesosUser user, long referralId, int version, String outcome) {
        ReferralRow referral = lockReceived(user, referralId);
        if (!CaseAccess.writes(user, referral.sensitive(), user.username().equals(referral.decidedBy()))) {
            throw new AccessDeniedException("only who accepted the referral or a supervisor records its outcome");
        }
        String text = stepText(outcome);
        advance(user, referral, version, referral.flow().finish(text), text);
        table.event(referral.caseId(), user.username(), CaseEventKind.REFERRAL_DONE, null,
                Cases.trim(unitName(referral.toUnitId()) + ": " + text));
        audit.record(user, AuditAction.UPDATE, Cases.ENTITY, referral.caseId(), "rujukan " + referralId + " selesai");
    }

    /** The unit holding the case withdraws its referral, saying why. */
    @Transactional
    public void revoke(KesosUser user, long referralId, int version, String reason) {
        ReferralRow found = referrals.find(referralId).orElseThrow(() -> denied(user, referralId));
        CaseRow row = cases.lockHeld(user, found.caseId());
        requireSender(user, row);
        ReferralRow referral = referrals.find(referralId).orElseThrow();
        String text = stepText(reason);
        advance(user, referral, version, referral.flow().revoke(text), text);
        table.event(referral.caseId(), user.username(), CaseEventKind.REFERRAL_REVOKED, null,
                Cases.trim(unitName(referral.toUnitId()) + ": " + text));
        audit.record(user, AuditAction.UPDATE, Cases.ENTITY, referral.caseId(), "rujukan " + referralId + " dibatalkan");
    }

    /**
     * The case's referrals, oldest first: all of them for the unit holding it, those its units
     * sent or received for anyone else. In the receiving unit, a sensitive case's referral shows
     * only to those who decide on it and the user who accepted it.
     */
    @Transactional(readOnly = true)
    public List<ReferralView> ofCase(KesosUser user, long caseId) {
        List<Long> scope = units.unitIds(user.scope());
        CaseRow row = table.find(caseId).orElseThrow(() -> new NotFoundException(Cases.ENTITY, caseId));
        boolean holder = scope.contains(row.unitId());
        boolean sender = holder && CaseAccess.refers(user, table.isResponsible(caseId, user.username()));
        return views(user, referrals.ofCase(caseId).stream()
                .filter(r -> holder || scope.contains(r.fromUnitId()) || scope.contains(r.toUnitId())).toList(),
                holder, sender);
    }

    /** Referrals to the user's units still to be decided or, for a service, under way (see {@link #ofCase} for sensitive cases). */
    @Transactional(readOnly = true)
    public List<ReferralView> incoming(KesosUser user) {
        Cases.requireReader(user);
        return views(user, referrals.toUnits(units.unitIds(user.scope())).stream()
                .filter(r -> r.flow().active()).toList(), false, false);
    }

    /** The latest referrals the user's units sent, newest first. */
    @Transactional(readOnly = true)
    public List<ReferralView> outgoing(KesosUser user) {
        Cases.requireReader(user);
        return views(user, referrals.fromUnits(units.unitIds(user.scope()), SENT_LIMIT), false, false);
    }

    /**
     * The units the user may refer the case to, by name across the whole tree; empty when the
     * user may not refer it.
     */
    @Transactional(readOnly = true)
    public List<OrgUnitView> receivers(KesosUser user, long caseId) {
        CaseRow row = table.find(caseId).orElseThrow(() -> new NotFoundException(Cases.ENTITY, caseId));
        boolean holder = units.unitIds(user.scope()).contains(row.unitId());
        if (!holder || row.status() != CaseStatus.OPEN
                || !CaseAccess.refers(user, table.isResponsible(caseId, user.username()))) {
            return List.of();
        }
        return units.directory(RECEIVERS).stream().filter(unit -> unit.id() != row.unitId()).toList();
    }

    /**
     * The referral for a step of the receiving unit, with its case locked; 404 (audited) for a
     * user outside that unit's scope.
     */
    private ReferralRow lockReceived(KesosUser user, long referralId) {
        Cases.requireReader(user);
        ReferralRow found = referrals.find(referralId)
                .filter(r -> units.unitIds(user.scope()).contains(r.toUnitId()))
                .orElseThrow(() -> denied(user, referralId));
        table.lock(found.caseId());
        return referrals.find(referralId).orElseThrow();
    }

    private void advance(KesosUser user, ReferralRow referral, int version, ReferralStatus next, String text) {
        if (referral.version() != version || !referrals.advance(referral.id(), version, next, user.username(), text)) {
            throw new InvalidInputException(null, "casework.stale.referral");
        }
    }

    private void requireSender(KesosUser user, CaseRow row) {
        if (!CaseAccess.refers(user, table.isResponsible(row.id(), user.username()))) {
            throw new AccessDeniedException("only the responsible worker or a supervisor refers a case");
        }
    }

    /**
     * The rows as the user sees them; {@code holder} when the user's unit holds their case,
     * {@code sender} when the user may also revoke its referrals.
     */
    private List<ReferralView> views(KesosUser user, List<ReferralRow> rows, boolean holder, boolean sender) {
        Map<Long, String> names = new HashMap<>();
        Function<Long, String> name = id -> names.computeIfAbsent(id, this::unitName);
        List<Long> scope = units.unitIds(user.scope());
        List<ReferralView> views = new ArrayList<>();
        for (ReferralRow r : rows) {
            boolean decider = CaseAccess.supervises(user) && user.unitId() == r.toUnitId();
            boolean acceptedIt = user.username().equals(r.decidedBy());
            boolean receiving = scope.contains(r.toUnitId());
            if (!holder && receiving && r.sensitive() && !decider && !acceptedIt) {
                continue;
            }
            views.add(new ReferralView(r.id(), r.caseId(), r.caseNumber(), r.clientName(), r.sensitive(), r.kind(),
                    r.status(), name.apply(r.fromUnitId()), name.apply(r.toUnitId()), r.purpose(), r.consentOverride(), r.requestedBy(), r.requestedAt(), r.decidedBy(), r.decidedAt(),
                    r.decisionComment(), r.doneBy(), r.doneAt(), r.outcome(), r.revokedBy(), r.revokedAt(),
                    r.revokeReason(), r.version(), decider && r.flow().after(ReferralStep.ACCEPT).isPresent(),
                    receiving && r.flow().after(ReferralStep.FINISH).isPresent()
                            && CaseAccess.writes(user, r.sensitive(), acceptedIt),
                    sender && r.flow().after(ReferralStep.REVOKE).isPresent()));
        }
        return views;
    }

    private String unitName(long unitId) {
        return units.find(unitId).map(OrgUnitView::name).orElse("#" + unitId);
    }

    private NotFoundException denied(KesosUser user, long referralId) {
        audit.recordAlone(user, AuditAction.DENIED, ENTITY, referralId, "rujukan di luar cakupan");
        return new NotFoundException(ENTITY, referralId);
    }

    /** The text stripped, or null when blank; a problem when it is longer than the columns hold. */
    private static String checkText(List<InvalidInputException.Problem> problems, String field, String text) {
        String value = Cases.blankToNull(text);
        if (value != null && value.length() > TEXT_LIMIT) {
            problems.add(new InvalidInputException.Problem(field, "casework.value.tooLong", TEXT_LIMIT));
        }
        return value;
    }

    /** The comment, outcome or reason of a step, stripped, or null when blank. */
    private static String stepText(String text) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String value = checkText(problems, null, text);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return value;
    }
}

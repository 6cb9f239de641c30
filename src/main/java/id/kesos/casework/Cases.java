package id.kesos.casework;

import id.kesos.access.KesosUser;
import id.kesos.access.OrgUnits;
import id.kesos.access.Role;
import id.kesos.access.UserAccounts;
import id.kesos.access.UserView;
import id.kesos.casework.internal.CaseRow;
import id.kesos.casework.internal.CaseTable;
import id.kesos.casework.internal.GroupSessionTable;
import id.kesos.casework.internal.ReferralRow;
import id.kesos.casework.internal.ReferralTable;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.KesosClock;
import id.kesos.platform.NotFoundException;
import id.kesos.registry.PersonListItem;
import id.kesos.registry.Persons;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ATENSI cases: opening, reading and every step of their workflow. Each step locks the case,
 * asks {@link CaseWorkflow} what it moves, and writes the stages, the case's timeline and the
 * audit log in one transaction. Every read is scoped by the user's units and audited.
 *
 * <p>Besides the unit holding a case, two others reach it (see {@link CaseReach}): a unit it was
 * transferred away from reads the stages, records and team it handed over (kept when the transfer
 * was accepted) and the timeline up to that moment, and writes nothing; a unit serving it on an
 * accepted service referral reads its summary and team, not its stages. A step by either is
 * refused with 403; a unit that does not reach the case at all gets 404.
 */
@Service
public class Cases {

    static final String ENTITY = "CASE";

    private static final Reach HELD = new Reach(CaseReach.HOLDER, null, null);

    private final CaseTable table;
    private final ReferralTable referrals;
    private final GroupSessionTable groupSessions;
    private final Persons persons;
    private final OrgUnits units;
    private final UserAccounts users;
    private final AuditLog audit;

    Cases(CaseTable table, ReferralTable referrals, GroupSessionTable groupSessions, Persons persons, OrgUnits units,
            UserAccounts users, AuditLog audit) {
        this.table = table;
        this.referrals = referrals;
        this.groupSessions = groupSessions;
        this.persons = persons;
        this.units = units;
        this.users = users;
        this.audit = audit;
    }

    /** Opens a case in the user's unit, with the user responsible and the access stage begun. */
    @Transactional
    public CaseView open(KesosUser user, OpenCase command) {
        if (!CaseAccess.opens(user)) {
            throw new AccessDeniedException("role may not open cases");
        }
        PersonListItem client = client(user, command);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (command.serviceBase() == null) {
            problems.add(new InvalidInputException.Problem("serviceBase", "casework.value.required"));
        }
        Map<String, String> access = new LinkedHashMap<>();
        access.put("referral_source", command.referralSource());
        access.put("referrer", command.referrer());
        access.put("received_date", today().toString());
        try {
            access = StageValues.check(StageForm.of(Stage.AKSES).fields(), access);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(new InvalidInputException.Problem(
                    p.field().equals("values[referral_source]") ? "referralSource" : "referrer", p.messageKey(),
                    p.args())));
        }
        if (!access.containsKey("referral_source")) {
            problems.add(new InvalidInputException.Problem("referralSource", "casework.value.required"));
        }
        checkLength(problems, "cluster", command.cluster());
        checkLength(problems, "category", command.category());
        if (command.previousCaseId() != null) {
            Optional<CaseRow> previous = table.find(command.previousCaseId())
                    .filter(row -> row.personId() == client.id() && row.status() == CaseStatus.CLOSED
                            && inScope(user, row));
            if (previous.isEmpty()) {
                problems.add(new InvalidInputException.Problem("previousCaseId", "casework.previous.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String unitName = units.get(user.scope(), user.unitId()).name();
        LocalDate today = today();
        String number = "%s-%d-%04d".formatted(CaseNumbers.prefix(unitName), today.getYear(),
                table.nextNumber(user.unitId(), today.getYear()));
        long id = table.insert(number, user.unitId(), client.id(), command.serviceBase(), blankToNull(command.cluster()),
                blankToNull(command.category()), command.sensitivity(), command.previousCaseId(), user.username());
        table.putMember(id, responsible(user));
        persons.recordService(client.id(), user.unitId());
        table.event(id, user.username(), CaseEventKind.OPENED, null, number);
        audit.record(user, AuditAction.CREATE, ENTITY, id, number);
        table.saveValues(id, Stage.AKSES, 0, access, user.username());
        apply(user, table.lock(id).orElseThrow(), CaseWorkflow.opened().edit(Stage.AKSES), null);
        return view(user, id);
    }

    /** The case, its team and stages; reading it is audited. A sensitive case others may not open comes restricted. */
    @Transactional
    public CaseView view(KesosUser user, long id) {
        requireReader(user);
        CaseRow row = table.find(id).orElseThrow(() -> denied(user, id));
        Reach reach = reach(user, row).orElseThrow(() -> denied(user, id));
        if (!readsContent(user, row, reach)) {
            audit.record(user, AuditAction.DENIED, ENTITY, id, "kasus sensitif");
            return new CaseView(row.id(), row.caseNumber(), row.unitId(), row.personId(), null, null,
                    row.serviceBase(), null, null, row.status(), row.currentStage(), row.sensitivity(),
                    row.previousCaseId(), row.openedAt(), null, row.closedAt(), row.version(), List.of(), List.of(),
                    true, reach.kind());
        }
        audit.record(user, AuditAction.VIEW, ENTITY, id, switch (reach.kind()) {
            case HOLDER -> null;
            case FORMER_HOLDER -> "berkas yang diserahkan";
            case SERVICE_PARTNER -> "ringkasan untuk rujukan layanan";
        });
        String name = persons.items(user, List.of(row.personId())).stream().findFirst()
                .map(PersonListItem::name).orElse(null);
        return new CaseView(row.id(), row.caseNumber(), row.unitId(), row.personId(), name, Initials.of(name),
                row.serviceBase(), row.cluster(), row.category(), row.status(), row.currentStage(), row.sensitivity(),
                row.previousCaseId(), row.openedAt(), row.openedBy(), row.closedAt(), row.version(),
                reach.handover() == null ? table.team(id) : referrals.handedOverTeam(reach.handover().referralId()),
                switch (reach.kind()) {
                    case HOLDER -> table.stages(id);
                    case FORMER_HOLDER -> referrals.handedOverStages(reach.handover().referralId());
                    case SERVICE_PARTNER -> List.of();
                }, false, reach.kind());
    }

    /** One stage with its form, values, records and approvals. */
    @Transactional(readOnly = true)
    public StageDetail stage(KesosUser user, long id, Stage stage) {
        Reached reached = reached(user, id);
        ReferralTable.Handover handover = readFrom(reached);
        if (handover != null) {
            return handedOver(handover, stage, table.approvals(id));
        }
        CaseRow row = reached.row();
        List<StageView> stages = table.stages(id);
        StageView view = stages.stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
        return new StageDetail(view, StageForm.of(stage), table.stageValues(id, stage), table.entries(id, stage),
                table.approvals(id).stream().filter(a -> a.stage() == stage).toList(),
                CaseWorkflow.of(row.status(), stages).mayEnter(stage),
                CaseAccess.writes(user, row.sensitivity() != null, table.isMember(id, user.username())));
    }

    /**
     * The stage as another module's tool on it reaches it (an ecomap, a score): the case held by
     * the user's unit and readable by them, 404 or 403 otherwise, like the stage page.
     */
    @Transactional(readOnly = true)
    public StageAccess stageAccess(KesosUser user, long id, Stage stage) {
        CaseRow row = readable(user, id);
        CaseWorkflow workflow = workflow(id, row.status());
        boolean writes = CaseAccess.writes(user, row.sensitivity() != null, table.isMember(id, user.username()));
        String name = persons.items(user, List.of(row.personId())).stream().findFirst()
                .map(PersonListItem::name).orElse(null);
        return new StageAccess(id, row.caseNumber(), row.personId(), Initials.of(name), workflow.state(stage),
                writes && workflow.mayEdit(stage));
    }

    /**
     * Runs another module's write into a stage (saving an ecomap, recording a score) under the
     * same lock, checks and stage entry as saving the stage's own form, and notes it on the
     * timeline.
     *
     * @param what what was written, as the timeline names it (no personal data)
     */
    @Transactional
    public void workOn(KesosUser user, long id, Stage stage, String what, Runnable work) {
        edit(user, id, stage, row -> {
            work.run();
            table.event(id, user.username(), CaseEventKind.TOOL_SAVED, stage, what);
        });
    }

    /** Every transition, record and group session of the case in date order. */
    @Transactional(readOnly = true)
    public List<TimelineItem> timeline(KesosUser user, long id) {
        ReferralTable.Handover handover = readFrom(reached(user, id));
        return table.timeline(id, handover == null ? null : handover.at());
    }

    /**
     * The sessions of the case's implementation stage in date order: its own session records and
     * the group sessions the client was in (present or not), for the stage page and the case report.
     */
    @Transactional(readOnly = true)
    public List<SessionRecord> sessions(KesosUser user, long id) {
        ReferralTable.Handover handover = readFrom(reached(user, id));
        List<StageEntry> own = handover == null ? table.entries(id, Stage.PELAKSANAAN)
                : referrals.handedOverEntries(handover.referralId(), Stage.PELAKSANAAN);
        return Stream.concat(own.stream().map(SessionRecord::own),
                        groupSessions.ofCase(id, handover == null ? null : handover.at()).stream()
                                .map(g -> SessionRecord.of(g.date(), g.values(), true, g.attendees(), g.present(),
                                        g.note(), g.createdBy())))
                .sorted(SessionRecord.DATE_ORDER)
                .toList();
    }

    /**
     * Saves the stage's form, entering the stage when it has not begun.
     *
     * @param version the stage version the user's form was filled from
     * @throws InvalidInputException for bad values, or (global) when someone else saved the stage meanwhile
     */
    @Transactional
    public void saveStage(KesosUser user, long id, Stage stage, int version, Map<String, String> submitted) {
        Map<String, String> values = StageValues.check(StageForm.of(stage).fields(), submitted);
        edit(user, id, stage, row -> {
            if (!table.saveValues(id, stage, version, values, user.username())) {
                throw stale(id, stage);
            }
        });
    }

    /** Adds a record to the stage (a session, an attendee, ...), entering the stage when it has not begun. */
    @Transactional
    public long addEntry(KesosUser user, long id, Stage stage, Map<String, String> submitted) {
        StageForm form = form(stage);
        Map<String, String> values = checkEntry(form, submitted);
        long[] entryId = new long[1];
        edit(user, id, stage, row -> entryId[0] = table.insertEntry(id, stage,
                StageValues.entryDate(form.entryFields(), values, today()), values, user.username()));
        return entryId[0];
    }

    /** Corrects a record of a stage still being worked on. */
    @Transactional
    public void updateEntry(KesosUser user, long id, long entryId, int version, Map<String, String> submitted) {
        StageEntry entry = table.entry(id, entryId).orElseThrow(() -> new NotFoundException("CASE_ENTRY", entryId));
        StageForm form = form(entry.stage());
        Map<String, String> values = checkEntry(form, submitted);
        edit(user, id, entry.stage(), row -> {
            if (!table.updateEntry(id, entryId, version, StageValues.entryDate(form.entryFields(), values, today()),
                    values, user.username())) {
                throw new InvalidInputException(null, "casework.stale.entry");
            }
        });
    }

    /** Completes the stage, or asks for its approval; refused while a required field or record is missing. */
    @Transactional
    public void complete(KesosUser user, long id, Stage stage) {
        step(user, id, stage, false, workflow -> workflow.complete(stage), null, row -> {
            StageForm form = StageForm.of(stage);
            List<InvalidInputException.Problem> missing = new ArrayList<>(
                    StageValues.missing(form.fields(), table.stageValues(id, stage)));
            if (form.entriesRequired() && table.entries(id, stage).isEmpty() && !(stage == Stage.PELAKSANAAN
                    && groupSessions.ofCase(id, null).stream().anyMatch(GroupSessionTable.Attended::present))) {
                missing.add(new InvalidInputException.Problem(null, "casework.entries.required"));
            }
            if (!missing.isEmpty()) {
                throw new InvalidInputException(missing);
            }
        });
    }

    @Transactional
    public void approve(KesosUser user, long id, Stage stage, String comment) {
        decide(user, id, stage, true, comment);
    }

    @Transactional
    public void reject(KesosUser user, long id, Stage stage, String comment) {
        decide(user, id, stage, false, comment);
    }

    /** A supervisor skips the stage with a written reason. */
    @Transactional
    public void skip(KesosUser user, long id, Stage stage, String reason) {
        step(user, id, stage, true, workflow -> workflow.skip(stage, CaseAccess.supervises(user), reason), trim(reason),
                row -> { });
    }

    /** Ends the case early from any stage: what is left before the termination is skipped with the reason. */
    @Transactional
    public void terminateEarly(KesosUser user, long id, String reason) {
        step(user, id, Stage.TERMINASI, true, workflow -> workflow.terminateEarly(reason), trim(reason), row -> { },
                () -> table.event(id, user.username(), CaseEventKind.TERMINATED_EARLY, Stage.TERMINASI, trim(reason)));
    }

    /** Adds to a stage without moving it on (an attachment), under the same checks as writing into it. */
    void addToStage(KesosUser user, long id, Stage stage, Consumer<CaseRow> work) {
        step(user, id, stage, false, workflow -> workflow.attach(stage), null, work);
    }

    /** Adds a user of the case's unit to its team, or changes their part in it. */
    @Transactional
    public void putMember(KesosUser user, long id, long userId, TeamRole role, Profession profession) {
        CaseRow row = teamManaged(user, id);
        UserView member = users.get(user.scope(), userId);
        if (member.unitId() != row.unitId() || !member.active() || role == null || profession == null) {
            throw new InvalidInputException("memberId", "casework.team.invalid");
        }
        table.putMember(id, new TeamMember(member.id(), member.username(), member.fullName(), role, profession));
        table.event(id, user.username(), CaseEventKind.TEAM_CHANGED, null, member.username() + " " + role);
        audit.record(user, AuditAction.UPDATE, ENTITY, id, "tim: " + member.username() + " " + role);
    }

    /** Takes a member off the team; the last responsible worker stays. */
    @Transactional
    public void removeMember(KesosUser user, long id, long userId) {
        teamManaged(user, id);
        List<TeamMember> team = table.team(id);
        boolean lastResponsible = team.stream().filter(m -> m.role() == TeamRole.RESPONSIBLE).count() == 1
                && team.stream().anyMatch(m -> m.userId() == userId && m.role() == TeamRole.RESPONSIBLE);
        if (lastResponsible) {
            throw new InvalidInputException(null, "casework.team.lastResponsible");
        }
        table.removeMember(id, userId);
        table.event(id, user.username(), CaseEventKind.TEAM_CHANGED, null, "-" + userId);
        audit.record(user, AuditAction.UPDATE, ENTITY, id, "tim: keluar " + userId);
    }

    /** The users of the case's unit who may join its team. */
    @Transactional(readOnly = true)
    public List<UserView> candidates(KesosUser user, long id) {
        CaseRow row = readable(user, id);
        return users.search(user.scope(), "", null, row.unitId(), 0, 200).items().stream()
                .filter(UserView::active).toList();
    }

    /** The cases of a person held by the user's units, newest first. */
    @Transactional(readOnly = true)
    public List<CaseSummary> ofPerson(KesosUser user, long personId) {
        requireReader(user);
        List<Long> scope = units.unitIds(user.scope());
        return table.ofPerson(personId, scope).stream()
                .map(row -> new CaseSummary(row.id(), row.caseNumber(), row.personId(), null, null, row.currentStage(),
                        null, row.status(), row.sensitivity() != null, false, row.openedAt(), row.stageSince(), null,
                        List.of()))
                .toList();
    }

    private void decide(KesosUser user, long id, Stage stage, boolean approved, String comment) {
        String requester = table.pendingRequester(id, stage).orElse(null);
        boolean own = user.username().equals(requester);
        boolean supervisor = CaseAccess.supervises(user);
        step(user, id, stage, true, approved ? workflow -> workflow.approve(stage, supervisor, own)
                : workflow -> workflow.reject(stage, supervisor, own, comment), trim(comment),
                row -> table.decide(id, stage, approved, trim(comment), user.username()));
    }

    /** Writes into the stage, entering it when it has not begun: the step of every form and record. */
    void edit(KesosUser user, long id, Stage stage, Consumer<CaseRow> work) {
        step(user, id, stage, false, workflow -> workflow.edit(stage), null, work);
    }

    private void step(KesosUser user, long id, Stage stage, boolean supervisory,
            Function<CaseWorkflow, List<StageChange>> decision, String reason, Consumer<CaseRow> work) {
        step(user, id, stage, supervisory, decision, reason, work, () -> { });
    }

    /**
     * The one way a case moves: lock it, check the user may act, ask the workflow, do the work,
     * write the changes with their events and audit entry. Writing into a stage is the team's (and,
     * on an ordinary case, a supervisor's of the unit); a supervisory step (approve, reject, skip,
     * early termination) is also open to the head of the unit.
     */
    private void step(KesosUser user, long id, Stage stage, boolean supervisory,
            Function<CaseWorkflow, List<StageChange>> decision, String reason, Consumer<CaseRow> work,
            Runnable before) {
        CaseRow row = lockHeld(user, id);
        boolean member = table.isMember(id, user.username());
        if (!CaseAccess.writes(user, row.sensitivity() != null, member)
                && !(supervisory && CaseAccess.supervises(user))) {
            throw new AccessDeniedException("not on the case team");
        }
        List<StageChange> changes = decision.apply(workflow(id, row.status()));
        work.accept(row);
        before.run();
        apply(user, row, changes, reason);
        if (changes.isEmpty()) {
            audit.record(user, AuditAction.UPDATE, ENTITY, id, stage.name());
        }
    }

    private void apply(KesosUser user, CaseRow row, List<StageChange> changes, String reason) {
        if (changes.isEmpty()) {
            return;
        }
        long id = row.id();
        for (StageChange change : changes) {
            table.setState(id, change.stage(), change.from(), change.to(), user.username(), reason);
            CaseEventKind kind = eventOf(change);
            if (kind == CaseEventKind.APPROVAL_REQUESTED) {
                table.requestApproval(id, change.stage(), user.username());
            }
            table.event(id, user.username(), kind, change.stage(),
                    kind == CaseEventKind.SKIPPED || kind == CaseEventKind.REJECTED ? reason : null);
            audit.record(user, AuditAction.UPDATE, ENTITY, id, change.stage() + ": " + change.from() + " -> "
                    + change.to());
        }
        CaseWorkflow after = workflow(id, row.status());
        table.moveOn(id, after.current(), after.status(), closeReason(id, after));
        if (after.status() == CaseStatus.CLOSED && row.status() == CaseStatus.OPEN) {
            table.event(id, user.username(), CaseEventKind.CLOSED, null, null);
            audit.record(user, AuditAction.UPDATE, ENTITY, id, "kasus ditutup");
        }
    }

    private String closeReason(long id, CaseWorkflow workflow) {
        return workflow.status() == CaseStatus.CLOSED
                ? table.stageValues(id, Stage.TERMINASI).get("termination_reason") : null;
    }

    private static CaseEventKind eventOf(StageChange change) {
        return switch (change.to()) {
            case IN_PROGRESS -> change.from() == StageState.AWAITING_APPROVAL ? CaseEventKind.REJECTED
                    : CaseEventKind.STAGE_STARTED;
            case AWAITING_APPROVAL -> CaseEventKind.APPROVAL_REQUESTED;
            case COMPLETED -> change.from() == StageState.AWAITING_APPROVAL ? CaseEventKind.APPROVED
                    : CaseEventKind.STAGE_COMPLETED;
            case SKIPPED -> CaseEventKind.SKIPPED;
            case NOT_STARTED -> throw new IllegalStateException("no step returns a stage to not started");
        };
    }

    private CaseWorkflow workflow(long id, CaseStatus status) {
        return CaseWorkflow.of(status, table.stages(id));
    }

    private CaseRow teamManaged(KesosUser user, long id) {
        CaseRow row = readable(user, id);
        if (!table.isResponsible(id, user.username()) && !CaseAccess.supervises(user)) {
            throw new AccessDeniedException("only the responsible worker or a supervisor changes the team");
        }
        if (row.status() == CaseStatus.CLOSED) {
            throw new WorkflowViolation(WorkflowRule.CASE_CLOSED, null);
        }
        return row;
    }

    /**
     * The case locked for a step of the unit holding it, when the user may read its content; 403
     * for a unit that reaches it otherwise, 404 for everyone else.
     */
    CaseRow lockHeld(KesosUser user, long id) {
        requireReader(user);
        CaseRow row = table.lock(id).orElseThrow(() -> denied(user, id));
        if (!inScope(user, row)) {
            throw reach(user, row).isPresent() ? heldElsewhere() : denied(user, id);
        }
        if (!readsContent(user, row, HELD)) {
            throw denied(user, id);
        }
        return row;
    }

    /** The case of the unit holding it, when the user may read its content; 403 or 404 like {@link #lockHeld}. */
    CaseRow readable(KesosUser user, long id) {
        return reached(user, id).held();
    }

    /** The case and how the user reaches it, when they may read its content; 404 otherwise. */
    private Reached reached(KesosUser user, long id) {
        requireReader(user);
        CaseRow row = table.find(id).orElseThrow(() -> denied(user, id));
        Reach reach = reach(user, row).filter(found -> readsContent(user, row, found))
                .orElseThrow(() -> denied(user, id));
        return new Reached(row, reach);
    }

    /** How the user reaches the case: holding it, having handed it over, or serving it on a referral. */
    private Optional<Reach> reach(KesosUser user, CaseRow row) {
        List<Long> scope = units.unitIds(user.scope());
        if (scope.contains(row.unitId())) {
            return Optional.of(HELD);
        }
        return referrals.lastHandover(row.id(), scope).map(h -> new Reach(CaseReach.FORMER_HOLDER, h, null))
                .or(() -> referrals.serviceUnderWay(row.id(), scope)
                        .map(r -> new Reach(CaseReach.SERVICE_PARTNER, null, r)));
    }

    /**
     * A sensitive case opens only for its team and the head of the unit: the team it had when a
     * former holder handed it over, and the user who accepted the referral in a serving unit.
     */
    private boolean readsContent(KesosUser user, CaseRow row, Reach reach) {
        boolean member = switch (reach.kind()) {
            case HOLDER -> table.isMember(row.id(), user.username());
            case FORMER_HOLDER -> referrals.handedOverTeam(reach.handover().referralId()).stream()
                    .anyMatch(m -> m.username().equals(user.username()));
            case SERVICE_PARTNER -> user.username().equals(reach.service().decidedBy());
        };
        return CaseAccess.readsContent(user, row.sensitivity() != null, member);
    }

    /** A stage as the former holder handed it over: read-only, with the approvals settled by then. */
    private StageDetail handedOver(ReferralTable.Handover handover, Stage stage, List<ApprovalView> approvals) {
        long referral = handover.referralId();
        StageView view = referrals.handedOverStages(referral).stream().filter(s -> s.stage() == stage)
                .findFirst().orElseThrow();
        Instant at = handover.at();
        return new StageDetail(view, StageForm.of(stage), referrals.handedOverValues(referral, stage),
                referrals.handedOverEntries(referral, stage),
                approvals.stream().filter(a -> a.stage() == stage && !(a.decidedAt() == null
                        ? a.requestedAt() : a.decidedAt()).isAfter(at)).toList(),
                false, false);
    }

    /**
     * Where the user reads the case's content from: the case itself (null) for the unit holding
     * it, what it handed over for a former holder; 403 for a unit serving it on a referral.
     */
    private static ReferralTable.Handover readFrom(Reached reached) {
        if (reached.reach().kind() == CaseReach.SERVICE_PARTNER) {
            throw heldElsewhere();
        }
        return reached.reach().handover();
    }

    private static AccessDeniedException heldElsewhere() {
        return new AccessDeniedException("the case is held by another unit");
    }

    /** The user as the responsible worker of a case they open or take over. */
    static TeamMember responsible(KesosUser user) {
        return new TeamMember(user.id(), user.username(), user.fullName(), TeamRole.RESPONSIBLE,
                user.hasRole(Role.PEKSOS, Role.SUPERVISOR) ? Profession.PEKERJA_SOSIAL : Profession.LAINNYA);
    }

    /** How a user reaches a case: through the handover of a former holder, or a service referral. */
    private record Reach(CaseReach kind, ReferralTable.Handover handover, ReferralRow service) {}

    private record Reached(CaseRow row, Reach reach) {

        /** The case, when the user's unit holds it; 403 otherwise. */
        CaseRow held() {
            if (reach.kind() != CaseReach.HOLDER) {
                throw heldElsewhere();
            }
            return row;
        }
    }

    private NotFoundException denied(KesosUser user, long id) {
        audit.recordAlone(user, AuditAction.DENIED, ENTITY, id, "kasus di luar cakupan");
        return new NotFoundException(ENTITY, id);
    }

    private boolean inScope(KesosUser user, CaseRow row) {
        return units.unitIds(user.scope()).contains(row.unitId());
    }

    static void requireReader(KesosUser user) {
        if (!CaseAccess.reads(user)) {
            throw new AccessDeniedException("role does not read cases");
        }
    }

    private PersonListItem client(KesosUser user, OpenCase command) {
        Optional<PersonListItem> client;
        String field;
        if (command.personId() != null) {
            field = "personId";
            client = persons.items(user, List.of(command.personId())).stream().findFirst();
        } else {
            field = "nik";
            client = command.nik() == null || command.nik().isBlank() ? Optional.empty()
                    : persons.findForService(user, command.nik());
        }
        return client.orElseThrow(() -> new InvalidInputException(field, "casework.client.notFound"));
    }

    private InvalidInputException stale(long id, Stage stage) {
        StageView now = table.stages(id).stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
        String when = now.updatedAt() == null ? "" : DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
                .withZone(KesosClock.ZONE).format(now.updatedAt());
        return new InvalidInputException(null, "casework.stale.stage", now.updatedBy(), when);
    }

    private static StageForm form(Stage stage) {
        StageForm form = StageForm.of(stage);
        if (!form.hasEntries()) {
            throw new InvalidInputException(null, "casework.entries.none");
        }
        return form;
    }

    static Map<String, String> checkEntry(StageForm form, Map<String, String> submitted) {
        Map<String, String> values = StageValues.check(form.entryFields(), submitted);
        List<InvalidInputException.Problem> missing = StageValues.missing(form.entryFields(), values);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return values;
    }

    private static void checkLength(List<InvalidInputException.Problem> problems, String field, String value) {
        if (value != null && value.strip().length() > 100) {
            problems.add(new InvalidInputException.Problem(field, "casework.value.tooLong", 100));
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The text stripped and cut to the 2,000 characters a reason or note column holds. */
    static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > 2000 ? trimmed.substring(0, 2000) : trimmed;
    }

    static LocalDate today() {
        return LocalDate.now(KesosClock.ZONE);
    }
}

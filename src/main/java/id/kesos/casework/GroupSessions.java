package id.kesos.casework;

import id.kesos.access.KesosUser;
import id.kesos.access.OrgUnits;
import id.kesos.casework.internal.CaseRow;
import id.kesos.casework.internal.CaseTable;
import id.kesos.casework.internal.GroupSessionTable;
import id.kesos.casework.internal.GroupSessionTable.OpenCaseLine;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import id.kesos.registry.PersonListItem;
import id.kesos.registry.Persons;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group sessions of the implementation stage (group work, seed 004): one session, with the fields
 * of a case's session record, written once for several cases of the user's units with each
 * client's attendance. Each case takes it as a step into its implementation stage (entering the
 * stage when it has not begun), so a case that cannot take a session now, or that the user may
 * not write into, is refused and nothing is written. A session the client was present at counts
 * like their own session record: on the stage page, the timeline, the overdue signal and for
 * completing the stage. See {@link Cases#sessions} for reading them.
 */
@Service
public class GroupSessions {

    private static final String ENTITY = "GROUP_SESSION";
    private static final int NOTE_LIMIT = 500;

    private final Cases cases;
    private final CaseTable table;
    private final GroupSessionTable sessions;
    private final OrgUnits units;
    private final Persons persons;
    private final AuditLog audit;

    GroupSessions(Cases cases, CaseTable table, GroupSessionTable sessions, OrgUnits units, Persons persons,
            AuditLog audit) {
        this.cases = cases;
        this.table = table;
        this.sessions = sessions;
        this.units = units;
        this.persons = persons;
        this.audit = audit;
    }

    /**
     * The open cases of the user's units that can take a session from the user now: their
     * implementation stage may be written, and the user may write into the case (a sensitive one
     * only as a member of its team).
     */
    @Transactional(readOnly = true)
    public List<AttendeeChoice> choices(KesosUser user) {
        Cases.requireReader(user);
        List<OpenCaseLine> writable = sessions.openCases(user.id(), units.unitIds(user.scope())).stream()
                .filter(line -> CaseAccess.writes(user, line.sensitive(), line.member()))
                .toList();
        if (writable.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StageView>> stages = table.stages(writable.stream().map(OpenCaseLine::id).toList());
        List<OpenCaseLine> open = writable.stream()
                .filter(line -> CaseWorkflow.of(CaseStatus.OPEN, stages.get(line.id())).mayEdit(Stage.PELAKSANAAN))
                .toList();
        Map<Long, String> names = persons.items(user, open.stream().map(OpenCaseLine::personId).distinct().toList())
                .stream().collect(Collectors.toMap(PersonListItem::id, PersonListItem::name));
        return open.stream()
                .map(line -> new AttendeeChoice(line.id(), line.caseNumber(), names.get(line.personId())))
                .toList();
    }

    /**
     * Records the group session in every case of {@code attendance}, all or none.
     *
     * @return the group session's id
     * @throws InvalidInputException for bad session fields, no client present, a note too long, or a
     *                               case of the user's units that cannot take the session now
     * @throws NotFoundException     for a case outside the user's units (the attempt is audited)
     */
    @Transactional
    public long record(KesosUser user, Map<String, String> submitted, List<GroupAttendance> attendance) {
        StageForm form = StageForm.of(Stage.PELAKSANAAN);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        Map<String, String> values = Map.of();
        try {
            values = Cases.checkEntry(form, submitted);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (attendance.stream().noneMatch(GroupAttendance::present)) {
            problems.add(new InvalidInputException.Problem("attendance", "casework.group.nobodyPresent"));
        }
        List<GroupAttendance> ordered = attendance.stream()
                .sorted(Comparator.comparingLong(GroupAttendance::caseId)).toList();
        Set<Long> choosable = choices(user).stream().map(AttendeeChoice::caseId).collect(Collectors.toSet());
        for (GroupAttendance attendee : ordered) {
            if (attendee.note() != null && attendee.note().strip().length() > NOTE_LIMIT) {
                problems.add(new InvalidInputException.Problem("attendance", "casework.value.tooLong", NOTE_LIMIT));
            }
            if (!choosable.contains(attendee.caseId())) {
                CaseRow row = cases.lockHeld(user, attendee.caseId());
                problems.add(new InvalidInputException.Problem("attendance", "casework.group.notChoosable",
                        row.caseNumber()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = sessions.insert(user.unitId(), StageValues.entryDate(form.entryFields(), values, Cases.today()),
                values, user.username());
        for (GroupAttendance attendee : ordered) {
            cases.edit(user, attendee.caseId(), Stage.PELAKSANAAN,
                    row -> sessions.attend(id, attendee.caseId(), attendee.present(), Cases.blankToNull(attendee.note())));
        }
        audit.record(user, AuditAction.CREATE, ENTITY, id, "sesi kelompok untuk " + ordered.size() + " kasus");
        return id;
    }
}

package id.kesos.casework;

import id.kesos.access.KesosUser;
import id.kesos.access.OrgUnits;
import id.kesos.casework.internal.WorklistQueries;
import id.kesos.casework.internal.WorklistQueries.CaseLine;
import id.kesos.platform.Page;
import id.kesos.registry.PersonListItem;
import id.kesos.registry.Persons;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The worklists: a worker's own cases, the unit's cases and a supervisor's view of the team's caseload. */
@Service
public class CaseWorklists {

    private final WorklistQueries queries;
    private final OrgUnits units;
    private final Persons persons;

    CaseWorklists(WorklistQueries queries, OrgUnits units, Persons persons) {
        this.queries = queries;
        this.units = units;
        this.persons = persons;
    }

    /** The user's open cases, the longest waiting first, with what is due. */
    @Transactional(readOnly = true)
    public List<CaseSummary> myCases(KesosUser user) {
        requireReader(user);
        return summaries(user, queries.ofMember(user.id(), units.unitIds(user.scope())));
    }

    /** Every case of the user's units; sensitive ones show no client to those outside their team. */
    @Transactional(readOnly = true)
    public Page<CaseSummary> unitCases(KesosUser user, boolean openOnly, int page, int size) {
        requireReader(user);
        List<Long> scope = units.unitIds(user.scope());
        int number = Math.max(page, 0);
        List<CaseLine> lines = queries.ofUnits(user.id(), scope, openOnly, number * size, size);
        return new Page<>(summaries(user, lines), number, size, queries.countOfUnits(scope, openOnly));
    }

    /** Each worker's open cases in the user's units. */
    @Transactional(readOnly = true)
    public List<WorklistQueries.CaseloadLine> caseload(KesosUser user) {
        if (!CaseAccess.supervises(user)) {
            throw new AccessDeniedException("caseload is for supervisors");
        }
        return queries.caseload(units.unitIds(user.scope()));
    }

    private List<CaseSummary> summaries(KesosUser user, List<CaseLine> lines) {
        Set<Long> shown = lines.stream()
                .filter(line -> CaseAccess.readsContent(user, line.sensitive(), line.member()))
                .map(CaseLine::id)
                .collect(Collectors.toSet());
        Map<Long, PersonListItem> clients = persons.items(user, lines.stream()
                        .filter(line -> shown.contains(line.id())).map(CaseLine::personId).distinct().toList())
                .stream().collect(Collectors.toMap(PersonListItem::id, Function.identity()));
        return lines.stream().map(line -> {
            boolean restricted = !shown.contains(line.id());
            PersonListItem client = restricted ? null : clients.get(line.personId());
            String name = client == null ? null : client.name();
            return new CaseSummary(line.id(), line.caseNumber(), line.personId(), name,
                    name == null ? null : Initials.of(name), line.currentStage(), line.currentState(), line.status(),
                    line.sensitive(), restricted, line.openedAt(), line.stageSince(), line.responsible(), line.due());
        }).toList();
    }

    private static void requireReader(KesosUser user) {
        if (!CaseAccess.reads(user)) {
            throw new AccessDeniedException("role does not read cases");
        }
    }
}

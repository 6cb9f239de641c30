package id.kesos.registry;

import id.kesos.access.KesosUser;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.NotFoundException;
import id.kesos.registry.internal.DuplicateTable;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Probable duplicates: found after every registration and import and each night, reviewed by a
 * person who merges the pair (the other record is deactivated as merged, its history shown with the
 * survivor's) or marks it distinct.
 */
@Service
public class Duplicates {

    static final String ENTITY = "DUPLICATE";

    private final DuplicateTable table;
    private final Persons persons;
    private final AuditLog audit;

    Duplicates(DuplicateTable table, Persons persons, AuditLog audit) {
        this.table = table;
        this.persons = persons;
        this.audit = audit;
    }

    /** Looks for new pairs among all persons; returns how many were found. */
    @Scheduled(cron = "${kesos.registry.duplicate-scan-cron:0 30 1 * * *}", zone = "Asia/Jakarta")
    @Transactional
    public int scan() {
        return table.findCandidates(null);
    }

    @Transactional
    public int scan(long personId) {
        return table.findCandidates(personId);
    }

    @Transactional(readOnly = true)
    public List<DuplicatePair> open(KesosUser user, int page, int size) {
        return table.open(persons.scopeOf(user), Math.max(page, 0), size);
    }

    /** Keeps {@code survivorId}, one of the pair, and retires the other as merged into it. */
    @Transactional
    public void merge(KesosUser user, long aId, long bId, long survivorId) {
        RegistryEditors.require(user);
        if (survivorId != aId && survivorId != bId) {
            throw new NotFoundException(ENTITY, aId + "-" + bId);
        }
        long mergedId = survivorId == aId ? bId : aId;
        persons.open(user, survivorId);
        persons.open(user, mergedId);
        decide(user, aId, bId, "MERGED");
        persons.deactivate(user, mergedId, InactiveReason.DUPLICATE_MERGED);
        table.markMergedInto(mergedId, survivorId);
        audit.record(user, AuditAction.UPDATE, Persons.ENTITY, survivorId, "digabung dengan " + mergedId);
    }

    @Transactional
    public void markDistinct(KesosUser user, long aId, long bId) {
        RegistryEditors.require(user);
        persons.open(user, aId);
        persons.open(user, bId);
        decide(user, aId, bId, "DISTINCT");
    }

    private void decide(KesosUser user, long aId, long bId, String status) {
        if (!table.decide(Math.min(aId, bId), Math.max(aId, bId), status, user.username())) {
            throw new NotFoundException(ENTITY, aId + "-" + bId);
        }
        audit.record(user, AuditAction.UPDATE, ENTITY, aId + "-" + bId, status);
    }
}

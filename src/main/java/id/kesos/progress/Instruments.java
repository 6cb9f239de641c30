package id.kesos.progress;

import id.kesos.access.KesosUser;
import id.kesos.access.Role;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import id.kesos.progress.internal.InstrumentTable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instruments every unit measures progress with. Everyone reads them; administrators add and
 * change them. A change to the content of a version that has been taken is saved as the next
 * version, so that every measurement keeps the version it was taken with.
 */
@Service
public class Instruments {

    static final String ENTITY = "INSTRUMENT";

    private final InstrumentTable table;
    private final AuditLog audit;

    Instruments(InstrumentTable table, AuditLog audit) {
        this.table = table;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Instrument> all() {
        return table.all();
    }

    @Transactional(readOnly = true)
    public Instrument get(long id) {
        return table.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The instrument's versions, newest first, with how often each was taken. */
    @Transactional(readOnly = true)
    public List<VersionUse> history(long id) {
        return table.versions(get(id).id());
    }

    /** Adds an instrument with its first version. */
    @Transactional
    public Instrument create(KesosUser user, InstrumentDraft draft) {
        requireAdmin(user);
        check(draft, null);
        long id = table.insert(draft.code(), draft.name(), draft.measures(), draft.description(), user.username());
        table.insertVersion(id, 1, draft.scoring(), draft.direction(), draft.numberedItems(), draft.numberedOptions(),
                user.username());
        audit.record(user, AuditAction.CREATE, ENTITY, id, draft.code() + " versi 1");
        return get(id);
    }

    /**
     * Saves the administrator's edit, read at the instrument's {@code version}. A change to the
     * current version's content rewrites it while nobody has taken it, and otherwise becomes the
     * next version.
     *
     * @return the instrument as saved
     * @throws InvalidInputException for a bad draft, or (global) when someone else saved the instrument meanwhile
     */
    @Transactional
    public Instrument save(KesosUser user, long id, int version, InstrumentDraft draft) {
        requireAdmin(user);
        get(id);
        check(draft, id);
        // The update locks the instrument, which a measurement holds shared while it is taken:
        // whether the current version has been taken is read only after that.
        if (!table.update(id, version, draft.code(), draft.name(), draft.measures(), draft.description(),
                user.username())) {
            throw new InvalidInputException(null, "progress.instrument.stale");
        }
        Instrument before = get(id);
        InstrumentVersion current = before.current();
        String summary = draft.code() + " versi " + current.number();
        if (draft.changes(current) && before.currentTaken()) {
            table.insertVersion(id, current.number() + 1, draft.scoring(), draft.direction(), draft.numberedItems(),
                    draft.numberedOptions(), user.username());
            summary = draft.code() + " versi baru " + (current.number() + 1);
        } else if (draft.changes(current)) {
            table.replaceVersion(current.id(), draft.scoring(), draft.direction(), draft.numberedItems(),
                    draft.numberedOptions());
        }
        audit.record(user, AuditAction.UPDATE, ENTITY, id, summary);
        return get(id);
    }

    private void check(InstrumentDraft draft, Long id) {
        List<InvalidInputException.Problem> problems = new ArrayList<>(draft.problems());
        if (draft.code() != null && table.codeTaken(draft.code(), id)) {
            problems.add(new InvalidInputException.Problem("code", "progress.instrument.code.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void requireAdmin(KesosUser user) {
        if (user.role() != Role.ADMIN) {
            throw new AccessDeniedException("only administrators change instruments");
        }
    }
}

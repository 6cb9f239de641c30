package id.kesos.registry;

import id.kesos.access.KesosUser;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.KesosClock;
import id.kesos.platform.Page;
import id.kesos.registry.internal.DueList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verifier's worklist: who in the user's registry scope is due for re-verification, and the
 * marks that take a person off it. Marking verified or corrected is {@link Persons#verify} and
 * {@link Persons#correct}; a person found deceased or moved away is deactivated here.
 */
@Service
public class VerificationWorklist {

    /** What a verifier may find instead of the person: the other reasons belong to merges and clean-ups. */
    public static final Set<InactiveReason> GONE = EnumSet.of(InactiveReason.DECEASED, InactiveReason.MOVED);

    private final DueList list;
    private final Persons persons;
    private final RegistryScopes scopes;
    private final Clock clock;

    VerificationWorklist(DueList list, Persons persons, RegistryScopes scopes) {
        this.list = list;
        this.persons = persons;
        this.scopes = scopes;
        this.clock = Clock.system(KesosClock.ZONE);
    }

    /**
     * Active persons in scope never verified or last verified six months ago or earlier, never
     * verified first, then the oldest verification.
     *
     * @throws AccessDeniedException for a role that does not verify
     */
    @Transactional(readOnly = true)
    public Page<DuePerson> due(KesosUser user, DueQuery query, int page, int size) {
        requireVerifier(user);
        return list.due(scopes.of(user), query, VerificationCycle.lastDueDay(LocalDate.now(clock)),
                Math.max(page, 0), size);
    }

    /**
     * Deactivates a person the verifier found deceased or moved away, with that reason in the history.
     *
     * @throws InvalidInputException for any other reason (field {@code reason})
     */
    @Transactional
    public void markGone(KesosUser user, long id, InactiveReason reason) {
        requireVerifier(user);
        if (reason == null || !GONE.contains(reason)) {
            throw new InvalidInputException("reason", "registry.verification.reasonInvalid");
        }
        persons.deactivate(user, id, reason);
    }

    private static void requireVerifier(KesosUser user) {
        if (!VerificationCycle.mayVerify(user)) {
            throw new AccessDeniedException("role does not verify registry data");
        }
    }
}

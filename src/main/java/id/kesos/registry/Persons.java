package id.kesos.registry;

import id.kesos.access.KesosUser;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.KesosClock;
import id.kesos.platform.NotFoundException;
import id.kesos.platform.Page;
import id.kesos.region.RegionLevel;
import id.kesos.region.Regions;
import id.kesos.registry.internal.DuplicateTable;
import id.kesos.registry.internal.PersonSearch;
import id.kesos.registry.internal.PersonTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persons of the registry, one at a time: register, change, verify and deactivate them with their
 * history, search and open them. Everything is scoped by {@link RegistryScopes}; a person outside
 * the scope is "not found", and opening a full record is audited.
 */
@Service
public class Persons {

    static final String ENTITY = "PERSON";
    /** The history's source of what a verifier marked or corrected. */
    static final String VERIFICATION_SOURCE = "VERIFIKASI";
    /** Where deciles come from: the integrated social welfare data and its successor (Inpres 4/2025). */
    public static final List<String> DECILE_SOURCES = List.of("DTKS", "DTSEN");

    private final PersonTable table;
    private final PersonSearch search;
    private final DuplicateTable duplicates;
    private final RegistryScopes scopes;
    private final RegistryRules rules;
    private final AuditLog audit;
    private final Clock clock;

    Persons(PersonTable table, PersonSearch search, DuplicateTable duplicates, RegistryScopes scopes, Regions regions,
            AuditLog audit) {
        this.table = table;
        this.search = search;
        this.duplicates = duplicates;
        this.scopes = scopes;
        this.rules = new RegistryRules(code -> regions.exists(code, RegionLevel.VILLAGE),
                code -> regions.exists(code, RegionLevel.DISTRICT));
        this.audit = audit;
        this.clock = Clock.system(KesosClock.ZONE);
    }

    /** Who the user may see in the registry. */
    public RegistryScope scopeOf(KesosUser user) {
        return scopes.of(user);
    }

    /** The rules' verdict on an input, without storing anything. */
    public CheckedPerson check(PersonInput input) {
        return rules.check(input, LocalDate.now(clock));
    }

    /** Persons in scope that may be the one about to be registered: same NIK, or similar name and birth date. */
    @Transactional(readOnly = true)
    public List<PersonListItem> lookalikes(KesosUser user, PersonInput input) {
        CheckedPerson checked = check(input);
        String nik = checked.nik() != null ? checked.nik() : input.nik() == null ? null : input.nik().strip();
        return table.lookalikes(scopes.of(user), nik, NameKey.of(input.nama()), checked.birthDate());
    }

    @Transactional
    public PersonView register(KesosUser user, PersonInput input, String source) {
        RegistryEditors.require(user);
        RegistryScope scope = scopes.of(user);
        CheckedPerson checked = checkForStorage(input, scope, null);
        long id = table.insert(checked, NameKey.of(checked.name()), source, warnings(checked), scope.unitId());
        PersonView created = table.find(id).orElseThrow();
        table.addRegistration(id, checked.provinceCode(), user.username(), user.unitId(), source);
        duplicates.findCandidates(id);
        audit.record(user, AuditAction.CREATE, ENTITY, id, "sumber " + source);
        return created;
    }

    @Transactional
    public PersonView update(KesosUser user, long id, PersonInput input, int expectedVersion, String source) {
        RegistryEditors.require(user);
        RegistryScope scope = scopes.of(user);
        PersonView before = visible(user, id);
        CheckedPerson checked = checkForStorage(input, scope, id);
        // The family left first: it is kept with the person's province before this change.
        if (!Objects.equals(before.kk(), checked.kk()) || before.relationship() != checked.relationship()) {
            table.moveToFamily(id, checked.kk(), checked.relationship());
        }
        if (!table.update(id, expectedVersion, checked, NameKey.of(checked.name()), warnings(checked))) {
            throw new RegistryProblemsException(List.of(new Problem(ProblemCode.STALE_VERSION, null)));
        }
        PersonView after = table.find(id).orElseThrow();
        Map<String, List<String>> changes = diff(PersonTable.values(before), PersonTable.values(after));
        if (!changes.isEmpty()) {
            table.addHistory(id, checked.provinceCode(), user.username(), user.unitId(), source, changes);
            audit.record(user, AuditAction.UPDATE, ENTITY, id, "diubah: " + String.join(", ", changes.keySet()));
        }
        return after;
    }

    /** The full record, NIK included; the reading is audited. */
    @Transactional
    public PersonView open(KesosUser user, long id) {
        PersonView person = visible(user, id);
        audit.record(user, AuditAction.VIEW, ENTITY, id, null);
        return person;
    }

    /** The person in scope with this NIK, audited like opening the record. */
    @Transactional
    public Optional<PersonView> findByNik(KesosUser user, String nik) {
        RegistryScope scope = scopes.of(user);
        Optional<PersonView> person = table.findByNik(nik == null ? "" : nik.strip())
                .filter(found -> covers(scope, found));
        person.ifPresent(found -> audit.record(user, AuditAction.VIEW, ENTITY, found.id(), "cari NIK"));
        return person;
    }

    @Transactional(readOnly = true)
    public Page<PersonListItem> search(KesosUser user, PersonQuery query, int page, int size) {
        return search.search(scopes.of(user), query, VerificationCycle.lastDueDay(LocalDate.now(clock)),
                Math.max(page, 0), size);
    }

    /**
     * The person with this exact NIK wherever they are registered, for a unit about to serve them
     * in a case (the referral letter names the NIK). The look-up is audited; only the list line is
     * given, and the person enters the unit's scope only once a case is opened.
     */
    @Transactional
    public Optional<PersonListItem> findForService(KesosUser user, String nik) {
        Optional<PersonView> person = table.findByNik(nik == null ? "" : nik.strip());
        person.ifPresent(found -> audit.record(user, AuditAction.VIEW, ENTITY, found.id(), "cari NIK untuk layanan"));
        return person.flatMap(found -> table.items(RegistryScope.EVERYONE, List.of(found.id())).stream().findFirst());
    }

    /** Notes that the unit serves the person in a case: the person enters the scope of the unit and those above it. */
    @Transactional
    public void recordService(long personId, long unitId) {
        if (table.find(personId).isEmpty()) {
            throw new NotFoundException(ENTITY, personId);
        }
        table.addService(personId, unitId);
    }

    /** List lines (NIK masked) of these persons, leaving out those outside the scope. */
    @Transactional(readOnly = true)
    public List<PersonListItem> items(KesosUser user, Collection<Long> ids) {
        return table.items(scopes.of(user), ids);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(KesosUser user, long id) {
        visible(user, id);
        return table.history(id);
    }

    /** The deciles the national data gave this person, newest first. */
    @Transactional(readOnly = true)
    public List<WelfareDecile> deciles(KesosUser user, long id) {
        visible(user, id);
        return table.deciles(id);
    }

    /** Records a decile received from DTKS or DTSEN on a date; refused when not 1-10 or in the future. */
    @Transactional
    public void recordDecile(KesosUser user, long id, WelfareDecile decile) {
        RegistryEditors.require(user);
        PersonView person = visible(user, id);
        if (decile.decile() < 1 || decile.decile() > 10 || decile.receivedOn().isAfter(LocalDate.now(clock))
                || !DECILE_SOURCES.contains(decile.source())) {
            throw new RegistryProblemsException(List.of(new Problem(ProblemCode.DECILE_INVALID, "desil")));
        }
        table.putDecile(id, person.regionCode().substring(0, 2), decile);
        table.addHistory(id, person.regionCode().substring(0, 2), user.username(), user.unitId(), decile.source(),
                Map.of("desil", Arrays.asList(null, decile.decile() + " (" + decile.receivedOn() + ")")));
        audit.record(user, AuditAction.UPDATE, ENTITY, id, "desil " + decile.source());
    }

    /**
     * Marks the record verified (or corrected) today; the history keeps the status and date before.
     *
     * @throws AccessDeniedException for a role that does not verify ({@link VerificationCycle#VERIFIERS})
     */
    @Transactional
    public void verify(KesosUser user, long id, VerificationStatus outcome) {
        requireVerifier(user);
        PersonView person = visible(user, id);
        recordVerification(user, person, person.regionCode(), outcome);
    }

    /**
     * Saves the verifier's corrections like {@link #update} and counts the save as the person's
     * verification: CORRECTED when a value changed, VERIFIED when the record was right as it stood.
     */
    @Transactional
    public PersonView correct(KesosUser user, long id, PersonInput input, int expectedVersion) {
        requireVerifier(user);
        PersonView before = visible(user, id);
        PersonView saved = update(user, id, input, expectedVersion, VERIFICATION_SOURCE);
        boolean changed = !PersonTable.values(before).equals(PersonTable.values(saved));
        recordVerification(user, before, saved.regionCode(),
                changed ? VerificationStatus.CORRECTED : VerificationStatus.VERIFIED);
        return table.find(id).orElseThrow();
    }

    /** Writes the outcome on the record as it was before ({@code person}), now addressed in {@code regionCode}. */
    private void recordVerification(KesosUser user, PersonView person, String regionCode,
            VerificationStatus outcome) {
        if (outcome != VerificationStatus.VERIFIED && outcome != VerificationStatus.CORRECTED) {
            throw new IllegalArgumentException("not an outcome of a verification: " + outcome);
        }
        LocalDate today = LocalDate.now(clock);
        table.setVerification(person.id(), outcome, today);
        Map<String, List<String>> changes = new LinkedHashMap<>();
        changes.put("verification_status", Arrays.asList(person.verificationStatus().name(), outcome.name()));
        changes.put("verified_at", Arrays.asList(
                person.verifiedAt() == null ? null : person.verifiedAt().toString(), today.toString()));
        table.addHistory(person.id(), regionCode.substring(0, 2), user.username(), user.unitId(),
                VERIFICATION_SOURCE, changes);
        audit.record(user, AuditAction.UPDATE, ENTITY, person.id(), "verifikasi " + outcome);
    }

    private static void requireVerifier(KesosUser user) {
        if (!VerificationCycle.mayVerify(user)) {
            throw new AccessDeniedException("role does not verify registry data");
        }
    }

    @Transactional
    public void deactivate(KesosUser user, long id, InactiveReason reason) {
        RegistryEditors.require(user);
        PersonView person = visible(user, id);
        table.deactivate(id, reason);
        table.addHistory(id, person.regionCode().substring(0, 2), user.username(), user.unitId(), "NONAKTIF",
                Map.of("active", Arrays.asList("true", "false"),
                        "inactive_reason", Arrays.asList(null, reason.name())));
        audit.record(user, AuditAction.UPDATE, ENTITY, id, "nonaktif " + reason);
    }

    private PersonView visible(KesosUser user, long id) {
        RegistryScope scope = scopes.of(user);
        PersonView person = table.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!covers(scope, person)) {
            audit.recordAlone(user, AuditAction.DENIED, ENTITY, id, "orang di luar cakupan");
            throw new NotFoundException(ENTITY, id);
        }
        return person;
    }

    private boolean covers(RegistryScope scope, PersonView person) {
        return scope.covers(person.regionCode(), person.registeredByUnit())
                || table.servedBy(person.id(), scope.registeringUnits());
    }

    private CheckedPerson checkForStorage(PersonInput input, RegistryScope scope, Long ownId) {
        CheckedPerson checked = check(input);
        List<Problem> problems = new ArrayList<>(checked.problems());
        boolean knownVillage = checked.regionCode() != null
                && problems.stream().noneMatch(problem -> problem.code() == ProblemCode.REGION_UNKNOWN);
        if (knownVillage && scope.territoryPrefix() != null && !scope.coversAddress(checked.regionCode())) {
            problems.add(new Problem(ProblemCode.REGION_OUTSIDE_SCOPE, "kode_wilayah"));
        }
        if (checked.nik() != null) {
            table.findByNik(checked.nik())
                    .filter(other -> !Objects.equals(other.id(), ownId))
                    .ifPresent(other -> problems.add(new Problem(ProblemCode.NIK_DUPLICATE, "nik")));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new RegistryProblemsException(problems);
        }
        return checked;
    }

    private static String warnings(CheckedPerson checked) {
        String codes = checked.problems().stream().filter(problem -> !problem.isError())
                .map(problem -> problem.code().name()).distinct().collect(Collectors.joining(","));
        return codes.isEmpty() ? null : codes;
    }

    private static Map<String, List<String>> diff(Map<String, String> before, Map<String, String> after) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        before.forEach((field, old) -> {
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.put(field, Arrays.asList(old, now));
            }
        });
        return changes;
    }
}

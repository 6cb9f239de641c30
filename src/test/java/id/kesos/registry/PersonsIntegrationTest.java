package id.kesos.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kesos.IntegrationTest;
import id.kesos.access.KesosUser;
import id.kesos.platform.KesosClock;
import id.kesos.platform.NotFoundException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class PersonsIntegrationTest {

    /** Serials that no other test uses, so that every test registers its own NIKs. */
    private static final AtomicInteger SERIAL = new AtomicInteger(7000);

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    @Autowired
    JdbcClient jdbc;

    private KesosUser user(String name) {
        return (KesosUser) principals.loadUserByUsername(name);
    }

    /** A woman born 5 June 1990 living in Gagaksipat, Ngemplak, Boyolali. */
    static PersonInput woman(String serial, String name, String kk, String village) {
        return new PersonInput("33091145069" + "0" + serial, kk, name, "Boyolali", "1990-06-05", "P", "ISTRI",
                "ISLAM", "SMP", "PEDAGANG", "KAWIN", null, village, "Dusun Krajan", "001", "002", "900000");
    }

    private static String serial() {
        return String.format("%04d", SERIAL.incrementAndGet());
    }

    @Test
    void registersAPersonWithFamilyHistoryAndAudit() {
        String serial = serial();
        PersonView created = persons.register(user("dinsos"), woman(serial, "Siti Rahayu", "3309112001100001",
                "33.09.11.2004"), "FORMULIR");

        assertThat(created.nik()).isEqualTo("330911450690" + serial);
        assertThat(created.kk()).isEqualTo("3309112001100001");
        assertThat(created.relationship()).isEqualTo(Relationship.ISTRI);
        assertThat(created.verificationStatus()).isEqualTo(VerificationStatus.UNVERIFIED);
        List<HistoryEntry> history = persons.history(user("dinsos"), created.id());
        assertThat(history).hasSize(1);
        assertThat(history.get(0).changes()).containsKeys("nik", "name", "kk").doesNotContainKey("disability");
        assertThat(jdbc.sql("select province_code from registry.person where id = :id").param("id", created.id())
                .query(String.class).single()).isEqualTo("33");
    }

    /**
     * An import's batch transaction that began before a form's change but changed the person after
     * it writes an entry with the earlier time: the registration is still found by undoing the
     * entries in the order they were written.
     */
    @Test
    void theRegistrationIsFoundByUndoingChangesInTheOrderTheyWereWritten() {
        KesosUser dinsos = user("dinsos");
        PersonView created = persons.register(dinsos, woman(serial(), "Ratna Dewi", null, "33.09.11.2004"),
                "FORMULIR");
        String serial = created.nik().substring(12);
        persons.update(dinsos, created.id(), woman(serial, "Ratna Dewi B", null, "33.09.11.2004"), created.version(),
                "FORMULIR");
        jdbc.sql("update registry.person set name = 'Ratna Dewi C' where id = :id").param("id", created.id()).update();
        jdbc.sql("""
                insert into registry.person_history (person_id, province_code, changed_at, changed_by, source, changes)
                values (:id, '33', now() - interval '1 minute', 'dinsos', 'IMPORT',
                        '{"name": ["Ratna Dewi B", "Ratna Dewi C"]}')
                """).param("id", created.id()).update();

        List<HistoryEntry> history = persons.history(dinsos, created.id());

        assertThat(history).extracting(HistoryEntry::source).containsExactly("IMPORT", "FORMULIR", "FORMULIR");
        assertThat(history.get(2).changes()).containsEntry("name", Arrays.asList(null, "Ratna Dewi"));
    }

    @Test
    void aPersonIsNeverDeleted() {
        PersonView created = persons.register(user("dinsos"), woman(serial(), "Tuti Handayani", null, "33.09.11.2004"),
                "FORMULIR");
        assertThatThrownBy(() -> jdbc.sql("delete from registry.person where id = :id").param("id", created.id())
                .update()).hasMessageContaining("never deleted");
        assertThat(persons.history(user("dinsos"), created.id())).hasSize(1);
    }

    @Test
    void anExactNikIsNeverStoredTwice() {
        String serial = serial();
        persons.register(user("dinsos"), woman(serial, "Sri Wahyuni", null, "33.09.11.2004"), "FORMULIR");
        assertThatThrownBy(() -> persons.register(user("tksk"), woman(serial, "Orang Lain", null, "33.09.11.2004"),
                "FORMULIR"))
                .isInstanceOf(RegistryProblemsException.class)
                .satisfies(e -> assertThat(((RegistryProblemsException) e).problems()).extracting(Problem::code)
                        .contains(ProblemCode.NIK_DUPLICATE));
    }

    @Test
    void warningsAreStoredAndFlaggedForVerification() {
        PersonInput input = woman(serial(), "Dewi Lestari", null, "33.09.11.2004");
        PersonInput man = new PersonInput(input.nik(), null, input.nama(), input.tempatLahir(), input.tanggalLahir(),
                "L", null, null, null, null, null, null, input.kodeWilayah(), null, null, null, null);
        PersonView created = persons.register(user("dinsos"), man, "FORMULIR");
        assertThat(created.warnings()).containsExactly(ProblemCode.NIK_SEX_MISMATCH);
        assertThat(created.verificationStatus()).isEqualTo(VerificationStatus.TO_VERIFY);
    }

    @Test
    void aChangeIsKeptInTheHistoryAndMovesTheFamily() {
        KesosUser dinsos = user("dinsos");
        PersonView created = persons.register(dinsos, woman(serial(), "Rina Marlina", "3309112001100002",
                "33.09.11.2004"), "FORMULIR");
        PersonInput moved = woman(created.nik().substring(12), "Rina Marlina Sari", "3309112002200009",
                "33.09.11.2004");

        PersonView updated = persons.update(dinsos, created.id(), moved, created.version(), "FORMULIR");

        assertThat(updated.kk()).isEqualTo("3309112002200009");
        assertThat(updated.version()).isEqualTo(created.version() + 1);
        HistoryEntry change = persons.history(dinsos, created.id()).get(0);
        assertThat(change.changes()).containsOnlyKeys("name", "kk");
        assertThat(change.changes().get("kk")).containsExactly("3309112001100002", "3309112002200009");
        assertThat(persons.history(dinsos, created.id()).get(1).changes())
                .containsEntry("name", Arrays.asList(null, "Rina Marlina"))
                .containsEntry("kk", Arrays.asList(null, "3309112001100002"));
        String today = LocalDate.now(KesosClock.ZONE).toString();
        assertThat(jdbc.sql("select kk || ' ' || kk_since from registry.person where id = :id")
                .param("id", created.id()).query(String.class).single()).isEqualTo("3309112002200009 " + today);
        assertThat(jdbc.sql("select kk || ' ' || valid_from || ' ' || valid_to from registry.family_membership"
                        + " where person_id = :id")
                .param("id", created.id()).query(String.class).list())
                .containsExactly("3309112001100002 " + today + " " + today);
    }

    @Test
    void aFamilyLeftForAnotherProvinceKeepsTheProvinceItWasIn() {
        KesosUser admin = user("admin");
        PersonView created = persons.register(admin, woman(serial(), "Sri Lestari", "3309112001100003",
                "33.09.11.2004"), "FORMULIR");
        PersonInput moved = new PersonInput("3404114506900" + created.nik().substring(13), "3404112001100004",
                "Sri Lestari", "Boyolali", "1990-06-05", "P", "ISTRI", "ISLAM", "SMP", "PEDAGANG", "KAWIN", null,
                "34.04.11.2001", "Dusun Krajan", "001", "002", "900000");

        persons.update(admin, created.id(), moved, created.version(), "FORMULIR");

        assertThat(jdbc.sql("select province_code || ' ' || kk from registry.family_membership where person_id = :id")
                .param("id", created.id()).query(String.class).single()).isEqualTo("33 3309112001100003");
        assertThat(jdbc.sql("select province_code || ' ' || kk from registry.person where id = :id")
                .param("id", created.id()).query(String.class).single()).isEqualTo("34 3404112001100004");
    }

    @Test
    void aStaleVersionIsRefusedWithoutOverwriting() {
        KesosUser dinsos = user("dinsos");
        PersonView created = persons.register(dinsos, woman(serial(), "Ani Susanti", null, "33.09.11.2004"), "FORMULIR");
        String serial = created.nik().substring(12);
        persons.update(dinsos, created.id(), woman(serial, "Ani Susanti A", null, "33.09.11.2004"), created.version(),
                "FORMULIR");
        assertThatThrownBy(() -> persons.update(dinsos, created.id(), woman(serial, "Ani Susanti B", null,
                "33.09.11.2004"), created.version(), "FORMULIR"))
                .isInstanceOf(RegistryProblemsException.class)
                .satisfies(e -> assertThat(((RegistryProblemsException) e).problems()).extracting(Problem::code)
                        .containsExactly(ProblemCode.STALE_VERSION));
        assertThat(persons.open(dinsos, created.id()).name()).isEqualTo("Ani Susanti A");
    }

    @Test
    void territoryAndRegistrationDecideWhoSeesAPerson() {
        PersonView boyolali = persons.register(user("tksk"), woman(serial(), "Warga Ngemplak", null, "33.09.11.2004"),
                "FORMULIR");
        PersonView bySentra = persons.register(user("peksos"), woman(serial(), "Klien Sentra", null, "34.04.11.2001"),
                "FORMULIR");

        assertThat(persons.open(user("dinsos"), boyolali.id()).id()).isEqualTo(boyolali.id());
        assertThat(persons.open(user("viewer"), boyolali.id()).id()).isEqualTo(boyolali.id());
        assertThat(persons.open(user("admin"), bySentra.id()).id()).isEqualTo(bySentra.id());
        assertThat(persons.open(user("kepala"), bySentra.id()).id()).isEqualTo(bySentra.id());
        assertThatThrownBy(() -> persons.open(user("peksos2"), bySentra.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> persons.open(user("dinsos"), bySentra.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> persons.open(user("peksos2"), boyolali.id())).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("select count(*) from platform.audit_log where action = 'DENIED' and actor = 'peksos2'"
                + " and entity_type = 'PERSON' and entity_id = :id").param("id", Long.toString(bySentra.id()))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aScopeIsTheUnitsTerritoryAndTheUnitsBelowIt() {
        long units = jdbc.sql("select count(*) from access.org_unit").query(Long.class).single();
        RegistryScope root = persons.scopeOf(user("admin"));
        assertThat(root.everyone()).isTrue();
        assertThat(root.registeringUnits()).hasSize((int) units);

        RegistryScope regency = persons.scopeOf(user("dinsos"));
        assertThat(regency.everyone()).isFalse();
        assertThat(regency.territoryPrefix()).isEqualTo("33.09.");
        assertThat(regency.registeringUnits()).contains(regency.unitId(), user("tksk").unitId())
                .doesNotContain(user("peksos").unitId());

        RegistryScope sentra = persons.scopeOf(user("peksos"));
        assertThat(sentra.everyone()).isFalse();
        assertThat(sentra.territoryPrefix()).isNull();
        assertThat(sentra.registeringUnits()).containsExactly(user("peksos").unitId());
    }

    @Test
    void aTerritorialUnitCannotRegisterOutsideItsTerritory() {
        assertThatThrownBy(() -> persons.register(user("dinsos"), woman(serial(), "Warga Sleman", null,
                "34.04.11.2001"), "FORMULIR"))
                .isInstanceOf(RegistryProblemsException.class)
                .satisfies(e -> assertThat(((RegistryProblemsException) e).problems()).extracting(Problem::code)
                        .contains(ProblemCode.REGION_OUTSIDE_SCOPE));
    }

    @Test
    void openingARecordIsAudited() {
        PersonView created = persons.register(user("tksk"), woman(serial(), "Tini Astuti", null, "33.09.11.2004"),
                "FORMULIR");
        persons.open(user("dinsos"), created.id());
        assertThat(jdbc.sql("select count(*) from platform.audit_log where action = 'VIEW' and actor = 'dinsos'"
                + " and entity_type = 'PERSON' and entity_id = :id").param("id", Long.toString(created.id()))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void searchFindsMisspeltNamesNikAndKkInScopeOnly() {
        KesosUser tksk = user("tksk");
        PersonView muhammad = persons.register(tksk, new PersonInput("3309110704800" + serial().substring(1),
                "3309112001100077", "Muhammad Djoko Santoso", "Boyolali", "1980-04-07", "L", "KEPALA_KELUARGA",
                null, null, null, null, null, "33.09.11.2004", null, null, null, null), "FORMULIR");

        assertThat(persons.search(tksk, new PersonQuery("mohamad joko santosa", null, null, null, false), 0, 10)
                .items()).extracting(PersonListItem::id).first().isEqualTo(muhammad.id());
        assertThat(persons.search(tksk, new PersonQuery(muhammad.nik(), null, null, null, false), 0, 10).items())
                .extracting(PersonListItem::id).containsExactly(muhammad.id());
        assertThat(persons.search(tksk, new PersonQuery("3309112001100077", null, null, null, false), 0, 10).items())
                .extracting(PersonListItem::id).contains(muhammad.id());
        assertThat(persons.search(tksk, new PersonQuery("Muhammad Djoko", "33.09.11", null, null, false), 0, 10)
                .items()).extracting(PersonListItem::maskedNik).allMatch(nik -> nik.contains("**********"));
        assertThat(persons.search(user("peksos2"), new PersonQuery("Muhammad Djoko Santoso", null, null, null, false),
                0, 10).items()).extracting(PersonListItem::id).doesNotContain(muhammad.id());
    }

    @Test
    void lookalikesAreShownBeforeRegistering() {
        KesosUser tksk = user("tksk");
        PersonView first = persons.register(tksk, woman(serial(), "Suharti Ningsih", null, "33.09.11.2004"), "FORMULIR");
        PersonInput similar = woman(serial(), "Soeharti Ningsih", null, "33.09.11.2004");
        assertThat(persons.lookalikes(tksk, similar)).extracting(PersonListItem::id).contains(first.id());
        assertThat(persons.lookalikes(tksk, woman(first.nik().substring(12), "Nama Lain Sama Sekali", null,
                "33.09.11.2004"))).extracting(PersonListItem::id).contains(first.id());
    }

    @Test
    void verificationAndDeactivationAreRecorded() {
        KesosUser tksk = user("tksk");
        PersonView created = persons.register(tksk, woman(serial(), "Parmi", null, "33.09.11.2004"), "FORMULIR");
        persons.verify(tksk, created.id(), VerificationStatus.VERIFIED);
        persons.deactivate(tksk, created.id(), InactiveReason.DECEASED);
        PersonView after = persons.open(tksk, created.id());
        assertThat(after.verificationStatus()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(after.verifiedAt()).isNotNull();
        assertThat(after.active()).isFalse();
        assertThat(after.inactiveReason()).isEqualTo(InactiveReason.DECEASED);
        assertThat(persons.history(tksk, created.id())).hasSize(3);
    }
}

package id.kesos.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kesos.IntegrationTest;
import id.kesos.access.KesosUser;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.KesosClock;
import id.kesos.platform.Page;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The verification cycle on the real database: who is due, in whose scope, in which order, and
 * what each mark writes. The persons live in villages no other test uses (Dibal in Ngemplak, one
 * village elsewhere in Boyolali, one in Klaten), so the lists are filtered to them.
 */
@IntegrationTest
class VerificationIntegrationTest {

    private static final String DIBAL = "33.09.11.2009";
    private static final String TLOGOLELE = "33.09.01.2001";
    private static final String SENGON = "33.10.01.2001";
    /** Serials that no other test uses with these birth dates. */
    private static final AtomicInteger SERIAL = new AtomicInteger(6000);

    @Autowired
    VerificationWorklist worklist;

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    @Autowired
    JdbcClient jdbc;

    private KesosUser user(String name) {
        return (KesosUser) principals.loadUserByUsername(name);
    }

    private static LocalDate today() {
        return LocalDate.now(KesosClock.ZONE);
    }

    /** A woman born 21 December 1977 with an address in {@code village}, registered by {@code registrar}. */
    private PersonView woman(String registrar, String name, String village) {
        String district = village.substring(0, 8).replace(".", "");
        String nik = district + "611277" + String.format("%04d", SERIAL.incrementAndGet());
        return persons.register(user(registrar), new PersonInput(nik, null, name, "Boyolali", "1977-12-21", "P", null,
                "ISLAM", "SD", "PETANI", "KAWIN", null, village, "Dusun Kidul", "002", "003", "500000"), "FORMULIR");
    }

    private void verifiedOn(PersonView person, LocalDate day) {
        jdbc.sql("update registry.person set verified_at = :day, verification_status = 'VERIFIED' where id = :id")
                .param("day", day).param("id", person.id()).update();
    }

    private List<Long> dueIds(String username, String region) {
        Page<DuePerson> page = worklist.due(user(username), new DueQuery(region, null), 0, 100);
        return page.items().stream().map(DuePerson::id).toList();
    }

    @Test
    void listsTheNeverVerifiedFirstThenTheOldestAndLeavesOutTheRecentlyVerified() {
        PersonView old = woman("tksk", "Sumirah Lama", DIBAL);
        PersonView never = woman("tksk", "Sumirah Belum", DIBAL);
        PersonView sixMonths = woman("tksk", "Sumirah Enam", DIBAL);
        PersonView recent = woman("tksk", "Sumirah Baru", DIBAL);
        PersonView inactive = woman("tksk", "Sumirah Pindah", DIBAL);
        verifiedOn(old, today().minusMonths(7));
        verifiedOn(sixMonths, today().minusMonths(6));
        verifiedOn(recent, today().minusMonths(5).minusDays(20));
        persons.deactivate(user("tksk"), inactive.id(), InactiveReason.MOVED);

        List<Long> due = dueIds("tksk", DIBAL);

        assertThat(due).containsSubsequence(never.id(), old.id(), sixMonths.id())
                .doesNotContain(recent.id(), inactive.id());
        assertThat(due.indexOf(old.id())).isLessThan(due.indexOf(sixMonths.id()));
        DuePerson line = worklist.due(user("tksk"), new DueQuery(DIBAL, null), 0, 100).items().stream()
                .filter(item -> item.id() == old.id()).findFirst().orElseThrow();
        assertThat(line.maskedNik()).isEqualTo(old.maskedNik()).doesNotContain(old.nik().substring(6, 12));
        assertThat(line.verifiedAt()).isEqualTo(today().minusMonths(7));
        assertThat(worklist.due(user("tksk"), new DueQuery(DIBAL, VerificationStatus.VERIFIED), 0, 100).items())
                .extracting(DuePerson::id).contains(old.id(), sixMonths.id()).doesNotContain(never.id());
    }

    @Test
    void anotherUnitsPersonsAreNeverListed() {
        PersonView ngemplak = woman("tksk", "Painem Ngemplak", DIBAL);
        PersonView boyolali = woman("dinsos", "Painem Selo", TLOGOLELE);
        PersonView klaten = woman("admin", "Painem Klaten", SENGON);

        assertThat(dueIds("tksk", null)).contains(ngemplak.id()).doesNotContain(boyolali.id(), klaten.id());
        assertThat(dueIds("tksk", TLOGOLELE)).isEmpty();
        assertThat(worklist.due(user("dinsos"), new DueQuery("33.09", null), 0, 1000).items())
                .extracting(DuePerson::id).contains(boyolali.id()).doesNotContain(klaten.id());
        assertThat(dueIds("dinsos", SENGON)).isEmpty();
        assertThat(dueIds("admin", SENGON)).contains(klaten.id());
    }

    @Test
    void markingVerifiedSetsTodayWritesHistoryAndAuditAndTakesThePersonOffTheList() {
        KesosUser tksk = user("tksk");
        PersonView person = woman("tksk", "Tukiyem Sesuai", DIBAL);
        verifiedOn(person, today().minusYears(1));

        persons.verify(tksk, person.id(), VerificationStatus.VERIFIED);

        PersonView after = persons.open(tksk, person.id());
        assertThat(after.verificationStatus()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(after.verifiedAt()).isEqualTo(today());
        HistoryEntry entry = persons.history(tksk, person.id()).get(0);
        assertThat(entry.source()).isEqualTo("VERIFIKASI");
        assertThat(entry.changedBy()).isEqualTo("tksk");
        assertThat(entry.changes()).containsEntry("verified_at",
                Arrays.asList(today().minusYears(1).toString(), today().toString()));
        assertThat(audited(person, "verifikasi VERIFIED")).isEqualTo(1);
        assertThat(dueIds("tksk", DIBAL)).doesNotContain(person.id());
    }

    @Test
    void aCorrectionSavesTheChangesAndCountsAsVerification() {
        KesosUser tksk = user("tksk");
        PersonView person = woman("tksk", "Sukinah Salah", DIBAL);
        PersonInput corrected = new PersonInput(person.nik(), null, "Sukinah Benar", person.birthPlace(),
                person.birthDate().toString(), "P", null, "ISLAM", "SD", "PETANI", "KAWIN", null, DIBAL,
                "Dusun Lor", "002", "003", "500000");

        PersonView saved = persons.correct(tksk, person.id(), corrected, person.version());

        assertThat(saved.name()).isEqualTo("Sukinah Benar");
        assertThat(saved.verificationStatus()).isEqualTo(VerificationStatus.CORRECTED);
        assertThat(saved.verifiedAt()).isEqualTo(today());
        List<HistoryEntry> history = persons.history(tksk, person.id());
        assertThat(history.get(0).changes()).containsEntry("verification_status",
                Arrays.asList("UNVERIFIED", "CORRECTED"));
        assertThat(history.get(1).source()).isEqualTo("VERIFIKASI");
        assertThat(history.get(1).changes()).containsKeys("name", "address");
        assertThat(audited(person, "verifikasi CORRECTED")).isEqualTo(1);
        assertThat(dueIds("tksk", DIBAL)).doesNotContain(person.id());

        PersonView unchanged = persons.correct(tksk, person.id(), saved.input(), saved.version());
        assertThat(unchanged.verificationStatus()).isEqualTo(VerificationStatus.VERIFIED);
    }

    @Test
    void aPersonFoundDeceasedOrMovedIsDeactivatedWithThatReason() {
        KesosUser tksk = user("tksk");
        PersonView deceased = woman("tksk", "Ngatinem Almarhumah", DIBAL);
        PersonView moved = woman("tksk", "Ngatinem Pindahan", DIBAL);

        worklist.markGone(tksk, deceased.id(), InactiveReason.DECEASED);
        worklist.markGone(tksk, moved.id(), InactiveReason.MOVED);

        assertThat(persons.open(tksk, deceased.id()).inactiveReason()).isEqualTo(InactiveReason.DECEASED);
        PersonView after = persons.open(tksk, moved.id());
        assertThat(after.active()).isFalse();
        assertThat(after.inactiveReason()).isEqualTo(InactiveReason.MOVED);
        assertThat(persons.history(tksk, moved.id()).get(0).changes())
                .containsEntry("inactive_reason", Arrays.asList(null, "MOVED"));
        assertThat(audited(moved, "nonaktif MOVED")).isEqualTo(1);
        assertThat(dueIds("tksk", DIBAL)).doesNotContain(deceased.id(), moved.id());
    }

    @Test
    void onlyDeceasedOrMovedAreReasonsOfAVerifier() {
        PersonView person = woman("tksk", "Ngadiyem Tetap", DIBAL);
        assertThatThrownBy(() -> worklist.markGone(user("tksk"), person.id(), InactiveReason.DUPLICATE_MERGED))
                .isInstanceOf(InvalidInputException.class);
        assertThat(persons.open(user("tksk"), person.id()).active()).isTrue();
    }

    @Test
    void rolesThatDoNotVerifyAreRefused() {
        PersonView person = woman("dinsos", "Ngadinah Dilihat", DIBAL);
        for (String username : List.of("viewer", "kepala", "peksos")) {
            assertThatThrownBy(() -> worklist.due(user(username), new DueQuery(null, null), 0, 25))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> persons.verify(user("viewer"), person.id(), VerificationStatus.VERIFIED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> worklist.markGone(user("viewer"), person.id(), InactiveReason.DECEASED))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(dueIds("pendamping", DIBAL)).contains(person.id());
    }

    private long audited(PersonView person, String summary) {
        return jdbc.sql("select count(*) from platform.audit_log where entity_type = 'PERSON' and entity_id = :id"
                        + " and action = 'UPDATE' and summary = :summary")
                .param("id", String.valueOf(person.id())).param("summary", summary)
                .query(Long.class).single();
    }
}

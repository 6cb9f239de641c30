package id.kesos.registry.importing;

import static id.kesos.registry.importing.ImportFixtures.GAGAKSIPAT;
import static id.kesos.registry.importing.ImportFixtures.MANYARAN;
import static id.kesos.registry.importing.ImportFixtures.SENGON_SRAGEN;
import static id.kesos.registry.importing.ImportFixtures.birthDate;
import static id.kesos.registry.importing.ImportFixtures.csv;
import static id.kesos.registry.importing.ImportFixtures.dayFirst;
import static id.kesos.registry.importing.ImportFixtures.iso;
import static id.kesos.registry.importing.ImportFixtures.kk;
import static id.kesos.registry.importing.ImportFixtures.nik;
import static id.kesos.registry.importing.ImportFixtures.row;
import static id.kesos.registry.importing.ImportFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kesos.IntegrationTest;
import id.kesos.platform.KesosClock;
import id.kesos.access.KesosUser;
import id.kesos.registry.Duplicates;
import id.kesos.registry.HistoryEntry;
import id.kesos.registry.NameKey;
import id.kesos.registry.Persons;
import id.kesos.registry.Sex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import end to end below the browser: files uploaded on the import page as the demo users,
 * worked off by the real worker on the embedded PostgreSQL, then the job, the problems file and
 * the registry tables checked.
 */
@IntegrationTest
@AutoConfigureMockMvc
class RegistryImportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService principals;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportWorker worker;

    @Autowired
    BatchLoader loader;

    @Autowired
    ImportRowChecker checker;

    @Autowired
    DataSource dataSource;

    @Autowired
    MessageSource messages;

    @Autowired
    Persons persons;

    @Autowired
    Duplicates duplicates;

    @Test
    void storesValidRowsRejectsErrorRowsFlagsWarningRowsAndExplainsEachLine() throws Exception {
        LocalDate birthA = birthDate();
        LocalDate birthB = birthDate();
        LocalDate birthC = birthDate();
        LocalDate birthD = birthDate();
        LocalDate other = birthDate();
        String kk = kk();
        String nikA = nik(birthA, Sex.L);
        String nikB = nik(birthB, Sex.P);
        String nikC = nik(birthC, Sex.L);
        String nikD = nik(birthD, Sex.P);
        List<String[]> rows = List.of(
                row(nikA, kk, "Budi Santoso", iso(birthA), "L", "KEPALA_KELUARGA", GAGAKSIPAT),        // 2
                row(nikB, kk, "Siti Aminah", iso(birthB), "P", "ISTRI", GAGAKSIPAT),                   // 3
                row(nikC, "", "Joko Susilo", iso(birthC.plusYears(1)), "L", "", GAGAKSIPAT),           // 4 warning
                row(nikA.substring(1), "", "Pendek Nik", iso(birthA), "L", "", GAGAKSIPAT),            // 5
                row(nik(other, Sex.L), "", "", iso(other), "X", "", GAGAKSIPAT),                       // 6
                row(nik(other, Sex.P), "", "Ani Wulandari", iso(other), "P", "", "99.99.99.9999"),     // 7
                row(nik(other, Sex.P), "123", "Dewi Lestari", iso(other), "P", "ANAK", GAGAKSIPAT),    // 8
                row(nikA, kk, "Budi Santoso", iso(birthA), "L", "KEPALA_KELUARGA", GAGAKSIPAT),        // 9
                row(nikD, kk, "Rina Marlina", dayFirst(birthD), "P", "ANAK", GAGAKSIPAT),              // 10
                row(nik(other, Sex.L), "", "Tono Sugiarto", "31-02-1990", "L", "", GAGAKSIPAT));       // 11
        byte[] file = csv(rows);

        ImportJob job = await(upload("dinsos", "data-desa.csv", file));

        assertCounts(job, 10, 4, 6, 1);
        assertThat(problems("dinsos", job.id())).containsExactly(
                List.of("line", "severity", "code", "field", "message"),
                List.of("4", "WARNING", "NIK_BIRTHDATE_MISMATCH", "nik",
                        "Tanggal lahir dalam NIK berbeda dengan tanggal lahir yang diisi; perlu diverifikasi."),
                List.of("5", "ERROR", "NIK_LENGTH", "nik", "NIK harus 16 angka."),
                List.of("6", "ERROR", "NAME_MISSING", "nama", "Nama wajib diisi."),
                List.of("6", "ERROR", "SEX_INVALID", "jenis_kelamin", "Jenis kelamin harus L atau P."),
                List.of("7", "ERROR", "REGION_UNKNOWN", "kode_wilayah",
                        "Kode wilayah alamat tidak ada dalam daftar desa/kelurahan."),
                List.of("8", "ERROR", "KK_INVALID", "no_kk", "Nomor KK harus 16 angka."),
                List.of("9", "ERROR", "NIK_DUPLICATE", "nik", bundleMessage("NIK_DUPLICATE")),
                List.of("11", "ERROR", "BIRTHDATE_INVALID", "tanggal_lahir", bundleMessage("BIRTHDATE_INVALID")));

        long dinsosUnit = principal("dinsos").unitId();
        Map<String, Object> a = person(nikA);
        assertThat(a).containsEntry("name", "Budi Santoso").containsEntry("name_key", NameKey.of("Budi Santoso"))
                .containsEntry("province_code", "33").containsEntry("data_source", "IMPORT")
                .containsEntry("verification_status", "UNVERIFIED").containsEntry("region_code", GAGAKSIPAT)
                .containsEntry("religion", "ISLAM").containsEntry("monthly_income", 1_500_000L)
                .containsEntry("registered_by_unit", dinsosUnit).containsEntry("version", 0);
        assertThat(a.get("warnings")).isNull();
        assertThat(person(nikC)).containsEntry("verification_status", "TO_VERIFY")
                .containsEntry("warnings", "NIK_BIRTHDATE_MISMATCH");
        assertThat(person(nikD)).containsEntry("birth_date", Date.valueOf(birthD));
        assertThat(currentFamilies(nikA, nikB, nikC, nikD)).containsExactlyInAnyOrder(
                nikA + " " + kk + " KEPALA_KELUARGA", nikB + " " + kk + " ISTRI", nikD + " " + kk + " ANAK");
        // The persons name the job that registered them, which the history shows with their values.
        assertThat(historyCount(nikA, nikB, nikC, nikD)).isZero();
        assertThat(a).containsEntry("import_job_id", job.id());
        HistoryEntry registration = onlyEntry(persons.history(principal("dinsos"), personId(nikA)));
        assertThat(registration.source()).isEqualTo("IMPORT " + job.id());
        assertThat(registration.changedBy()).isEqualTo("dinsos");
        assertThat(registration.changes())
                .containsEntry("name", Arrays.asList(null, "Budi Santoso")).containsEntry("kk", Arrays.asList(null, kk))
                .containsEntry("relationship", Arrays.asList(null, "KEPALA_KELUARGA"))
                .containsEntry("monthly_income", Arrays.asList(null, "1500000")).doesNotContainKey("disability");
        assertThat(jdbc.sql("select action from platform.audit_log where entity_type = 'REGISTRY_IMPORT'"
                        + " and entity_id = :id order by id")
                .param("id", job.id().toString()).query(String.class).list()).containsExactly("CREATE", "UPDATE");

        // The same file again: every row as before, and nothing changes.
        ImportJob again = await(upload("dinsos", "data-desa.csv", file));
        assertCounts(again, 10, 4, 6, 1);
        assertThat(historyCount(nikA, nikB, nikC, nikD)).isZero();
        assertThat(jdbc.sql("select sum(version) from registry.person where nik in (:niks)")
                .param("niks", List.of(nikA, nikB, nikC, nikD)).query(Long.class).single()).isZero();
        assertThat(currentFamilies(nikA, nikB, nikC, nikD)).containsExactlyInAnyOrder(
                nikA + " " + kk + " KEPALA_KELUARGA", nikB + " " + kk + " ISTRI", nikD + " " + kk + " ANAK");
        assertThat(jdbc.sql("""
                select count(*) from registry.family_membership m join registry.person p on p.id = m.person_id
                 where p.nik in (:niks)
                """).param("niks", List.of(nikA, nikB, nikC, nikD)).query(Long.class).single()).isZero();

        // A new name and a new KK: one history entry with both, the family rotated.
        String kk2 = kk();
        ImportJob changed = await(upload("dinsos", "perubahan.csv", csv(List.<String[]>of(
                row(nikA, kk2, "Budi Santosa", iso(birthA), "L", "KEPALA_KELUARGA", GAGAKSIPAT)))));
        assertCounts(changed, 1, 1, 0, 0);
        assertThat(person(nikA)).containsEntry("name", "Budi Santosa").containsEntry("version", 1);
        assertThat(historyCount(nikA)).isEqualTo(1);
        assertThat(jdbc.sql("""
                select h.changes::text from registry.person_history h join registry.person p on p.id = h.person_id
                 where p.nik = :nik and h.source = :source
                """).param("nik", nikA).param("source", "IMPORT " + changed.id()).query(String.class).single())
                .isEqualTo("{\"kk\": [\"" + kk + "\", \"" + kk2 + "\"], \"name\": [\"Budi Santoso\", \"Budi Santosa\"]}");
        // The registration still shows the values the person came with, before the change.
        List<HistoryEntry> history = persons.history(principal("dinsos"), personId(nikA));
        assertThat(history).extracting(HistoryEntry::source)
                .containsExactly("IMPORT " + changed.id(), "IMPORT " + job.id());
        assertThat(history.get(1).changes()).containsEntry("name", Arrays.asList(null, "Budi Santoso"))
                .containsEntry("kk", Arrays.asList(null, kk));
        String today = LocalDate.now(KesosClock.ZONE).toString();
        assertThat(jdbc.sql("""
                select m.kk || ' ' || m.valid_from || ' ' || m.valid_to from registry.family_membership m
                  join registry.person p on p.id = m.person_id where p.nik = :nik
                """).param("nik", nikA).query(String.class).list())
                .containsExactly(kk + " " + today + " " + today);
        assertThat(jdbc.sql("select kk || ' ' || kk_since from registry.person where nik = :nik")
                .param("nik", nikA).query(String.class).single()).isEqualTo(kk2 + " " + today);
    }

    @Test
    void aNikTheRegistryHoldsForSomeoneClearlyDifferentIsRefused() throws Exception {
        LocalDate birth = birthDate();
        String nik = nik(birth, Sex.L);
        await(upload("dinsos", "a.csv", csv(List.<String[]>of(row(nik, "", "Slamet Riyadi", iso(birth), "L", "", GAGAKSIPAT)))));

        // Other name and other birth date: someone else.
        ImportJob clash = await(upload("dinsos", "b.csv", csv(List.<String[]>of(
                row(nik, "", "Wahyu Hidayat", iso(birth.plusYears(2)), "L", "", GAGAKSIPAT)))));
        assertCounts(clash, 1, 0, 1, 0);
        assertThat(problems("dinsos", clash.id())).extracting(line -> line.get(0) + " " + line.get(2))
                .containsExactly("line code", "2 NIK_BIRTHDATE_MISMATCH", "2 NIK_DUPLICATE");
        assertThat(person(nik)).containsEntry("name", "Slamet Riyadi").containsEntry("version", 0);

        // The same name with a corrected birth date: the same person, updated and flagged.
        ImportJob corrected = await(upload("dinsos", "c.csv", csv(List.<String[]>of(
                row(nik, "", "Slamet Riyadi", iso(birth.plusYears(2)), "L", "", GAGAKSIPAT)))));
        assertCounts(corrected, 1, 1, 0, 1);
        assertThat(person(nik)).containsEntry("birth_date", Date.valueOf(birth.plusYears(2)))
                .containsEntry("verification_status", "TO_VERIFY").containsEntry("version", 1);
    }

    @Test
    void aRowWithoutKkLeavesTheFamilyAndANewRelationshipEndsTheOldOne() throws Exception {
        LocalDate birth = birthDate();
        String nik = nik(birth, Sex.P);
        String kk = kk();
        await(upload("dinsos", "a.csv", csv(List.<String[]>of(row(nik, kk, "Siti Aminah", iso(birth), "P", "ISTRI",
                GAGAKSIPAT)))));

        ImportJob withoutKk = await(upload("dinsos", "b.csv", csv(List.<String[]>of(
                row(nik, "", "Siti Aminah", iso(birth), "P", "", GAGAKSIPAT)))));
        assertCounts(withoutKk, 1, 1, 0, 0);
        assertThat(person(nik)).containsEntry("version", 0);
        assertThat(currentFamilies(nik)).containsExactly(nik + " " + kk + " ISTRI");

        // The husband died: the same KK, she is now its head.
        await(upload("dinsos", "c.csv", csv(List.<String[]>of(
                row(nik, kk, "Siti Aminah", iso(birth), "P", "KEPALA_KELUARGA", GAGAKSIPAT)))));
        assertThat(currentFamilies(nik)).containsExactly(nik + " " + kk + " KEPALA_KELUARGA");
        assertThat(jdbc.sql("""
                select m.kk || ' ' || m.relationship from registry.family_membership m
                  join registry.person p on p.id = m.person_id where p.nik = :nik
                """).param("nik", nik).query(String.class).list()).containsExactly(kk + " ISTRI");
        assertThat(persons.history(principal("dinsos"), personId(nik)).get(0).changes())
                .containsOnlyKeys("relationship")
                .containsEntry("relationship", List.of("ISTRI", "KEPALA_KELUARGA"));
    }

    @Test
    void aMergeKeepsTheRegistrationsOfBothImportedPersons() throws Exception {
        LocalDate birth = birthDate();
        String nikA = nik(birth, Sex.L);
        String nikB = nik(birth, Sex.L);
        ImportJob job = await(upload("dinsos", "a.csv", csv(List.<String[]>of(
                row(nikA, "", "Paijo Sastrowiyono", iso(birth), "L", "", GAGAKSIPAT),
                row(nikB, "", "Paidjo Sastrowijono", iso(birth), "L", "", GAGAKSIPAT)))));

        long a = Math.min(personId(nikA), personId(nikB));
        long b = Math.max(personId(nikA), personId(nikB));
        duplicates.scan(a);
        duplicates.merge(principal("dinsos"), a, b, a);

        List<HistoryEntry> history = persons.history(principal("dinsos"), a);
        assertThat(history).filteredOn(entry -> entry.source().equals("IMPORT " + job.id()))
                .extracting(entry -> entry.changes().get("name").get(1))
                .containsExactlyInAnyOrder("Paijo Sastrowiyono", "Paidjo Sastrowijono");
        assertThat(history.get(history.size() - 1).source()).isEqualTo("IMPORT " + job.id());
    }

    @Test
    void anXlsxFileImportsLikeTheSameCsv() throws Exception {
        LocalDate birthA = birthDate();
        LocalDate birthB = birthDate();
        String kk = kk();
        String nikA = nik(birthA, Sex.P);
        String nikB = nik(birthB, Sex.L);
        List<String[]> rows = List.of(
                row(nikA, kk, "Sri Wahyuni", iso(birthA), "P", "KEPALA_KELUARGA", GAGAKSIPAT),
                row(nikA.substring(2), "", "Pendek", iso(birthA), "P", "", GAGAKSIPAT),
                row(nikB, kk, "Agus Salim", dayFirst(birthB), "L", "ANAK", GAGAKSIPAT),
                row(nikA, kk, "Sri Wahyuni", iso(birthA), "P", "KEPALA_KELUARGA", GAGAKSIPAT));

        ImportJob job = await(upload("dinsos", "data.xlsx", ImportFixtures.xlsx(rows)));

        assertThat(job.format()).isEqualTo(ImportFormat.XLSX);
        assertCounts(job, 4, 2, 2, 0);
        assertThat(problems("dinsos", job.id())).extracting(line -> line.get(0) + " " + line.get(2))
                .containsExactly("line code", "3 NIK_LENGTH", "5 NIK_DUPLICATE");
        assertThat(person(nikB)).containsEntry("name", "Agus Salim").containsEntry("monthly_income", 1_500_000L)
                .containsEntry("birth_date", Date.valueOf(birthB));
        assertThat(person(nikA)).containsEntry("birth_date", Date.valueOf(birthA));
        assertThat(currentFamilies(nikA, nikB)).containsExactlyInAnyOrder(nikA + " " + kk + " KEPALA_KELUARGA",
                nikB + " " + kk + " ANAK");
    }

    @Test
    void anAddressOutsideTheImportersTerritoryIsRefused() throws Exception {
        LocalDate birth = birthDate();
        String inside = nik(birth, Sex.L);
        String outside = nik(birth, Sex.P);
        String otherDistrict = nik(birth, Sex.L);
        byte[] file = csv(List.of(
                row(inside, "", "Dalam Wilayah", iso(birth), "L", "", GAGAKSIPAT),
                row(outside, "", "Luar Wilayah", iso(birth), "P", "", SENGON_SRAGEN),
                row(otherDistrict, "", "Kecamatan Lain", iso(birth), "L", "", MANYARAN)));

        ImportJob dinsos = await(upload("dinsos", "wilayah.csv", file));
        assertCounts(dinsos, 3, 2, 1, 0);
        assertThat(problems("dinsos", dinsos.id())).extracting(line -> line.get(0) + " " + line.get(2) + " " + line.get(3))
                .containsExactly("line code field", "3 REGION_OUTSIDE_SCOPE kode_wilayah");

        ImportJob tksk = await(upload("tksk", "wilayah.csv", file));
        assertThat(problems("tksk", tksk.id())).extracting(line -> line.get(0) + " " + line.get(2))
                .containsExactly("line code", "3 REGION_OUTSIDE_SCOPE", "4 REGION_OUTSIDE_SCOPE");

        // A Sentra governs no territory, the ministry governs all: neither is refused an address.
        assertCounts(await(upload("peksos", "wilayah.csv", file)), 3, 3, 0, 0);
        assertCounts(await(upload("admin", "wilayah.csv", file)), 3, 3, 0, 0);
    }

    @Test
    void aFileThatCannotBeImportedIsRefusedBeforeAnythingIsStored() throws Exception {
        long before = jobCount();
        LocalDate birth = birthDate();
        String[] good = row(nik(birth, Sex.L), "", "Baris Baik", iso(birth), "L", "", GAGAKSIPAT);

        refused("salah.csv", ("nik;nama;alamat\n" + String.join(";", good[0], good[2], good[13]) + "\n")
                .getBytes(StandardCharsets.UTF_8), "Judul kolom tidak sesuai templat");
        refused("kosong.csv", new byte[0], "Berkas kosong.");
        refused("judul.csv", (ImportColumns.HEADER + "\n\n").getBytes(StandardCharsets.UTF_8),
                "Berkas hanya berisi judul kolom");
        refused("foto.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D},
                "Berkas ini bukan CSV atau XLSX");
        refused("lama.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1},
                "Format XLS lama tidak didukung");
        refused("latin1.csv", (ImportColumns.HEADER + "\n" + String.join(",", good).replace("Baris Baik", "Jos\u00e9"))
                .getBytes(StandardCharsets.ISO_8859_1), "harus berenkode UTF-8");
        refused("bukan.xlsx", zipWithoutWorkbook(), "Berkas ini bukan CSV atau XLSX");
        refused("petik.csv", (ImportColumns.HEADER + "\n" + String.join(",", good) + "\n\"tidak ditutup,1\n")
                .getBytes(StandardCharsets.UTF_8), "tidak dapat dibaca mulai baris 3");
        mvc.perform(multipart("/registry/imports").with(csrf()).with(user(principal("dinsos"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih berkas CSV atau XLSX untuk diunggah.")));

        assertThat(jobCount()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from registry.person where nik = :nik").param("nik", good[0])
                .query(Long.class).single()).isZero();
    }

    @Test
    void aViewerFollowsImportsButMayNotImport() throws Exception {
        LocalDate birth = birthDate();
        byte[] file = csv(List.<String[]>of(row(nik(birth, Sex.L), "", "Pemantau", iso(birth), "L", "", GAGAKSIPAT)));
        mvc.perform(multipart("/registry/imports").file(new MockMultipartFile("file", "a.csv", "text/csv", file))
                        .with(csrf()).with(user(principal("viewer"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/registry/imports").with(user(principal("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tidak dapat mengimpor data")))
                .andExpect(content().string(not(containsString("data-testid=\"import-file\""))));

        UUID id = upload("dinsos", "dinsos.csv", file);
        mvc.perform(get("/registry/imports/{id}", id).with(user(principal("viewer")))).andExpect(status().isOk());
        mvc.perform(get("/registry/imports/{id}", id).with(user(principal("peksos2")))).andExpect(status().isNotFound());
        mvc.perform(get("/registry/imports/{id}/problems.csv", id).with(user(principal("peksos2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/registry/imports")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theJobPageShowsTheProgressAndPollsOnlyWhileTheJobRuns() throws Exception {
        LocalDate birth = birthDate();
        UUID id = upload("dinsos", "halaman.csv", csv(List.<String[]>of(
                row(nik(birth, Sex.L), "", "Halaman Uji", iso(birth), "L", "", GAGAKSIPAT))));
        await(id);
        mvc.perform(get("/registry/imports/{id}", id).with(user(principal("dinsos"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"import-progress\"")))
                .andExpect(content().string(containsString("data-testid=\"import-problems\"")))
                .andExpect(content().string(containsString("Selesai")))
                .andExpect(content().string(not(containsString("hx-trigger"))));
        mvc.perform(get("/registry/imports/{id}", id).header("HX-Request", "true").with(user(principal("dinsos"))))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<section")));

        jdbc.sql("update registry.import_job set status = 'RUNNING' where id = :id").param("id", id).update();
        try {
            mvc.perform(get("/registry/imports/{id}", id).header("HX-Request", "true").with(user(principal("dinsos"))))
                    .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                    .andExpect(content().string(containsString("hx-get=\"/registry/imports/" + id + "\"")));
        } finally {
            jdbc.sql("update registry.import_job set status = 'SUCCEEDED' where id = :id").param("id", id).update();
        }
        mvc.perform(get("/registry/imports").with(user(principal("dinsos"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("halaman.csv")))
                .andExpect(content().string(containsString("/registry/import-template.csv")));
        mvc.perform(get("/registry/import-template.csv").with(user(principal("dinsos"))))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith(ImportColumns.HEADER + "\n3309")));
    }

    /** The instance that stored the upload reads its own file rather than the copy in the database. */
    @Test
    void theWorkerReadsTheFileHandedOverInsteadOfTheStoredCopy() throws Exception {
        LocalDate birth = birthDate();
        String stored = nik(birth, Sex.L);
        String handed = nik(birth, Sex.P);
        UUID id = UUID.randomUUID();
        Path uploaded = Files.createTempFile("import-test", ".csv");
        Files.write(uploaded, csv(List.<String[]>of(row(handed, "", "Dewi Lestari", iso(birth), "P", "", GAGAKSIPAT))));

        try (Connection otherInstance = dataSource.getConnection()) {
            lock(otherInstance, "pg_advisory_lock", id);
            createJob(id, csv(List.<String[]>of(row(stored, "", "Eko Prasetyo", iso(birth), "L", "", GAGAKSIPAT))), 1, 2);
            worker.takeOver(id, uploaded);
            worker.run(id, Integer.MAX_VALUE);
            lock(otherInstance, "pg_advisory_unlock", id);
        }

        assertCounts(jobs.find(id).orElseThrow(), 1, 1, 0, 0);
        assertThat(personId(handed)).isPositive();
        assertThat(jdbc.sql("select count(*) from registry.person where nik = :nik").param("nik", stored)
                .query(Long.class).single()).isZero();
        assertThat(uploaded).doesNotExist();
    }

    /** A job another instance ran leaves no file behind on the instance that stored its upload. */
    @Test
    void aFileHandedOverForAJobFinishedElsewhereIsDeletedAtTheNextPoll() throws Exception {
        LocalDate birth = birthDate();
        byte[] content = csv(List.<String[]>of(row(nik(birth, Sex.L), "", "Eko Prasetyo", iso(birth), "L", "",
                GAGAKSIPAT)));
        UUID id = UUID.randomUUID();
        Path uploaded = Files.createTempFile("import-test", ".csv");
        Files.write(uploaded, content);

        try (Connection otherInstance = dataSource.getConnection()) {
            lock(otherInstance, "pg_advisory_lock", id);
            createJob(id, content, 1, 2);
            worker.takeOver(id, uploaded);
            worker.runPending();
            assertThat(uploaded).exists();
            jobs.finish(id, ImportJob.SUCCEEDED, null);
            lock(otherInstance, "pg_advisory_unlock", id);
        }
        worker.runPending();

        assertThat(uploaded).doesNotExist();
    }

    /**
     * A worker that dies after two batches: the job stays RUNNING with those batches committed;
     * the next worker resumes at batch 2, still knows the NIKs of the skipped rows, and writes
     * every history row once.
     */
    @Test
    void anInterruptedJobResumesAtItsFirstUnfinishedBatch() throws Exception {
        List<String[]> rows = new ArrayList<>();
        String firstNik = null;
        for (int i = 0; i < 7; i++) {
            LocalDate birth = birthDate();
            String nik = nik(birth, Sex.L);
            firstNik = firstNik == null ? nik : firstNik;
            rows.add(row(nik, "", "Lanjut Ke" + (char) ('A' + i), iso(birth), "L", "", GAGAKSIPAT));
        }
        rows.set(6, with(rows.get(0), 2, "Lanjut Kembar"));
        UUID id = UUID.randomUUID();

        try (Connection otherInstance = dataSource.getConnection()) {
            lock(otherInstance, "pg_advisory_lock", id);
            createJob(id, csv(rows), 7, 2);
            worker.run(id, 2);

            ImportJob halfway = jobs.find(id).orElseThrow();
            assertThat(halfway.status()).isEqualTo("RUNNING");
            assertThat(halfway.nextBatch()).isEqualTo(2);
            assertThat(halfway.processedRows()).isEqualTo(4);
            assertThat(registeredBy(id)).isEqualTo(4);
            // A batch the job does not expect is refused and leaves nothing behind.
            assertThatThrownBy(() -> loader.store(halfway, loader.prepare(halfway, 0, List.of(), true)))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(jobs.find(id).orElseThrow().processedRows()).isEqualTo(4);

            lock(otherInstance, "pg_advisory_unlock", id);
        }
        worker.runPending();

        ImportJob done = await(id);
        assertCounts(done, 7, 6, 1, 0);
        assertThat(registeredBy(id)).isEqualTo(6);
        assertThat(problems("dinsos", id)).extracting(line -> line.get(0) + " " + line.get(2))
                .containsExactly("line code", "8 NIK_DUPLICATE");
        assertThat(person(firstNik)).containsEntry("name", "Lanjut KeA");
    }

    /**
     * Batches are prepared outside their transaction: a NIK registered meanwhile, or one not looked
     * up, fails the whole batch on the unique index; prepared again, looking up, the batch finds
     * the person registered.
     */
    @Test
    void aNikRegisteredAfterItsBatchWasPreparedFailsTheBatchUntilItIsPreparedAgain() throws Exception {
        LocalDate birth = birthDate();
        String[] row = row(nik(birth, Sex.L), "", "Sapto Nugroho", iso(birth), "L", "", GAGAKSIPAT);
        UUID id = UUID.randomUUID();
        try (Connection otherInstance = dataSource.getConnection()) {
            lock(otherInstance, "pg_advisory_lock", id);
            createJob(id, csv(List.<String[]>of(row)), 1, 10);
            ImportJob job = jobs.start(id).orElseThrow();
            List<CheckedRow> rows = List.of(
                    checker.check(new SourceRow(2, row, false, false), LocalDate.now(KesosClock.ZONE), null));
            PreparedBatch prepared = loader.prepare(job, 0, rows, true);

            assertCounts(await(upload("dinsos", "lebih-dulu.csv", csv(List.<String[]>of(row)))), 1, 1, 0, 0);
            assertThatThrownBy(() -> loader.store(job, prepared)).isInstanceOf(DuplicateKeyException.class);
            assertThatThrownBy(() -> loader.store(job, loader.prepare(job, 0, rows, false)))
                    .isInstanceOf(DuplicateKeyException.class);
            assertThat(jobs.find(id).orElseThrow().nextBatch()).isZero();

            loader.store(job, loader.prepare(job, 0, rows, true));
            ImportJob stored = jobs.find(id).orElseThrow();
            assertThat(List.of(stored.nextBatch(), stored.acceptedRows(), stored.rejectedRows()))
                    .containsExactly(1, 1, 0);
            assertThat(registeredBy(id)).isZero();
            lock(otherInstance, "pg_advisory_unlock", id);
        }
    }

    @Test
    void aJobWhoseFileCannotBeReadFailsWithAReasonAndAnAuditEntry() throws Exception {
        LocalDate birth = birthDate();
        UUID id = UUID.randomUUID();
        try (Connection otherInstance = dataSource.getConnection()) {
            lock(otherInstance, "pg_advisory_lock", id);
            createJob(id, csv(List.<String[]>of(
                    row(nik(birth, Sex.L), "", "Berkas Hilang", iso(birth), "L", "", GAGAKSIPAT))), 1, 10);
            jdbc.sql("delete from registry.import_file_chunk where job_id = :id").param("id", id).update();
            lock(otherInstance, "pg_advisory_unlock", id);
        }
        worker.runPending();

        ImportJob failed = await(id);
        assertThat(failed.status()).isEqualTo(ImportJob.FAILED);
        assertThat(failed.errorMessage()).isEqualTo("registry.import.failure.unexpected");
        assertThat(jdbc.sql("select summary from platform.audit_log where entity_type = 'REGISTRY_IMPORT'"
                        + " and entity_id = :id and action = 'UPDATE'")
                .param("id", id.toString()).query(String.class).single()).startsWith("status FAILED");
        mvc.perform(get("/registry/imports/{id}", id).with(user(principal("dinsos"))))
                .andExpect(content().string(containsString("Impor berhenti karena kesalahan sistem.")));
    }

    /**
     * A form's change that commits while an import is about to change the same person is not
     * overwritten unrecorded: the import compares against it and keeps it as the old value. The
     * person is the file's fifth row in batches of one, so that the file has met a registered NIK
     * (its first row) before that batch is prepared and the person is looked up, not copied.
     */
    @Test
    void aChangeCommittedWhileTheImportWaitsForThePersonIsTheOldValueInItsHistory() throws Exception {
        LocalDate birth = birthDate();
        String nik = nik(birth, Sex.L);
        String kk = kk();
        String[] registered = row(nik(birth, Sex.L), kk, "Sri Slamet", iso(birth), "L", "FAMILI_LAIN", GAGAKSIPAT);
        await(upload("dinsos", "awal.csv", csv(List.<String[]>of(registered,
                row(nik, kk, "Slamet Riyadi", iso(birth), "L", "KEPALA_KELUARGA", GAGAKSIPAT)))));
        long id = personId(nik);
        List<String[]> rows = new ArrayList<>(List.<String[]>of(registered));
        for (int i = 0; i < 3; i++) {
            LocalDate other = birthDate();
            rows.add(row(nik(other, Sex.P), "", "Warga Baru " + i, iso(other), "P", "", GAGAKSIPAT));
        }
        rows.add(row(nik, kk, "Slamet Riyadi Putra", iso(birth), "L", "KEPALA_KELUARGA", GAGAKSIPAT));
        UUID later = UUID.randomUUID();

        try (Connection form = dataSource.getConnection()) {
            form.setAutoCommit(false);
            try (PreparedStatement change = form.prepareStatement(
                    "update registry.person set name = 'Slamet Riyanto', version = version + 1 where id = ?")) {
                change.setLong(1, id);
                change.executeUpdate();
            }
            createJob(later, csv(rows), rows.size(), 1);
            CompletableFuture.runAsync(worker::runPending);
            awaitLockWait();
            form.commit();
        }

        assertCounts(await(later), 5, 5, 0, 0);
        assertThat(person(nik)).containsEntry("name", "Slamet Riyadi Putra");
        assertThat(jdbc.sql("select changes ->> 'name' from registry.person_history where person_id = :id"
                        + " and source = :source")
                .param("id", id).param("source", "IMPORT " + later).query(String.class).single())
                .isEqualTo("[\"Slamet Riyanto\", \"Slamet Riyadi Putra\"]");
    }

    /** Waits until the import's update of changed persons waits for a row lock. */
    private void awaitLockWait() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query like 'with changed as%'").query(Long.class).single() > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import did not wait for the person");
    }

    // ------------------------------------------------------------------ helpers

    private long personId(String nik) {
        return jdbc.sql("select id from registry.person where nik = :nik").param("nik", nik).query(Long.class).single();
    }

    private static HistoryEntry onlyEntry(List<HistoryEntry> history) {
        assertThat(history).hasSize(1);
        return history.get(0);
    }

    private KesosUser principal(String username) {
        return (KesosUser) principals.loadUserByUsername(username);
    }

    private UUID upload(String username, String fileName, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/registry/imports")
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                        .with(csrf()).with(user(principal(username))))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/registry/imports/");
        return UUID.fromString(location.substring("/registry/imports/".length()));
    }

    private void refused(String fileName, byte[] content, String message) throws Exception {
        mvc.perform(multipart("/registry/imports")
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                        .with(csrf()).with(user(principal("dinsos"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("data-testid=\"import-error\"")));
    }

    ImportJob await(UUID id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            ImportJob job = jobs.find(id).orElseThrow();
            if (job.finished()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import job " + id + " did not finish");
    }

    private static void assertCounts(ImportJob job, int total, int accepted, int rejected, int warnings) {
        assertThat(job.status()).isEqualTo(ImportJob.SUCCEEDED);
        assertThat(List.of(job.totalRows(), job.processedRows(), job.acceptedRows(), job.rejectedRows(),
                job.warningRows())).containsExactly(total, total, accepted, rejected, warnings);
    }

    private List<List<String>> problems(String username, UUID id) throws Exception {
        String text = mvc.perform(get("/registry/imports/{id}/problems.csv", id).with(user(principal(username))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ImportFixtures.parseCsv(text);
    }

    private String bundleMessage(String code) {
        return messages.getMessage("registry.problem." + code, null, Locale.forLanguageTag("id"));
    }

    private Map<String, Object> person(String nik) {
        return jdbc.sql("select * from registry.person where nik = :nik").param("nik", nik).query().singleRow();
    }

    private List<String> currentFamilies(String... niks) {
        return jdbc.sql("""
                select nik || ' ' || kk || ' ' || kk_relationship from registry.person
                 where nik in (:niks) and kk is not null
                """).param("niks", List.of(niks)).query(String.class).list();
    }

    private long historyCount(String... niks) {
        return jdbc.sql("""
                select count(*) from registry.person_history h join registry.person p on p.id = h.person_id
                 where p.nik in (:niks)
                """).param("niks", List.of(niks)).query(Long.class).single();
    }

    private long registeredBy(UUID id) {
        return jdbc.sql("select count(*) from registry.person where import_job_id = :id")
                .param("id", id).query(Long.class).single();
    }

    private long jobCount() {
        return jdbc.sql("select count(*) from registry.import_job").query(Long.class).single();
    }

    /** A queued job of dinsos for the file, made as an upload makes it, but without waking the worker. */
    private void createJob(UUID id, byte[] content, int rows, int batchSize) throws Exception {
        Path file = Files.createTempFile("import-test", ".csv");
        try {
            Files.write(file, content);
            long unit = principal("dinsos").unitId();
            new TransactionTemplate(new JdbcTransactionManager(dataSource)).executeWithoutResult(tx -> {
                try {
                    jobs.create(id, "uji.csv", ImportFormat.CSV, file, rows, unit, "33.09.", "dinsos", batchSize);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Takes or gives back a job's advisory lock, as another instance's worker would. */
    private static void lock(Connection connection, String function, UUID id) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?, ?)")) {
            statement.setInt(1, ImportWorker.LOCK_SPACE);
            statement.setInt(2, id.hashCode());
            statement.executeQuery().close();
        }
    }

    private static byte[] zipWithoutWorkbook() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("catatan.txt"));
            zip.write("bukan lembar kerja".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}

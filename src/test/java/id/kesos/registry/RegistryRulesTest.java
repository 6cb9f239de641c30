package id.kesos.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Set<String> VILLAGES = Set.of("33.09.11.2004", "33.09.14.2001");
    private static final Set<String> DISTRICTS = Set.of("33.09.11", "33.09.14", "33.72.04");

    private final RegistryRules rules = new RegistryRules(VILLAGES::contains, DISTRICTS::contains);

    /** A man born 12 March 1985, registered in Ngemplak, Boyolali. */
    private static PersonInput valid() {
        return new PersonInput("3309111203850001", "3309112001100003", "Budi Santoso", "Boyolali", "1985-03-12",
                "L", "KEPALA_KELUARGA", "ISLAM", "SMA", "PETANI", "KAWIN", "", "33.09.11.2004", "Dusun Krajan",
                "003", "002", "1500000");
    }

    private static PersonInput with(String nik, String birthDate, String sex) {
        PersonInput p = valid();
        return new PersonInput(nik, p.noKk(), p.nama(), p.tempatLahir(), birthDate, sex, p.hubunganKeluarga(),
                p.agama(), p.pendidikan(), p.pekerjaan(), p.statusPerkawinan(), p.disabilitas(), p.kodeWilayah(),
                p.alamat(), p.rt(), p.rw(), p.penghasilanBulanan());
    }

    private Set<ProblemCode> codes(PersonInput input) {
        return rules.check(input, TODAY).problems().stream().map(Problem::code)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aValidPersonHasNoProblemsAndTypedValues() {
        CheckedPerson checked = rules.check(valid(), TODAY);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(checked.sex()).isEqualTo(Sex.L);
        assertThat(checked.relationship()).isEqualTo(Relationship.KEPALA_KELUARGA);
        assertThat(checked.monthlyIncome()).isEqualTo(1_500_000L);
        assertThat(checked.provinceCode()).isEqualTo("33");
    }

    @Test
    void aWomansNikCarriesTheDayPlusForty() {
        assertThat(codes(with("3309115203850002", "1985-03-12", "P"))).isEmpty();
        assertThat(new Nik("3309115203850002").sex()).contains(Sex.P);
        assertThat(new Nik("3309115203850002").birthDate(TODAY)).contains(LocalDate.of(1985, 3, 12));
    }

    @ParameterizedTest
    @CsvSource({
        "330911120385001, NIK_LENGTH",
        "33091112038500011, NIK_LENGTH",
        "'', NIK_LENGTH",
        "33091112038500A1, NIK_DIGITS",
        "3309113203850001, NIK_BIRTHDATE_INVALID",
        "3309117203850001, NIK_BIRTHDATE_INVALID",
        "3309110003850001, NIK_BIRTHDATE_INVALID",
        "3309111213850001, NIK_BIRTHDATE_INVALID",
        "3309113002850001, NIK_BIRTHDATE_INVALID",
        "3309111203850000, NIK_SERIAL_ZERO",
    })
    void nikErrors(String nik, ProblemCode expected) {
        CheckedPerson checked = rules.check(with(nik, "1985-03-12", "L"), TODAY);
        assertThat(checked.problems()).extracting(Problem::code).contains(expected);
        assertThat(checked.hasErrors()).isTrue();
        assertThat(expected.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void the29thOfFebruaryExistsOnlyInLeapYears() {
        assertThat(codes(with("3309112902840001", "1984-02-29", "L"))).isEmpty();
        assertThat(codes(with("3309112902850001", "1985-03-01", "L"))).contains(ProblemCode.NIK_BIRTHDATE_INVALID);
        assertThat(codes(with("3309112902000001", "2000-02-29", "L"))).isEmpty();
        assertThat(codes(with("3309116902000001", "2000-02-29", "P"))).isEmpty();
        assertThat(codes(with("3309111203850001", "1985-02-29", "L"))).contains(ProblemCode.BIRTHDATE_INVALID);
        assertThat(codes(with("3309111203850001", "29-02-1984", "L"))).doesNotContain(ProblemCode.BIRTHDATE_INVALID);
    }

    @Test
    void twoDigitYearsTakeTheCenturyThatKeepsThePersonBornAndUnder120() {
        assertThat(new Nik("3309110101250001").birthDate(TODAY)).contains(LocalDate.of(2025, 1, 1));
        assertThat(new Nik("3309110101270001").birthDate(TODAY)).contains(LocalDate.of(1927, 1, 1));
        assertThat(new Nik("3309112311260001").birthDate(TODAY)).contains(LocalDate.of(2026, 11, 23));
        assertThat(new Nik("3309112411260001").birthDate(TODAY)).contains(LocalDate.of(1926, 11, 24));
        assertThat(new Nik("3309111201060001").birthDate(TODAY)).contains(LocalDate.of(2006, 1, 12));
        assertThat(new Nik("3309112902000001").birthDate(LocalDate.of(2026, 1, 1))).contains(LocalDate.of(2000, 2, 29));
    }

    @Test
    void anOldRegionCodeInTheNikIsAWarningOnly() {
        CheckedPerson checked = rules.check(with("3309991203850001", "1985-03-12", "L"), TODAY);
        assertThat(checked.problems()).extracting(Problem::code).containsExactly(ProblemCode.NIK_REGION_UNKNOWN);
        assertThat(checked.hasErrors()).isFalse();
        assertThat(checked.hasWarnings()).isTrue();
        assertThat(checked.nik()).isEqualTo("3309991203850001");
    }

    @Test
    void aNikDateOtherThanTheBirthDateIsAWarningOnly() {
        CheckedPerson checked = rules.check(with("3309111203850001", "1985-03-13", "L"), TODAY);
        assertThat(checked.problems()).extracting(Problem::code).containsExactly(ProblemCode.NIK_BIRTHDATE_MISMATCH);
        assertThat(checked.hasErrors()).isFalse();
        assertThat(codes(with("3309111203860001", "1985-03-12", "L"))).containsExactly(ProblemCode.NIK_BIRTHDATE_MISMATCH);
    }

    @Test
    void aNikSexOtherThanTheStatedSexIsAWarningOnly() {
        assertThat(codes(with("3309115203850002", "1985-03-12", "L"))).containsExactly(ProblemCode.NIK_SEX_MISMATCH);
        assertThat(codes(with("3309111203850001", "1985-03-12", "P"))).containsExactly(ProblemCode.NIK_SEX_MISMATCH);
        assertThat(ProblemCode.NIK_SEX_MISMATCH.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void kkRegionNameAndBirthDateErrors() {
        PersonInput p = valid();
        PersonInput bad = new PersonInput(p.nik(), "33091120011", " ", p.tempatLahir(), "kemarin", "X", "TETANGGA",
                p.agama(), p.pendidikan(), p.pekerjaan(), p.statusPerkawinan(), p.disabilitas(), "99.99.99.9999",
                p.alamat(), "0003", p.rw(), "banyak");
        assertThat(codes(bad)).contains(ProblemCode.KK_INVALID, ProblemCode.NAME_MISSING,
                ProblemCode.BIRTHDATE_INVALID, ProblemCode.SEX_INVALID, ProblemCode.RELATIONSHIP_INVALID,
                ProblemCode.REGION_UNKNOWN, ProblemCode.VALUE_TOO_LONG, ProblemCode.INCOME_INVALID);
        assertThat(codes(with(p.nik(), "2027-01-01", "L"))).contains(ProblemCode.BIRTHDATE_FUTURE);
        assertThat(codes(with(p.nik(), "1899-12-31", "L"))).contains(ProblemCode.BIRTHDATE_INVALID);
    }

    @Test
    void bothDateLayoutsAreRead() {
        assertThat(RegistryRules.parseDate("12-03-1985")).contains(LocalDate.of(1985, 3, 12));
        assertThat(RegistryRules.parseDate("1985-03-12")).contains(LocalDate.of(1985, 3, 12));
        assertThat(RegistryRules.parseDate("12/03/1985")).isEmpty();
        assertThat(RegistryRules.parseDate("31-04-1985")).isEmpty();
    }

    @Test
    void theNikIsMaskedForDisplay() {
        assertThat(new Nik("3309111203850001").masked()).isEqualTo("3309**********01");
        assertThat(new Nik("3309111203850001").districtCode()).isEqualTo("33.09.11");
    }
}

package id.kesos.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsTenToSixtyFourCharacters() {
        assertThat(PasswordPolicy.problem("sepuluh-ok", "budi")).isEmpty();
        assertThat(PasswordPolicy.problem("a".repeat(64), "budi")).isEmpty();
    }

    @Test
    void refusesShortLongBlankAndUsernamePasswords() {
        assertThat(PasswordPolicy.problem("sembilan9", "budi")).contains("password.tooShort");
        assertThat(PasswordPolicy.problem(null, "budi")).contains("password.tooShort");
        assertThat(PasswordPolicy.problem("a".repeat(65), "budi")).contains("password.tooLong");
        assertThat(PasswordPolicy.problem("petugas.dinsos", "Petugas.Dinsos")).contains("password.sameAsUsername");
        assertThat(PasswordPolicy.problem(" ".repeat(12), "budi")).contains("password.blank");
    }
}

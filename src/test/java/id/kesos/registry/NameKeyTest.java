package id.kesos.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void theMuhammadFamilyMeets() {
        String key = NameKey.of("Muhammad Rizki");
        assertThat(NameKey.of("Muhamad Rizki")).isEqualTo(key);
        assertThat(NameKey.of("Mohammad Rizki")).isEqualTo(key);
        assertThat(NameKey.of("MOCHAMMAD RIZKI")).isEqualTo(key);
        assertThat(NameKey.of("Moh. Rizki")).isEqualTo(key);
        assertThat(NameKey.of("Muh Rizky")).isNotEqualTo(key);
    }

    @Test
    void oldSpellingMeetsTheNewOne() {
        assertThat(NameKey.of("Djoko Soesilo")).isEqualTo(NameKey.of("Joko Susilo"));
        assertThat(NameKey.of("Tjandra")).isEqualTo(NameKey.of("Candra"));
        assertThat(NameKey.of("Soekarno")).isEqualTo(NameKey.of("Sukarno"));
        assertThat(NameKey.of("Chairul Anwar")).isEqualTo(NameKey.of("Khairul Anwar"));
        assertThat(NameKey.of("Sjahrir")).isEqualTo(NameKey.of("Syahrir"));
        assertThat(NameKey.of("Soenjoto")).isEqualTo(NameKey.of("Sunyoto"));
    }

    @Test
    void doubledLettersFinalHAndAccentsFade() {
        assertThat(NameKey.of("Siti Fatimah")).isEqualTo(NameKey.of("siti fatima"));
        assertThat(NameKey.of("Annisa")).isEqualTo(NameKey.of("Anisa"));
        assertThat(NameKey.of("  Dewi   Sartika ")).isEqualTo("dewi sartika");
        assertThat(NameKey.of("Andréa")).isEqualTo("andrea");
        assertThat(NameKey.of(null)).isEmpty();
    }

    @Test
    void anythingButLettersSeparatesWords() {
        assertThat(NameKey.of("Siti-Nur'aini 2")).isEqualTo("siti nur aini");
        assertThat(NameKey.of("İBRAHIM")).isEqualTo("ibrahim");
        assertThat(NameKey.of("Budi\uD83D\uDE00Santoso")).isEqualTo("budi santoso");
        assertThat(NameKey.of("Ah Oh")).isEqualTo("ah oh");
        assertThat(NameKey.of("Sjahh")).isEqualTo("sya");
        assertThat(NameKey.of("...")).isEmpty();
    }
}

package id.kesos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeSummaryTest {

    @Test
    void listsOnlyChangedFieldsAndHidesSecrets() {
        String summary = new ChangeSummary()
                .field("name", "Lama", "Baru")
                .field("active", true, true)
                .field("unitId", null, 5L)
                .secret("password", true)
                .toString();
        assertThat(summary).isEqualTo("name: \"Lama\" -> \"Baru\"; unitId: null -> 5; password: diubah");
    }

    @Test
    void isEmptyWhenNothingChanged() {
        assertThat(new ChangeSummary().field("name", "A", "A").secret("password", false).isEmpty()).isTrue();
    }
}

package id.kesos.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionLevelTest {

    @Test
    void tellsTheLevelByTheShapeOfTheCode() {
        assertThat(RegionLevel.ofCode("33")).isEqualTo(RegionLevel.PROVINCE);
        assertThat(RegionLevel.ofCode("33.09")).isEqualTo(RegionLevel.REGENCY);
        assertThat(RegionLevel.ofCode("33.09.11")).isEqualTo(RegionLevel.DISTRICT);
        assertThat(RegionLevel.ofCode("33.09.11.2004")).isEqualTo(RegionLevel.VILLAGE);
        assertThat(RegionLevel.ofCode("330911")).isNull();
        assertThat(RegionLevel.ofCode("33.9")).isNull();
        assertThat(RegionLevel.ofCode("33.09.11.204")).isNull();
        assertThat(RegionLevel.ofCode(null)).isNull();
    }
}

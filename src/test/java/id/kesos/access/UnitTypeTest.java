package id.kesos.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.kesos.region.RegionLevel;
import org.junit.jupiter.api.Test;

class UnitTypeTest {

    @Test
    void governmentUnitsGovernATerritoryOfTheirLevel() {
        assertThat(UnitType.DINAS_PROVINSI.regionLevel()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(UnitType.DINAS_KABKOTA.regionLevel()).isEqualTo(RegionLevel.REGENCY);
        assertThat(UnitType.KECAMATAN.regionLevel()).isEqualTo(RegionLevel.DISTRICT);
        assertThat(UnitType.DESA.territoryRequired()).isTrue();
        assertThat(UnitType.SENTRA.territoryRequired()).isFalse();
        assertThat(UnitType.SENTRA.addressOnly()).isTrue();
        assertThat(UnitType.KEMENTERIAN.regionLevel()).isNull();
    }

    @Test
    void theTreeFollowsTheAdministration() {
        assertThat(UnitType.KEMENTERIAN.childTypes()).contains(UnitType.SENTRA, UnitType.DINAS_PROVINSI);
        assertThat(UnitType.DINAS_KABKOTA.childTypes()).contains(UnitType.KECAMATAN).doesNotContain(UnitType.DESA);
        assertThat(UnitType.KECAMATAN.childTypes()).contains(UnitType.DESA);
        assertThat(UnitType.DESA.childTypes()).isEmpty();
    }

    @Test
    void aScopeHoldsItsSubtreeOnly() {
        UnitScope boyolali = new UnitScope(5, "1/4/5/");
        assertThat(boyolali.contains("1/4/5/")).isTrue();
        assertThat(boyolali.contains("1/4/5/6/7/")).isTrue();
        assertThat(boyolali.contains("1/4/")).isFalse();
        assertThat(boyolali.contains("1/4/50/")).isFalse();
        assertThat(boyolali.contains(null)).isFalse();
    }
}

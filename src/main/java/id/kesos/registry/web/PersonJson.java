package id.kesos.registry.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.kesos.registry.PersonInput;
import id.kesos.registry.PersonView;
import java.util.List;

/** A person in the API, its fields named like the import columns. */
record PersonJson(
        Long id,
        String nik,
        @JsonProperty("no_kk") String noKk,
        String nama,
        @JsonProperty("tempat_lahir") String tempatLahir,
        @JsonProperty("tanggal_lahir") String tanggalLahir,
        @JsonProperty("jenis_kelamin") String jenisKelamin,
        @JsonProperty("hubungan_keluarga") String hubunganKeluarga,
        String agama,
        String pendidikan,
        String pekerjaan,
        @JsonProperty("status_perkawinan") String statusPerkawinan,
        String disabilitas,
        @JsonProperty("kode_wilayah") String kodeWilayah,
        String alamat,
        String rt,
        String rw,
        @JsonProperty("penghasilan_bulanan") String penghasilanBulanan,
        @JsonProperty("status_verifikasi") String statusVerifikasi,
        @JsonProperty("peringatan") List<String> peringatan,
        Boolean aktif,
        Integer version) {

    static PersonJson of(PersonView person, String shownNik) {
        PersonInput p = person.input();
        return new PersonJson(person.id(), shownNik, p.noKk(), p.nama(), p.tempatLahir(), p.tanggalLahir(),
                p.jenisKelamin(), p.hubunganKeluarga(), p.agama(), p.pendidikan(), p.pekerjaan(),
                p.statusPerkawinan(), p.disabilitas(), p.kodeWilayah(), p.alamat(), p.rt(), p.rw(),
                p.penghasilanBulanan(), person.verificationStatus().name(),
                person.warnings().stream().map(Enum::name).toList(), person.active(), person.version());
    }

    PersonInput input() {
        return new PersonInput(nik, noKk, nama, tempatLahir, tanggalLahir, jenisKelamin, hubunganKeluarga, agama,
                pendidikan, pekerjaan, statusPerkawinan, disabilitas, kodeWilayah, alamat, rt, rw, penghasilanBulanan);
    }
}

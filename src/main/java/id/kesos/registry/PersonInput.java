package id.kesos.registry;

/**
 * A person as typed in a form, sent to the API or read from an import row: every value still a
 * string, named after the import columns
 * ({@code nik,no_kk,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,hubungan_keluarga,agama,
 * pendidikan,pekerjaan,status_perkawinan,disabilitas,kode_wilayah,alamat,rt,rw,penghasilan_bulanan}).
 */
public record PersonInput(String nik, String noKk, String nama, String tempatLahir, String tanggalLahir,
        String jenisKelamin, String hubunganKeluarga, String agama, String pendidikan, String pekerjaan,
        String statusPerkawinan, String disabilitas, String kodeWilayah, String alamat, String rt, String rw,
        String penghasilanBulanan) {}

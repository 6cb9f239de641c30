import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a synthetic DTKS-like beneficiary file for the import benchmarks of Kesos: households of
 * 1-7 people sharing a KK, NIKs built like the civil registry's, Indonesian names, and a chosen
 * share of defective rows (errors) and rows to verify (warnings). Streams; needs only the JDK.
 *
 * <pre>
 * java bench/GenerateDtks.java --rows 1000000 --defects 0.05 --seed 42 --out target/bench/dtks-1m.csv \
 *      [--queries target/bench/names-1k.txt --query-count 1000] [--labels FILE] [--warnings SHARE] \
 *      [--regions src/main/resources/regions] [--today YYYY-MM-DD]
 * </pre>
 *
 * See bench/README.md.
 */
public final class GenerateDtks {

    static final String HEADER = "nik,no_kk,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,hubungan_keluarga,agama,"
            + "pendidikan,pekerjaan,status_perkawinan,disabilitas,kode_wilayah,alamat,rt,rw,penghasilan_bulanan";

    static final String USAGE = """
            usage: java bench/GenerateDtks.java --rows N --defects SHARE --seed N --out FILE
                     [--warnings SHARE]            share of valid rows with a warning (default: defects / 2)
                     [--queries FILE --query-count N]  also write N misspelled search names
                     [--labels FILE]               also write row,kind for every defective or warning row
                     [--regions DIR]               region lists (default: src/main/resources/regions)
                     [--today YYYY-MM-DD]          reference date (default: today)""";

    // ---------------------------------------------------------------- problem kinds

    static final String[] DEFECTS = {"NIK_LENGTH", "NIK_DIGITS", "NIK_BIRTHDATE_INVALID", "NIK_SERIAL_ZERO",
        "NIK_DUPLICATE", "KK_INVALID", "REGION_UNKNOWN", "NAME_MISSING", "BIRTHDATE_INVALID", "BIRTHDATE_FUTURE"};
    static final int D_NIK_LENGTH = 0, D_NIK_DIGITS = 1, D_NIK_DATE = 2, D_NIK_SERIAL = 3, D_NIK_DUPLICATE = 4,
            D_KK = 5, D_REGION = 6, D_NAME = 7, D_BIRTH_INVALID = 8, D_BIRTH_FUTURE = 9;

    static final String[] WARNINGS = {"NIK_REGION_UNKNOWN", "NIK_BIRTHDATE_MISMATCH", "NIK_SEX_MISMATCH"};
    static final int W_REGION = 0, W_DATE = 1, W_SEX = 2;

    // ---------------------------------------------------------------- value lists

    static final String[] ROLES = {"KEPALA_KELUARGA", "SUAMI", "ISTRI", "ANAK", "MENANTU", "CUCU", "ORANG_TUA",
        "MERTUA", "FAMILI_LAIN", "LAINNYA"};
    static final int KEPALA = 0, SUAMI = 1, ISTRI = 2, ANAK = 3, MENANTU = 4, CUCU = 5, ORANG_TUA = 6, MERTUA = 7,
            FAMILI = 8, LAINNYA = 9;
    static final String[] RELIGIONS = {"ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU", "KEPERCAYAAN"};
    static final String[] EDUCATION = {"TIDAK_SEKOLAH", "SD", "SMP", "SMA", "D3", "S1"};
    static final int TIDAK_SEKOLAH = 0, SD = 1, SMP = 2, SMA = 3, D3 = 4, S1 = 5;
    static final String[] MARITAL = {"BELUM_KAWIN", "KAWIN", "CERAI_HIDUP", "CERAI_MATI"};
    static final int BELUM = 0, KAWIN = 1, CERAI_HIDUP = 2, CERAI_MATI = 3;
    static final String[] DISABILITY = {"FISIK", "SENSORIK", "INTELEKTUAL", "MENTAL", "GANDA"};
    static final int[] DISABILITY_WEIGHTS = {40, 25, 12, 13, 10};

    static final String PETANI = "PETANI", BURUH = "BURUH_HARIAN_LEPAS", PEDAGANG = "PEDAGANG",
            IRT = "MENGURUS_RUMAH_TANGGA", PELAJAR = "PELAJAR", TIDAK_BEKERJA = "TIDAK_BEKERJA",
            WIRASWASTA = "WIRASWASTA", NELAYAN = "NELAYAN", KARYAWAN = "KARYAWAN_SWASTA", PENSIUNAN = "PENSIUNAN";
    static final String[] JOBS_MEN = {PETANI, BURUH, PEDAGANG, WIRASWASTA, NELAYAN, KARYAWAN, TIDAK_BEKERJA};
    static final int[] JOBS_MEN_W = {28, 30, 10, 10, 4, 8, 10};
    static final String[] JOBS_WOMEN = {IRT, PETANI, BURUH, PEDAGANG, WIRASWASTA, KARYAWAN, TIDAK_BEKERJA};
    static final int[] JOBS_WOMEN_W = {50, 12, 12, 12, 5, 4, 5};
    static final String[] JOBS_OLD = {TIDAK_BEKERJA, PETANI, PENSIUNAN, IRT, PEDAGANG};
    static final int[] JOBS_OLD_W = {50, 25, 5, 15, 5};

    // Name cultures: who lives where, which religion, which names.
    static final int JAVA = 0, SUNDA = 1, MALAY = 2, BALI = 3, BATAK = 4, MINAHASA = 5, EAST = 6, CHINESE = 7;
    /** Religion weights (per mille, in the order of RELIGIONS) per culture. */
    static final int[][] RELIGION_W = {
        {955, 20, 15, 3, 3, 0, 4},   // JAVA
        {985, 9, 3, 0, 1, 0, 2},     // SUNDA
        {965, 20, 10, 2, 3, 0, 0},   // MALAY
        {15, 10, 5, 965, 5, 0, 0},   // BALI
        {250, 650, 95, 0, 0, 0, 5},  // BATAK
        {60, 860, 75, 0, 5, 0, 0},   // MINAHASA
        {80, 520, 395, 0, 0, 0, 5},  // EAST
        {20, 250, 150, 0, 420, 150, 10}, // CHINESE
    };

    static final String[] M_OLD_JAVA = {"Slamet", "Sutrisno", "Sukirno", "Tukiman", "Paijo", "Sarjono", "Mulyono",
        "Suparman", "Warsito", "Darmo", "Sastro", "Karto", "Wiryo", "Kasmin", "Ngadimin", "Sukardi", "Suwarno",
        "Suyitno", "Parno", "Kromo", "Suharto", "Sudarsono", "Sumardi", "Juwari", "Kusno", "Marjuki", "Sarno",
        "Tarmuji", "Wagiman", "Ngatimin", "Sukarjo", "Paiman", "Jumadi", "Sugiyo", "Rejo", "Karno", "Sukarno",
        "Cipto", "Yatno", "Jayus"};
    static final String[] M_MID_JAVA = {"Agus", "Budi", "Eko", "Joko", "Wahyu", "Bambang", "Hadi", "Heru", "Iwan",
        "Rudi", "Andi", "Dedi", "Arif", "Hendra", "Teguh", "Sugeng", "Yudi", "Cahyo", "Anton", "Edi", "Bagus",
        "Yoyok", "Didik", "Gatot", "Hari", "Imam", "Slamet", "Supriyadi", "Sutrisno", "Purwanto", "Haryanto",
        "Priyanto", "Mujiono", "Ahmad", "Abdul", "Rahmat", "Nur", "Sigit", "Dwi", "Tri", "Yusuf", "Ali", "Anang",
        "Tjahjo", "Rudy", "Achmad", "Hasan", "Joni", "Sunaryo", "Wiyono"};
    static final String[] M_YOUNG_JAVA = {"Rizki", "Dimas", "Fajar", "Bayu", "Aditya", "Rafi", "Farhan", "Alif",
        "Naufal", "Raka", "Dafa", "Arkan", "Galih", "Yoga", "Bagus", "Andika", "Reza", "Ilham", "Akbar", "Rehan",
        "Fikri", "Wahyu", "Dani", "Angga", "Hafiz", "Rizal", "Satria", "Zidan", "Danendra", "Abimanyu", "Rizky",
        "Yusuf", "Hanif", "Kevin", "Aldi", "Fadil"};
    static final String[] F_OLD_JAVA = {"Suharti", "Tumini", "Sukini", "Paini", "Wartini", "Sulastri", "Suparmi",
        "Sumiati", "Ngatini", "Painem", "Tukinem", "Sutinah", "Warsini", "Kasmi", "Sarmi", "Mijem", "Sainem",
        "Parinem", "Juminah", "Poniyem", "Sumirah", "Kartini", "Marsinah", "Tuginah", "Jumiati", "Sumarni",
        "Ngadiyem", "Sukarti", "Rubiyem", "Wagirah"};
    static final String[] F_MID_JAVA = {"Sri", "Siti", "Dewi", "Rina", "Nur", "Ani", "Yanti", "Eni", "Endang",
        "Lestari", "Wulan", "Ratna", "Tuti", "Yuli", "Dian", "Wahyuni", "Kartini", "Mulyani", "Umi", "Nining",
        "Sulis", "Tri", "Dwi", "Retno", "Wiwik", "Titik", "Yuni", "Eka", "Rini", "Puji", "Sumarni", "Suryani",
        "Siti", "Sri", "Annisa", "Fitria"};
    static final String[] F_YOUNG_JAVA = {"Nabila", "Salsabila", "Zahra", "Aulia", "Putri", "Anisa", "Aisyah",
        "Keisha", "Nayla", "Alya", "Citra", "Dinda", "Intan", "Nadia", "Amelia", "Fitri", "Indah", "Ayu", "Dewi",
        "Siti", "Nur", "Laras", "Rara", "Shinta", "Kirana", "Anindya", "Safira", "Azzahra", "Khansa", "Adinda"};
    static final String[] M_SECOND_JAVA = {"Santoso", "Wibowo", "Setiawan", "Hidayat", "Saputra", "Pratama",
        "Kurniawan", "Nugroho", "Susanto", "Purnomo", "Gunawan", "Hartono", "Prasetyo", "Wijaya", "Siswanto",
        "Sulistyo", "Rahman", "Hakim", "Maulana", "Firmansyah", "Ramadhan", "Syahputra", "Sutrisno", "Haryono",
        "Cahyono", "Suryadi", "Riyadi", "Mulyadi", "Hermawan", "Iskandar", "Prakoso", "Utomo", "Widodo",
        "Sugiarto", "Wahyudi", "Setyawan", "Nurhadi", "Budiman", "Permana", "Saputro", "Hidajat", "Oetomo"};
    static final String[] F_SECOND_JAVA = {"Aminah", "Rahayu", "Lestari", "Wati", "Handayani", "Wulandari",
        "Purwanti", "Susanti", "Sari", "Kurniasih", "Fatimah", "Maryati", "Hartati", "Nurhayati", "Suryani",
        "Yuliani", "Rahmawati", "Safitri", "Anggraini", "Puspitasari", "Setyowati", "Khasanah", "Jannah", "Azizah",
        "Wahyuni", "Mulyani", "Utami", "Pertiwi", "Ningsih", "Kusumawati", "Astuti", "Nurjanah", "Fauziah",
        "Kholifah", "Rochmah"};

    static final String[] M_SUNDA = {"Asep", "Ujang", "Dadang", "Cecep", "Ade", "Yayan", "Dedi", "Encep", "Aang",
        "Entis", "Oman", "Odih", "Endang", "Ridwan", "Yusuf", "Deden", "Tatang", "Jajang", "Dede", "Iwan", "Agus",
        "Rizki", "Farhan", "Rangga", "Dimas", "Usep", "Atep", "Engkus"};
    static final String[] M_SECOND_SUNDA = {"Supriatna", "Saepudin", "Sopian", "Hermawan", "Kurniawan", "Hidayat",
        "Sumarna", "Suryana", "Permana", "Mulyana", "Setiawan", "Gunawan", "Rusmana", "Sukmana", "Nugraha",
        "Firmansyah", "Ramdani", "Hidayatulloh", "Saputra", "Maulana", "Sobari", "Kusnadi"};
    static final String[] F_SUNDA = {"Euis", "Neneng", "Imas", "Lilis", "Iis", "Entin", "Enok", "Popon", "Nining",
        "Cucu", "Yeni", "Nani", "Tati", "Elis", "Dede", "Rina", "Siti", "Nurul", "Resti", "Rika", "Nabila", "Salsa",
        "Putri", "Anisa", "Teti", "Oom"};
    static final String[] F_SECOND_SUNDA = {"Nurhasanah", "Kurniasih", "Rohaeti", "Komariah", "Sumiati", "Rahayu",
        "Maryani", "Herawati", "Rosita", "Suryani", "Nurhayati", "Fitriani", "Sulastri", "Kartika", "Rahmawati",
        "Aisyah", "Nurlela"};

    static final String[] M_MALAY = {"Ahmad", "Abdul", "Syahrul", "Zulkifli", "Rusli", "Hamzah", "Ismail", "Yusri",
        "Firdaus", "Amir", "Basri", "Hasanuddin", "Andi", "Jufri", "Arsyad", "Darwis", "Syamsul", "Zainal", "Rahmat",
        "Ma'ruf", "Nasrul", "Herman", "Irwan", "Jamaluddin", "Fadli", "Rizal", "Akbar", "Ilham", "Yusuf", "Taufik",
        "Khairul", "Safaruddin", "Muhammad", "Rahmad", "Iskandar", "Syafii"};
    static final String[] M_SECOND_MALAY = {"Rahman", "Hamid", "Effendi", "Syam", "Saleh", "Yusuf", "Harun", "Idris",
        "Basri", "Usman", "Hasan", "Kadir", "Latif", "Ramli", "Syarif", "Abdullah", "Zakaria", "Mansur",
        "Syahputra", "Ibrahim", "Halim", "Muis", "Tahir", "Arifin", "Daeng", "Hamzah", "Sjahrir"};
    static final String[] F_MALAY = {"Nurhayati", "Rosmiati", "Zainab", "Halimah", "Rahmawati", "Nurul", "Fatimah",
        "Hasnah", "Rosnani", "Syarifah", "Nurjannah", "Rabiah", "Juliana", "Mariana", "Siti", "Nur", "Wati",
        "Yusnita", "Asmah", "Hasmiah", "Rismawati", "Sitti", "Andi", "Dahlia", "Khadijah", "Aisyah", "Nabila",
        "Putri", "Maimunah"};
    static final String[] F_SECOND_MALAY = {"Aini", "Hayati", "Fitri", "Wahyuni", "Ningsih", "Sari", "Yanti",
        "Astuti", "Rahmi", "Hasanah", "Zahara", "Ulfa", "Salmah", "Kalsum", "Hafsah"};

    static final String[] BALI_ORDER = {"Wayan", "Made", "Nyoman", "Ketut"};
    static final String[] BALI_ORDER_ALT = {"Putu", "Kadek", "Komang", "Ketut"};
    static final String[] M_BALI = {"Sudarma", "Suarta", "Artawan", "Wirawan", "Budiasa", "Sukadana", "Suweta",
        "Mertayasa", "Adnyana", "Wiradana", "Sukarta", "Wijaya", "Sutama", "Arsana", "Suparta", "Darmawan",
        "Astawa", "Putra", "Sudiarta", "Swastika", "Gunawan", "Antara"};
    static final String[] F_BALI = {"Sari", "Ayu", "Suartini", "Sukerti", "Wartini", "Sukarmi", "Ariani", "Dewi",
        "Sriasih", "Suarni", "Widiastuti", "Sukasih", "Astiti", "Rusmini", "Marheni", "Yuniarti", "Lestari",
        "Purnamasari", "Puspayanti"};

    static final String[] MARGA = {"Siregar", "Nasution", "Harahap", "Lubis", "Simanjuntak", "Sitompul",
        "Hutagalung", "Panjaitan", "Sinaga", "Situmorang", "Pardede", "Manurung", "Tampubolon", "Sihombing",
        "Silalahi", "Simatupang", "Hutapea", "Pasaribu", "Sitorus", "Napitupulu", "Sianturi", "Simbolon", "Purba",
        "Saragih", "Ginting", "Tarigan", "Sembiring", "Sitepu", "Damanik", "Hasibuan"};
    static final String[] M_BATAK = {"Maruli", "Lamhot", "Marihot", "Parulian", "Tigor", "Hotman", "Bonar", "Binsar",
        "Daniel", "Johannes", "Jonggi", "Sahat", "Poltak", "Togar", "Jhonson", "Ronald", "Roy", "Martin", "Benny",
        "Saut", "Rudolf", "Halomoan", "Andreas", "Samuel", "Yosua", "Kevin"};
    static final String[] F_BATAK = {"Tiurma", "Rosmawati", "Rotua", "Sondang", "Hotmaida", "Lasma", "Rumondang",
        "Nurmala", "Dame", "Ruth", "Lenny", "Rosdiana", "Mariani", "Tiominar", "Rosintan", "Erna", "Debora",
        "Grace", "Yohana", "Christina", "Nova", "Sarah", "Lestari"};

    static final String[] FAM_MINAHASA = {"Wenas", "Lumentut", "Rumengan", "Kaunang", "Mandagi", "Pangemanan",
        "Tumbelaka", "Sondakh", "Lasut", "Rondonuwu", "Sumual", "Warouw", "Wuisan", "Runtuwene", "Kalalo", "Rompas",
        "Pandeiroot", "Tambuwun", "Mamahit", "Najoan", "Supit", "Lengkong", "Tumewu", "Walangitan"};
    static final String[] M_MINAHASA = {"Jefri", "Stevanus", "Ronald", "Frangky", "Hendrik", "Jantje", "Max",
        "Arnold", "Johny", "Roy", "Herry", "Alfrets", "Marthen", "Recky", "Vecky", "Noldy", "Jerry", "Fernando",
        "Gerald", "Christian"};
    static final String[] F_MINAHASA = {"Meiske", "Olvie", "Vivi", "Jeane", "Femmy", "Lenny", "Grace", "Yuliana",
        "Deisy", "Sisca", "Novita", "Marlyn", "Ivone", "Jenny", "Stella", "Angelica", "Christie", "Natalia",
        "Winda"};

    static final String[] FAM_EAST = {"Fernandez", "Da Costa", "Ndun", "Lado", "Tefa", "Bana", "Wenda", "Kogoya",
        "Tabuni", "Wonda", "Rumbiak", "Mansoben", "Kambu", "Yoku", "Pattinama", "Tuhumury", "Sahetapy", "Wattimena",
        "Lewerissa", "Latumahina", "Manafe", "Nenobais", "Tanesib", "Bili", "Ratu", "Kolo", "Nahak", "Seran", "Bere",
        "Mau"};
    static final String[] M_EAST = {"Yohanes", "Yosef", "Agustinus", "Fransiskus", "Petrus", "Yakobus", "Markus",
        "Paulus", "Stefanus", "Yulius", "Yohanis", "Marthinus", "Aloysius", "Bernardus", "Dominikus", "Kornelis",
        "Simon", "Lukas", "Yermias", "Obet", "Frits", "Melkianus"};
    static final String[] F_EAST = {"Maria", "Martha", "Elisabeth", "Margaretha", "Yuliana", "Theresia", "Agustina",
        "Fransiska", "Katarina", "Yohana", "Veronika", "Bernadeta", "Magdalena", "Selfina", "Yakoba", "Ester",
        "Dorkas", "Debora", "Naomi", "Sarlota", "Rosalia"};

    static final String[] SURNAME_CHINESE = {"Tan", "Lim", "Liem", "Oey", "Tjoa", "Go", "The", "Ong", "Kwee",
        "Tjhin", "Lie", "Gouw", "Khoe", "Njoo", "Sie"};
    static final String[] SYLLABLE_CHINESE = {"Sioe", "Hong", "Swie", "Kiem", "Lian", "Tjeng", "Hoa", "Ing", "Bwee",
        "Giok", "Lan", "Hwa", "King", "Tjoen", "Djie", "Kok", "Liong", "Tjoe", "Siang", "Boen", "Hok", "Mei", "Nio",
        "Tien"};
    static final String[] FAM_CHINESE = {"Wijaya", "Gunawan", "Halim", "Salim", "Kusuma", "Sutanto", "Tanoto",
        "Santoso", "Hartono", "Setiawan", "Tanuwijaya", "Lukito", "Widjaja", "Tjandra", "Susilo", "Hadinata",
        "Kurniawan", "Limanto", "Tanujaya", "Wongso"};
    static final String[] M_CHINESE = {"Hendra", "Andreas", "Steven", "Kevin", "Budi", "Edi", "Hendrik", "Felix",
        "William", "Jonathan", "Michael", "Yohanes", "Ricky", "Willy", "Handoko", "Sugianto"};
    static final String[] F_CHINESE = {"Lily", "Lanny", "Susan", "Melinda", "Jessica", "Stephanie", "Vivian", "Linda",
        "Yuliana", "Fenny", "Meilani", "Cindy", "Veronica", "Angela", "Merry", "Lisa", "Sherly"};

    static final String[] MUHAMMAD = {"Muhammad", "Muhammad", "Muhammad", "Muhammad", "Muhamad", "Mohammad",
        "Mochammad", "Moh.", "M.", "Muh.", "Mohamad", "Muchammad"};
    static final String[] MUHAMMAD_QUERY = {"Muhammad", "Muhamad", "Mohammad", "Mochammad", "Moh.", "Muh.",
        "Mohamad", "Mochamad"};
    static final Set<String> MUHAMMAD_FORMS = Set.of("muhammad", "muhamad", "mohammad", "mochammad", "moh", "m",
        "muh", "mohamad", "muchammad", "mochamad", "mhd");
    static final String[] DEGREE_S1 = {", S.Pd.", ", S.E.", ", S.H.", ", S.Pd.I", ", S.Kom.", ", S.Ag.", ", S.Sos.",
        ", S.T."};

    static final String[] STREETS = {"Melati", "Mawar", "Kenanga", "Anggrek", "Cempaka", "Flamboyan", "Merdeka",
        "Diponegoro", "Sudirman", "Ahmad Yani", "Gajah Mada", "Pahlawan", "Veteran", "Kartini", "Pemuda",
        "Imam Bonjol", "Hasanuddin", "Teuku Umar", "Pattimura", "Sisingamangaraja", "Gatot Subroto",
        "Slamet Riyadi", "Cendana", "Kamboja", "Dahlia", "Nusantara", "Sultan Agung", "Kyai Mojo", "Pramuka",
        "Sekolah", "Masjid", "Pasar Baru", "Kebon Jeruk", "Rambutan", "Manggis"};
    static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    static final String[] PERUM = {"Griya Asri", "Perumnas", "Bumi Indah", "Villa Permata", "Griya Permai",
        "Taman Sari", "Puri Mas", "Graha Mulya"};
    static final String[] DUSUN_JAVA = {"Krajan", "Karanganyar", "Sidomulyo", "Sumbersari", "Kebonagung", "Ngasem",
        "Tegalrejo", "Wonosari", "Sukorejo", "Gedangan", "Kedungdowo", "Pucung", "Mlaten", "Ngrandu", "Banjarsari",
        "Jetis", "Ngablak", "Plosokerep", "Sambirejo", "Tanjungsari", "Kauman", "Ngemplak", "Bendo", "Kalisari",
        "Tawangsari", "Gondang", "Kemiri", "Sidorejo"};
    static final String[] DUSUN_SUNDA = {"Sukamaju", "Sukamanah", "Cibodas", "Babakan", "Cikaret", "Pasirjaya",
        "Cigadung", "Sindangsari", "Margamulya", "Cijambu", "Sukarame", "Cisalak", "Pasirhalang", "Cilimus",
        "Bojong", "Ciherang"};
    static final String[] BANJAR_BALI = {"Kaja", "Kelod", "Tengah", "Kangin", "Kauh", "Anyar", "Pande",
        "Dangin Pangkung", "Dauh Puri"};
    static final String[] DUSUN_OTHER = {"Sukajadi", "Mekar Sari", "Suka Damai", "Tanjung", "Padang", "Sungai Baru",
        "Kampung Baru", "Sumber Rejo", "Harapan Jaya", "Karya Bakti", "Pasar", "Lestari", "Bukit Indah"};

    // ---------------------------------------------------------------- options

    static final class Options {
        long rows = -1;
        double defects = -1;
        double warnings = -1;
        Long seed;
        Path out;
        Path queries;
        int queryCount = -1;
        Path labels;
        Path regions = Path.of("src", "main", "resources", "regions");
        LocalDate today = LocalDate.now();
    }

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("-h") || name.equals("--help")) {
                throw new IllegalArgumentException("");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + name);
            }
            String value = args[++i];
            try {
                switch (name) {
                    case "--rows" -> o.rows = Long.parseLong(value);
                    case "--defects" -> o.defects = Double.parseDouble(value);
                    case "--warnings" -> o.warnings = Double.parseDouble(value);
                    case "--seed" -> o.seed = Long.parseLong(value);
                    case "--out" -> o.out = Path.of(value);
                    case "--queries" -> o.queries = Path.of(value);
                    case "--query-count" -> o.queryCount = Integer.parseInt(value);
                    case "--labels" -> o.labels = Path.of(value);
                    case "--regions" -> o.regions = Path.of(value);
                    case "--today" -> o.today = LocalDate.parse(value);
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException("bad value for " + name + ": " + value);
            }
        }
        if (o.rows < 0 || o.defects < 0 || o.seed == null || o.out == null) {
            throw new IllegalArgumentException("--rows, --defects, --seed and --out are required");
        }
        if (o.warnings < 0) {
            o.warnings = Math.max(0, Math.min(o.defects / 2, 1 - o.defects));
        }
        if (o.defects > 1 || o.warnings > 1 || o.defects + o.warnings > 1) {
            throw new IllegalArgumentException("--defects plus --warnings must be a share between 0 and 1");
        }
        if (o.queries != null && o.queryCount < 0) {
            o.queryCount = 1000;
        }
        if (o.queries == null && o.queryCount >= 0) {
            throw new IllegalArgumentException("--query-count needs --queries FILE");
        }
        return o;
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println("error: " + e.getMessage());
            }
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        Regions regions;
        try {
            regions = Regions.load(options.regions);
        } catch (NoSuchFileException e) {
            System.err.println("error: region list not found: " + e.getFile()
                    + " (run from the project root or pass --regions DIR)");
            System.exit(2);
            return;
        }
        Generator generator = new Generator(options, regions);
        generator.run();
        generator.printSummary((System.nanoTime() - start) / 1e9);
    }

    // ---------------------------------------------------------------- regions

    static final class Regions {
        String[] villageCode;
        int[] villageDistrict;
        boolean[] villageUrban;
        Set<String> villages;
        String[] districtCode;
        int[] districtDigits;
        int[] districtRegency;
        boolean[] districtExists = new boolean[1_000_000];
        String[] regencyName;
        int[] regencyProvince;
        int[][] regencyDistricts;
        int[] biasVillages;

        static Regions load(Path dir) throws IOException {
            Regions r = new Regions();
            List<String[]> regencies = readCsv(dir.resolve("regencies.csv"), "code", "province_code", "name");
            Map<String, Integer> regencyIndex = new HashMap<>();
            r.regencyName = new String[regencies.size()];
            r.regencyProvince = new int[regencies.size()];
            for (int i = 0; i < regencies.size(); i++) {
                String[] row = regencies.get(i);
                regencyIndex.put(row[0], i);
                r.regencyProvince[i] = Integer.parseInt(row[1]);
                r.regencyName[i] = row[2].replaceFirst("^(Kabupaten|Kota)( Administrasi)? ", "");
            }
            List<String[]> districts = readCsv(dir.resolve("districts.csv"), "code", "regency_code", "name");
            Map<String, Integer> districtIndex = new HashMap<>();
            int n = districts.size();
            r.districtCode = new String[n];
            r.districtDigits = new int[n];
            r.districtRegency = new int[n];
            List<List<Integer>> byRegency = new ArrayList<>();
            for (int i = 0; i < r.regencyName.length; i++) {
                byRegency.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                String[] row = districts.get(i);
                String digits = row[0].replace(".", "");
                if (!digits.matches("\\d{6}")) {
                    throw new IOException("unexpected district code " + row[0]);
                }
                r.districtCode[i] = row[0];
                r.districtDigits[i] = Integer.parseInt(digits);
                r.districtExists[r.districtDigits[i]] = true;
                Integer regency = regencyIndex.get(row[1]);
                if (regency == null) {
                    throw new IOException("district " + row[0] + " of unknown regency " + row[1]);
                }
                r.districtRegency[i] = regency;
                byRegency.get(regency).add(i);
                districtIndex.put(row[0], i);
            }
            r.regencyDistricts = new int[byRegency.size()][];
            for (int i = 0; i < byRegency.size(); i++) {
                r.regencyDistricts[i] = byRegency.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
            List<String[]> villages = readCsv(dir.resolve("villages.csv"), "code", "district_code", "name");
            int m = villages.size();
            r.villageCode = new String[m];
            r.villageDistrict = new int[m];
            r.villageUrban = new boolean[m];
            r.villages = new HashSet<>(m * 2);
            int[] bias = new int[m];
            int biasCount = 0;
            for (int i = 0; i < m; i++) {
                String[] row = villages.get(i);
                Integer district = districtIndex.get(row[1]);
                if (district == null) {
                    throw new IOException("village " + row[0] + " of unknown district " + row[1]);
                }
                r.villageCode[i] = row[0];
                r.villageDistrict[i] = district;
                r.villageUrban[i] = row[0].length() == 13 && row[0].charAt(9) == '1';
                r.villages.add(row[0]);
                if (row[0].startsWith("33.") || row[0].startsWith("35.") || row[0].startsWith("32.")) {
                    bias[biasCount++] = i;
                }
            }
            r.biasVillages = Arrays.copyOf(bias, biasCount);
            return r;
        }
    }

    /** Reads an RFC 4180 file (quoted fields may hold commas, quotes and line breaks), header checked. */
    static List<String[]> readCsv(Path file, String... header) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String[]> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < n && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i < n && text.charAt(i) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields.toArray(new String[0]));
                fields.clear();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields.toArray(new String[0]));
        }
        if (records.isEmpty() || !Arrays.equals(Arrays.copyOf(records.get(0), header.length), header)) {
            throw new IOException(file + ": expected the header " + String.join(",", header));
        }
        List<String[]> rows = new ArrayList<>(records.size());
        for (String[] record : records.subList(1, records.size())) {
            if (record.length == 1 && record[0].isEmpty()) {
                continue;
            }
            if (record.length < header.length) {
                throw new IOException(file + ": short record " + String.join(",", record));
            }
            rows.add(record);
        }
        return rows;
    }

    // ---------------------------------------------------------------- serial counters

    /** Next serial per 16-digit prefix (district + date), in a compact open-addressing table. */
    static final class SerialCounter {
        long[] keys;
        short[] values;
        int size;
        int mask;

        SerialCounter(int capacity) {
            int cap = Integer.highestOneBit(Math.max(16, capacity) * 2 - 1);
            keys = new long[cap];
            values = new short[cap];
            mask = cap - 1;
        }

        /** The next serial 1-9999 for this key (never 0), or -1 when all are taken. */
        int next(long key) {
            int i = slot(key);
            while (true) {
                long k = keys[i];
                if (k == 0) {
                    keys[i] = key;
                    values[i] = 1;
                    if (++size * 10L > keys.length * 6L) {
                        grow();
                    }
                    return 1;
                }
                if (k == key) {
                    int v = values[i];
                    if (v >= 9999) {
                        return -1;
                    }
                    values[i] = (short) (v + 1);
                    return v + 1;
                }
                i = (i + 1) & mask;
            }
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        private void grow() {
            long[] oldKeys = keys;
            short[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new short[oldKeys.length * 2];
            mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != 0) {
                    int i = slot(oldKeys[j]);
                    while (keys[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    values[i] = oldValues[j];
                }
            }
        }
    }

    // ---------------------------------------------------------------- people

    static final class Person {
        int role;
        boolean female;
        int age;
        long birth;          // epoch day
        String name;
        int nikDistrict;     // index into the district list
        int religion;
        int education;
        String job;
        int marital;
        int disability = -1;
        long income = -1;    // -1: empty
        String birthPlace;
    }

    static final class Household {
        int village;
        int culture;
        String kk;
        String address;
        String rt;
        String rw;
        boolean upper;
        boolean dayFirst;
        int religion;
        String family;       // shared family element, or null
        final List<Person> members = new ArrayList<>(7);
    }

    // ---------------------------------------------------------------- generator

    static final class Generator {
        final Options o;
        final Regions g;
        final SplittableRandom rnd;
        final SplittableRandom qrnd;
        final LocalDate today;
        final long todayEpoch;
        final int currentYear;
        final SerialCounter nikSerials;
        final SerialCounter kkSerials;

        // exact numbers of defect and warning rows, drawn without replacement as rows go by
        final long[] defectLeft = new long[DEFECTS.length];
        final long[] warningLeft = new long[WARNINGS.length];
        long defectsLeft;
        long warningsLeft;
        final long[] defectCount = new long[DEFECTS.length];
        final long[] warningCount = new long[WARNINGS.length];
        long written;

        // the 16-digit NIKs of NIK_SERIAL_ZERO and NIK_BIRTHDATE_INVALID rows, kept unique too
        final Set<Long> defectNiks = new HashSet<>();

        // recent clean rows, for NIK_DUPLICATE
        static final int RING = 4096;
        final long[] ringNik = new long[RING];
        final long[] ringBirth = new long[RING];
        final String[] ringName = new String[RING];
        final boolean[] ringFemale = new boolean[RING];
        int ringSize;
        int ringNext;

        // reservoir of names for the queries
        final String[] reservoir;
        long namesSeen;

        final StringBuilder line = new StringBuilder(512);
        final char[] digits16 = new char[16];

        Generator(Options o, Regions g) {
            this.o = o;
            this.g = g;
            this.rnd = new SplittableRandom(o.seed);
            this.qrnd = rnd.split();
            this.today = o.today;
            this.todayEpoch = today.toEpochDay();
            this.currentYear = today.getYear();
            int expected = (int) Math.min(1 << 24, Math.max(1024, o.rows));
            this.nikSerials = new SerialCounter(expected);
            this.kkSerials = new SerialCounter(expected / 3);
            long totalDefects = Math.round(o.rows * o.defects);
            long totalWarnings = Math.min(o.rows - totalDefects, Math.round(o.rows * o.warnings));
            spread(totalDefects, defectLeft);
            spread(totalWarnings, warningLeft);
            defectsLeft = totalDefects;
            warningsLeft = totalWarnings;
            reservoir = new String[o.queries == null ? 0 : o.queryCount];
        }

        static void spread(long total, long[] into) {
            for (int i = 0; i < into.length; i++) {
                into[i] = total / into.length + (i < total % into.length ? 1 : 0);
            }
        }

        void run() throws IOException {
            createParent(o.out);
            Writer labels = null;
            try (BufferedWriter out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(o.out), StandardCharsets.UTF_8), 1 << 20)) {
                if (o.labels != null) {
                    createParent(o.labels);
                    labels = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(o.labels),
                            StandardCharsets.UTF_8), 1 << 16);
                    labels.write("row,kind\n");
                }
                out.write(HEADER);
                out.write('\n');
                Household h = new Household();
                while (written < o.rows) {
                    household(h);
                    for (Person p : h.members) {
                        if (written >= o.rows) {
                            break;
                        }
                        row(h, p, out, labels);
                    }
                }
            } finally {
                if (labels != null) {
                    labels.close();
                }
            }
            if (o.queries != null) {
                writeQueries();
            }
        }

        static void createParent(Path file) throws IOException {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        }

        // ------------------------------------------------ households

        int pick(int[] weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int r = rnd.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        <T> T any(T[] values) {
            return values[rnd.nextInt(values.length)];
        }

        boolean chance(int percent) {
            return rnd.nextInt(100) < percent;
        }

        int pickVillage() {
            return rnd.nextInt(100) < 45 ? g.biasVillages[rnd.nextInt(g.biasVillages.length)]
                    : rnd.nextInt(g.villageCode.length);
        }

        int province(int village) {
            String code = g.villageCode[village];
            return (code.charAt(0) - '0') * 10 + code.charAt(1) - '0';
        }

        int culture(int province) {
            int r = rnd.nextInt(1000);
            return switch (province) {
                case 51 -> r < 850 ? BALI : r < 950 ? JAVA : MALAY;
                case 12 -> r < 550 ? BATAK : r < 900 ? MALAY : r < 980 ? JAVA : CHINESE;
                case 71 -> r < 700 ? MINAHASA : r < 980 ? MALAY : CHINESE;
                case 53, 91, 92, 93, 94, 95, 96 -> r < 780 ? EAST : r < 950 ? MALAY : JAVA;
                case 81, 82 -> r < 450 ? EAST : r < 980 ? MALAY : JAVA;
                case 32, 36 -> r < 820 ? SUNDA : r < 920 ? JAVA : r < 985 ? MALAY : CHINESE;
                case 31 -> r < 380 ? JAVA : r < 580 ? SUNDA : r < 830 ? MALAY : r < 890 ? BATAK
                        : r < 950 ? CHINESE : EAST;
                case 33, 34, 35 -> r < 965 ? JAVA : r < 977 ? CHINESE : MALAY;
                case 61, 21 -> r < 750 ? MALAY : r < 870 ? JAVA : r < 970 ? CHINESE : BATAK;
                case 14, 15, 16, 18 -> r < 600 ? MALAY : r < 970 ? JAVA : r < 980 ? CHINESE : BATAK;
                default -> r < 760 ? MALAY : r < 960 ? JAVA : r < 980 ? CHINESE : BATAK;
            };
        }

        void household(Household h) {
            h.members.clear();
            h.village = pickVillage();
            int province = province(h.village);
            h.culture = culture(province);
            h.religion = pick(RELIGION_W[h.culture]);
            h.upper = chance(72);
            h.dayFirst = chance(12);
            h.family = null;
            int size = 1 + pick(new int[] {10, 15, 22, 24, 15, 8, 6});

            // the head
            Person head = new Person();
            head.role = KEPALA;
            int r = rnd.nextInt(100);
            head.age = r < 5 ? 18 + rnd.nextInt(7) : r < 93 ? 25 + (rnd.nextInt(51) + rnd.nextInt(51)) / 2
                    : 76 + Math.min(rnd.nextInt(20), rnd.nextInt(20));
            head.female = chance(head.age > 70 ? 35 : 12);
            h.members.add(head);
            Person spouse = null;
            if (size >= 2 && (head.female ? chance(4) : chance(90))) {
                spouse = new Person();
                spouse.role = head.female ? SUAMI : ISTRI;
                spouse.female = !head.female;
                spouse.age = head.female ? head.age - 3 + rnd.nextInt(12) : head.age - rnd.nextInt(9) + (chance(10)
                        ? rnd.nextInt(6) : 0);
                spouse.age = clamp(spouse.age, 17, 95);
                h.members.add(spouse);
            }
            int motherAge = spouse != null && spouse.female ? spouse.age : head.female ? head.age : head.age - 4;
            int slots = size - h.members.size();
            for (int i = 0; i < slots; i++) {
                Person p = new Person();
                int role = ANAK;
                int k = rnd.nextInt(100);
                if (head.age >= 50) {
                    role = k < 60 ? ANAK : k < 80 ? CUCU : k < 88 ? MENANTU : k < 93 ? FAMILI : k < 98
                            ? (head.age <= 62 ? (chance(50) ? ORANG_TUA : MERTUA) : FAMILI) : LAINNYA;
                } else if (head.age >= 22) {
                    role = k < 85 ? ANAK : k < 90 ? ORANG_TUA : k < 94 ? (spouse != null ? MERTUA : ORANG_TUA)
                            : k < 98 ? FAMILI : LAINNYA;
                } else {
                    role = k < 50 ? ANAK : k < 80 ? ORANG_TUA : FAMILI;
                }
                p.role = role;
                switch (role) {
                    case ANAK -> {
                        int gap = 18 + rnd.nextInt(25);
                        p.age = motherAge - gap;
                        if (p.age < 0) {
                            p.age = rnd.nextInt(Math.max(1, motherAge - 16));
                        }
                        p.female = chance(49);
                    }
                    case CUCU -> {
                        p.age = Math.max(0, head.age - 40 - rnd.nextInt(22));
                        p.female = chance(49);
                    }
                    case MENANTU -> {
                        p.age = Math.max(17, head.age - 20 - rnd.nextInt(12));
                        p.female = chance(60);
                    }
                    case ORANG_TUA, MERTUA -> {
                        p.age = Math.min(95, head.age + 18 + rnd.nextInt(15));
                        p.female = chance(65);
                    }
                    case FAMILI -> {
                        p.age = rnd.nextInt(81);
                        p.female = chance(50);
                    }
                    default -> {
                        p.age = 15 + rnd.nextInt(56);
                        p.female = chance(50);
                    }
                }
                h.members.add(p);
            }
            // KK order: head, spouse, children (eldest first), then the others
            h.members.sort((a, b) -> a.role != b.role ? Integer.compare(a.role, b.role)
                    : Integer.compare(b.age, a.age));

            int district = g.villageDistrict[h.village];
            int regency = g.districtRegency[district];
            int childIndex = 0;
            for (Person p : h.members) {
                p.birth = birthFor(p.age, p.role);
                p.religion = chance(2) ? pick(RELIGION_W[h.culture]) : h.religion;
                p.marital = marital(p, spouse != null);
                p.education = education(p);
                p.job = job(p);
                p.income = income(p);
                p.disability = disability(p);
                int stay = p.age < 17 ? 95 : p.role == ISTRI || p.role == SUAMI || p.role == MENANTU ? 75 : 88;
                int k = rnd.nextInt(100);
                if (k < stay) {
                    p.nikDistrict = district;
                } else if (k < stay + (100 - stay) * 2 / 3) {
                    int[] siblings = g.regencyDistricts[regency];
                    p.nikDistrict = siblings[rnd.nextInt(siblings.length)];
                } else {
                    p.nikDistrict = g.villageDistrict[pickVillage()];
                }
                int b = rnd.nextInt(100);
                int placeRegency = b < 85 ? g.districtRegency[p.nikDistrict] : b < 95 ? regency
                        : g.districtRegency[g.villageDistrict[pickVillage()]];
                p.birthPlace = g.regencyName[placeRegency];
                p.name = name(h, p, p.role == ANAK ? childIndex++ : rnd.nextInt(4));
                if (p.role == KEPALA) {
                    h.family = familyOf(h, p);
                }
                if (h.upper) {
                    p.name = p.name.toUpperCase(Locale.ROOT);
                    p.birthPlace = p.birthPlace.toUpperCase(Locale.ROOT);
                }
            }
            long youngest = Long.MIN_VALUE;
            for (Person p : h.members) {
                youngest = Math.max(youngest, p.birth);
            }
            h.kk = kk(district, Math.max(youngest, todayEpoch - 20 * 365));
            h.address = address(h);
            if (h.upper) {
                h.address = h.address.toUpperCase(Locale.ROOT);
            }
            h.rt = pad3(1 + rnd.nextInt(chance(80) ? 8 : 20));
            h.rw = pad3(1 + rnd.nextInt(chance(80) ? 5 : 15));
        }

        static int clamp(int v, int lo, int hi) {
            return Math.max(lo, Math.min(hi, v));
        }

        long birthFor(int age, int role) {
            long hi = today.minusYears(age).toEpochDay();
            long lo = today.minusYears(age + 1L).toEpochDay() + 1;
            long birth = lo + rnd.nextLong(hi - lo + 1);
            LocalDate date = LocalDate.ofEpochDay(birth);
            // an unknown birthday is often written as 31 December or 1 July of the year
            if (chance(date.getYear() < 1975 ? 12 : 2)) {
                LocalDate guess = chance(60) ? LocalDate.of(date.getYear(), 12, 31) : LocalDate.of(date.getYear(), 7, 1);
                if (!guess.isAfter(today) && guess.toEpochDay() >= todayEpoch - 96L * 365) {
                    birth = guess.toEpochDay();
                }
            }
            return birth;
        }

        int marital(Person p, boolean hasSpouse) {
            int a = p.age;
            if (a < 16) {
                return BELUM;
            }
            int r = rnd.nextInt(100);
            return switch (p.role) {
                case KEPALA -> hasSpouse ? KAWIN
                        : a < 25 ? (r < 85 ? BELUM : KAWIN)
                        : a < 40 ? (r < 50 ? BELUM : r < 80 ? CERAI_HIDUP : r < 90 ? KAWIN : CERAI_MATI)
                        : (r < 55 ? CERAI_MATI : r < 80 ? CERAI_HIDUP : r < 90 ? BELUM : KAWIN);
                case SUAMI, ISTRI -> KAWIN;
                case MENANTU -> r < 95 ? KAWIN : CERAI_MATI;
                case ORANG_TUA, MERTUA -> r < 35 ? KAWIN : r < 95 ? CERAI_MATI : CERAI_HIDUP;
                default -> a < 20 ? (r < 95 ? BELUM : KAWIN)
                        : a < 25 ? (r < 85 ? BELUM : KAWIN)
                        : a < 35 ? (r < 55 ? BELUM : r < 95 ? KAWIN : CERAI_HIDUP)
                        : (r < 35 ? BELUM : r < 80 ? KAWIN : r < 95 ? CERAI_HIDUP : CERAI_MATI);
            };
        }

        int education(Person p) {
            int a = p.age;
            if (a < 7) {
                return TIDAK_SEKOLAH;
            }
            if (a <= 12) {
                return chance(97) ? SD : TIDAK_SEKOLAH;
            }
            if (a <= 15) {
                return chance(75) ? SMP : SD;
            }
            if (a <= 18) {
                return pick(new int[] {1, 10, 40, 49});
            }
            if (a >= 60) {
                return pick(new int[] {35, 50, 8, 6, 0, 1});
            }
            if (a >= 40) {
                return pick(new int[] {12, 45, 20, 19, 2, 2});
            }
            return pick(new int[] {4, 25, 28, 35, 3, 5});
        }

        String job(Person p) {
            int a = p.age;
            if (a < 6) {
                return TIDAK_BEKERJA;
            }
            if (a < 15) {
                return chance(93) ? PELAJAR : TIDAK_BEKERJA;
            }
            if (a < 19) {
                return chance(75) ? PELAJAR : chance(50) ? TIDAK_BEKERJA : BURUH;
            }
            if (a < 23 && p.education >= SMA && chance(25)) {
                return PELAJAR;
            }
            if (a >= 65) {
                String job = JOBS_OLD[pick(JOBS_OLD_W)];
                return job.equals(IRT) && !p.female ? TIDAK_BEKERJA : job;
            }
            return p.female ? JOBS_WOMEN[pick(JOBS_WOMEN_W)] : JOBS_MEN[pick(JOBS_MEN_W)];
        }

        long income(Person p) {
            if (chance(6)) {
                return -1;
            }
            String job = p.job;
            if (job.equals(PELAJAR) || job.equals(TIDAK_BEKERJA) || job.equals(IRT)) {
                return p.age < 18 || chance(92) ? 0 : 100_000L * (1 + rnd.nextInt(10));
            }
            long amount;
            if (job.equals(PENSIUNAN)) {
                amount = 1_000_000 + rnd.nextInt(2_000_001);
            } else {
                int r = rnd.nextInt(100);
                if (job.equals(PETANI) || job.equals(NELAYAN) || job.equals(BURUH)) {
                    r = Math.max(0, r - 15);
                }
                amount = r < 30 ? 300_000 + rnd.nextInt(700_001)
                        : r < 75 ? 1_000_000 + rnd.nextInt(1_500_001)
                        : r < 95 ? 2_500_000 + rnd.nextInt(1_500_001)
                        : 4_000_000 + rnd.nextInt(1_000_001);
            }
            long step = chance(70) ? 50_000 : 10_000;
            return Math.min(5_000_000, amount / step * step);
        }

        int disability(Person p) {
            int share = p.age < 18 ? 20 : p.age < 60 ? 30 : 80;   // per mille
            return rnd.nextInt(1000) < share ? pick(DISABILITY_WEIGHTS) : -1;
        }

        String kk(int district, long earliest) {
            long from = Math.min(earliest, todayEpoch);
            for (int attempt = 0; ; attempt++) {
                long day = from + rnd.nextLong(todayEpoch - from + 1);
                LocalDate d = LocalDate.ofEpochDay(day);
                long prefix = g.districtDigits[district] * 1_000_000L
                        + d.getDayOfMonth() * 10_000L + d.getMonthValue() * 100L + d.getYear() % 100;
                int serial = kkSerials.next(prefix);
                if (serial > 0) {
                    return digits16(prefix * 10_000 + serial);
                }
                if (attempt > 1000) {
                    throw new IllegalStateException("no KK serial left for district " + g.districtCode[district]);
                }
            }
        }

        String address(Household h) {
            if (rnd.nextInt(1000) < 3) {
                return "Komplek Ponpes \"" + any(new String[] {"Al Hikmah", "Darul Ulum", "Nurul Huda", "Al Falah"})
                        + "\"";
            }
            if (g.villageUrban[h.village]) {
                int k = rnd.nextInt(100);
                if (k < 55) {
                    String a = "Jl. " + any(STREETS) + " No. " + (1 + rnd.nextInt(150));
                    return chance(12) ? a + ", Gg. " + any(ROMAN) : a;
                }
                if (k < 80) {
                    return "Gg. " + any(STREETS) + " " + any(ROMAN) + " No. " + (1 + rnd.nextInt(60));
                }
                if (k < 92) {
                    return "Perum " + any(PERUM) + " Blok " + (char) ('A' + rnd.nextInt(8)) + "-"
                            + (1 + rnd.nextInt(40));
                }
                return "Kp. " + any(h.culture == SUNDA ? DUSUN_SUNDA : DUSUN_JAVA);
            }
            if (chance(8)) {
                return "Jl. Raya " + any(h.culture == SUNDA ? DUSUN_SUNDA : DUSUN_JAVA) + " Km " + (1 + rnd.nextInt(20));
            }
            int province = province(h.village);
            return switch (h.culture) {
                case JAVA -> any(new String[] {"Dusun ", "Dusun ", "Dsn. ", "Dukuh ", "Dk. "}) + any(DUSUN_JAVA);
                case SUNDA -> any(new String[] {"Kp. ", "Kampung ", "Dusun "}) + any(DUSUN_SUNDA);
                case BALI -> any(new String[] {"Banjar ", "Br. "}) + any(BANJAR_BALI);
                default -> province == 13 ? "Jorong " + any(DUSUN_OTHER)
                        : chance(40) ? "Dusun " + any(ROMAN) : "Dusun " + any(DUSUN_OTHER);
            };
        }

        // ------------------------------------------------ names

        String name(Household h, Person p, int order) {
            int year = LocalDate.ofEpochDay(p.birth).getYear();
            boolean f = p.female;
            boolean child = p.role == ANAK || (p.role == CUCU && chance(50));
            String family = child ? h.family : null;
            String name = switch (h.culture) {
                case BALI -> bali(f, order);
                case BATAK -> {
                    String marga = family != null ? family : any(MARGA);
                    String given = f ? any(F_BATAK) : any(M_BATAK);
                    if (chance(20)) {
                        given += " " + (f ? any(F_BATAK) : any(M_BATAK));
                    }
                    yield f ? given + " " + any(new String[] {"br. ", "Br ", "boru ", "", ""}) + marga
                            : given + " " + marga;
                }
                case MINAHASA -> (f ? any(F_MINAHASA) : any(M_MINAHASA)) + " "
                        + (family != null ? family : any(FAM_MINAHASA));
                case EAST -> {
                    String given = f ? any(F_EAST) : any(M_EAST);
                    if (chance(30)) {
                        given += " " + (f ? any(F_EAST) : any(M_EAST));
                    }
                    yield given + " " + (family != null ? family : any(FAM_EAST));
                }
                case CHINESE -> {
                    if (year < 1970 && chance(40)) {
                        yield old(any(SURNAME_CHINESE) + " " + any(SYLLABLE_CHINESE) + " " + any(SYLLABLE_CHINESE));
                    }
                    yield (f ? any(F_CHINESE) : any(M_CHINESE)) + " " + (family != null ? family : any(FAM_CHINESE));
                }
                default -> islamic(h.culture, f, year, family);
            };
            if (h.culture == JAVA || h.culture == SUNDA || h.culture == MALAY) {
                if (year < 1960 && chance(35) || year < 1975 && chance(10) || chance(1)) {
                    name = old(name);
                }
                if (p.age >= 45 && p.religion == 0 && chance(6)) {
                    name = (f ? "Hj. " : "H. ") + name;
                }
            }
            if (chance(3)) {
                name = variant(name);
            }
            if (p.education == S1 && p.age >= 22 && chance(25)) {
                name += any(DEGREE_S1);
            } else if (p.education == D3 && p.age >= 21 && chance(15)) {
                name += ", A.Md.";
            }
            return name;
        }

        String islamic(int culture, boolean f, int year, String family) {
            String[] first;
            String[] second;
            if (culture == SUNDA) {
                first = f ? F_SUNDA : M_SUNDA;
                second = f ? F_SECOND_SUNDA : M_SECOND_SUNDA;
            } else if (culture == MALAY) {
                first = f ? F_MALAY : M_MALAY;
                second = f ? F_SECOND_MALAY : M_SECOND_MALAY;
            } else {
                first = year < 1960 ? (f ? F_OLD_JAVA : M_OLD_JAVA) : year < 1995 ? (f ? F_MID_JAVA : M_MID_JAVA)
                        : (f ? F_YOUNG_JAVA : M_YOUNG_JAVA);
                second = f ? F_SECOND_JAVA : M_SECOND_JAVA;
            }
            StringBuilder b = new StringBuilder(32);
            if (!f && chance(year >= 1990 ? 20 : 10)) {
                b.append(any(MUHAMMAD)).append(' ');
            }
            String given = any(first);
            b.append(given);
            boolean single = culture == JAVA && year < 1960 && chance(50);
            if (family != null && chance(70)) {
                if (!given.equals(family)) {
                    b.append(' ').append(family);
                }
            } else if (!single || given.equals("Siti") || given.equals("Sri") || given.equals("Nur")) {
                if (chance(8)) {
                    b.append(' ').append(any(new String[] {"Nur", "Dwi", "Tri", "Eka", "Ari"}));
                }
                String s = any(second);
                if (!s.equals(given)) {
                    b.append(' ').append(s);
                }
            }
            return b.toString();
        }

        String bali(boolean f, int order) {
            if (chance(5)) {
                return f ? "Anak Agung Ayu " + any(F_BALI) : any(new String[] {"Ida Bagus ", "I Gusti Ngurah ",
                    "Anak Agung Gede "}) + any(M_BALI);
            }
            String position = chance(70) ? BALI_ORDER[order % 4] : BALI_ORDER_ALT[order % 4];
            if (f) {
                return (order % 4 == 0 && chance(40) ? "Ni Luh " : "Ni ") + position + " " + any(F_BALI);
            }
            return "I " + position + " " + any(M_BALI);
        }

        /** The family element a household shares: a clan name, or often the head's last name. */
        String familyOf(Household h, Person head) {
            String name = head.name;
            int comma = name.indexOf(',');
            if (comma >= 0) {
                name = name.substring(0, comma);
            }
            String[] parts = name.split(" ");
            String last = parts[parts.length - 1];
            return switch (h.culture) {
                case BATAK, MINAHASA, EAST -> {
                    for (String fam : h.culture == BATAK ? MARGA : h.culture == MINAHASA ? FAM_MINAHASA : FAM_EAST) {
                        if (name.endsWith(" " + fam)) {
                            yield fam;
                        }
                    }
                    yield last;
                }
                case CHINESE -> parts.length == 2 ? last : null;
                case BALI -> null;
                default -> parts.length >= 2 && !last.endsWith(".") && chance(35) ? last : null;
            };
        }

        // ------------------------------------------------ rows

        void row(Household h, Person p, Writer out, Writer labels) throws IOException {
            long left = o.rows - written;
            long u = rnd.nextLong(left);
            int defect = -1;
            int warning = -1;
            if (u < defectsLeft) {
                defect = kind(defectLeft, u);
                if (defect == D_NIK_DUPLICATE && ringSize == 0) {
                    defect = substitute(defect);
                }
                defectLeft[defect] = Math.max(0, defectLeft[defect] - 1);
                defectsLeft--;
                defectCount[defect]++;
            } else if (u < defectsLeft + warningsLeft) {
                warning = kind(warningLeft, u - defectsLeft);
                warningLeft[warning]--;
                warningsLeft--;
                warningCount[warning]++;
            }
            written++;

            long birth = p.birth;
            String birthText = null;
            long nikBirth = birth;
            boolean nikFemale = p.female;
            int nikDistrictDigits = g.districtDigits[p.nikDistrict];
            String nik;
            String name = p.name;
            String kk = h.kk;
            String region = g.villageCode[h.village];

            switch (warning) {
                case W_REGION -> nikDistrictDigits = oldDistrictCode(nikDistrictDigits);
                case W_DATE -> nikBirth = otherDate(birth);
                case W_SEX -> nikFemale = !nikFemale;
                default -> { }
            }
            if (defect == D_BIRTH_FUTURE) {
                LocalDate d = LocalDate.ofEpochDay(birth);
                if (chance(75)) {
                    // a slip of the century: 1985 written as 2085; the NIK keeps DDMMYY
                    birthText = date(d.plusYears(100), h.dayFirst);
                } else {
                    nikBirth = todayEpoch + 1 + rnd.nextInt(365);
                    birthText = date(LocalDate.ofEpochDay(nikBirth), h.dayFirst);
                }
            }

            switch (defect) {
                case D_NIK_DATE -> nik = digits16(invalidNikDate(nikDistrictDigits, birth, nikFemale));
                case D_NIK_SERIAL -> nik = digits16(zeroSerialNik(p, nikDistrictDigits, birth, nikFemale));
                case D_NIK_DUPLICATE -> {
                    int j = duplicateOf(p);
                    nik = digits16(ringNik[j]);
                    if (ringBirth[j] == birth) {
                        long shift = 366 + rnd.nextInt(3000);
                        birth = birth + shift <= todayEpoch ? birth + shift : birth - shift;
                    }
                }
                default -> {
                    long value = allocateNik(p, nikDistrictDigits, nikBirth, nikFemale, warning == W_REGION);
                    nik = digits16(value);
                    if (defect == -1 && warning == -1) {
                        remember(value, birth, name, p.female);
                    }
                    if (defect == D_NIK_LENGTH) {
                        nik = wrongLength(nik);
                    } else if (defect == D_NIK_DIGITS) {
                        nik = withLetter(nik);
                    }
                }
            }
            switch (defect) {
                case D_KK -> kk = invalidKk(kk);
                case D_REGION -> region = unknownRegion(region);
                case D_NAME -> name = chance(75) ? "" : " ";
                case D_BIRTH_INVALID -> birthText = invalidDate(LocalDate.ofEpochDay(birth));
                default -> { }
            }
            if (birthText == null) {
                birthText = date(LocalDate.ofEpochDay(birth), h.dayFirst);
            }

            StringBuilder b = line;
            b.setLength(0);
            field(b, nik).append(',');
            field(b, kk).append(',');
            field(b, name).append(',');
            field(b, p.birthPlace).append(',');
            field(b, birthText).append(',');
            b.append(p.female ? 'P' : 'L').append(',');
            b.append(ROLES[p.role]).append(',');
            b.append(RELIGIONS[p.religion]).append(',');
            b.append(EDUCATION[p.education]).append(',');
            b.append(p.job).append(',');
            b.append(MARITAL[p.marital]).append(',');
            if (p.disability >= 0) {
                b.append(DISABILITY[p.disability]);
            }
            b.append(',');
            field(b, region).append(',');
            field(b, h.address).append(',');
            b.append(h.rt).append(',').append(h.rw).append(',');
            if (p.income >= 0) {
                b.append(p.income);
            }
            b.append('\n');
            out.append(b);

            if (labels != null && (defect >= 0 || warning >= 0)) {
                labels.write(Long.toString(written));
                labels.write(',');
                labels.write(defect >= 0 ? DEFECTS[defect] : WARNINGS[warning]);
                labels.write('\n');
            }
            if (reservoir.length > 0 && !name.isBlank()) {
                sample(name);
            }
        }

        /** The kind whose share of the remaining count holds position u. */
        static int kind(long[] left, long u) {
            for (int i = 0; i < left.length; i++) {
                if (u < left[i]) {
                    return i;
                }
                u -= left[i];
            }
            throw new IllegalStateException("kind counts out of step");
        }

        /** Another defect kind with rows left, for a duplicate asked for before any NIK exists. */
        int substitute(int defect) {
            for (int i = 0; i < DEFECTS.length; i++) {
                if (i != defect && defectLeft[i] > 0) {
                    // the duplicate keeps its quota; this row uses another kind's
                    return i;
                }
            }
            // nothing else left: spend the duplicate's quota on a wrong length
            defectLeft[defect]--;
            defectLeft[D_NIK_LENGTH]++;
            return D_NIK_LENGTH;
        }

        static StringBuilder field(StringBuilder b, String value) {
            boolean quote = false;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                    quote = true;
                    break;
                }
            }
            if (!quote) {
                return b.append(value);
            }
            b.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    b.append('"');
                }
                b.append(c);
            }
            return b.append('"');
        }

        static String date(LocalDate d, boolean dayFirst) {
            char[] c = new char[10];
            int y = d.getYear();
            int m = d.getMonthValue();
            int day = d.getDayOfMonth();
            if (dayFirst) {
                two(c, 0, day);
                c[2] = '-';
                two(c, 3, m);
                c[5] = '-';
                four(c, 6, y);
            } else {
                four(c, 0, y);
                c[4] = '-';
                two(c, 5, m);
                c[7] = '-';
                two(c, 8, day);
            }
            return new String(c);
        }

        static void two(char[] c, int at, int v) {
            c[at] = (char) ('0' + v / 10 % 10);
            c[at + 1] = (char) ('0' + v % 10);
        }

        static void four(char[] c, int at, int v) {
            c[at] = (char) ('0' + v / 1000 % 10);
            c[at + 1] = (char) ('0' + v / 100 % 10);
            c[at + 2] = (char) ('0' + v / 10 % 10);
            c[at + 3] = (char) ('0' + v % 10);
        }

        static String pad3(int v) {
            return new String(new char[] {(char) ('0' + v / 100 % 10), (char) ('0' + v / 10 % 10),
                (char) ('0' + v % 10)});
        }

        String digits16(long value) {
            char[] c = digits16;
            for (int i = 15; i >= 0; i--) {
                c[i] = (char) ('0' + value % 10);
                value /= 10;
            }
            return new String(c);
        }

        /** District (6 digits) and DDMMYY, day + 40 for women: the first 12 digits of a NIK. */
        static long nikPrefix(int districtDigits, long birth, boolean female) {
            LocalDate d = LocalDate.ofEpochDay(birth);
            int day = d.getDayOfMonth() + (female ? 40 : 0);
            return districtDigits * 1_000_000L + day * 10_000L + d.getMonthValue() * 100L + d.getYear() % 100;
        }

        /** A NIK not yet given out, with the next serial for its district and date. */
        long allocateNik(Person p, int districtDigits, long birth, boolean female, boolean oldCode) {
            int digits = districtDigits;
            for (int attempt = 0; attempt < 1000; attempt++) {
                long prefix = nikPrefix(digits, birth, female);
                int serial = nikSerials.next(prefix);
                if (serial > 0) {
                    return prefix * 10_000 + serial;
                }
                // 9999 people of that district and date: registered elsewhere
                int[] siblings = g.regencyDistricts[g.districtRegency[p.nikDistrict]];
                int district = attempt < 20 ? siblings[rnd.nextInt(siblings.length)]
                        : g.villageDistrict[pickVillage()];
                digits = oldCode ? oldDistrictCode(g.districtDigits[district]) : g.districtDigits[district];
            }
            throw new IllegalStateException("no NIK serial left");
        }

        /** A district code no longer in the list: the real one ending in 99 (or 98, 97, ...). */
        int oldDistrictCode(int digits) {
            for (int last = 99; last > 0; last--) {
                int candidate = digits / 100 * 100 + last;
                if (!g.districtExists[candidate]) {
                    return candidate;
                }
            }
            throw new IllegalStateException("no unused district code near " + digits);
        }

        /** A valid date near the birth date, not in the future: the NIK's date when it disagrees. */
        long otherDate(long birth) {
            LocalDate d = LocalDate.ofEpochDay(birth);
            for (int attempt = 0; ; attempt++) {
                LocalDate other = switch (attempt < 20 ? rnd.nextInt(4) : 0) {
                    case 0 -> d.plusDays(chance(50) ? 1 + rnd.nextInt(3) : -1 - rnd.nextInt(3));
                    case 1 -> d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue()
                            ? LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue()) : d;
                    case 2 -> d.plusYears(chance(50) ? 1 : -1);
                    default -> d.plusMonths(chance(50) ? 1 : -1);
                };
                long e = other.toEpochDay();
                if (e != birth && e <= todayEpoch && e >= todayEpoch - 100L * 365) {
                    return e;
                }
            }
        }

        /** A NIK with serial 0000, not used by an earlier row (the import may check all 16-digit NIKs for repeats). */
        long zeroSerialNik(Person p, int districtDigits, long birth, boolean female) {
            int digits = districtDigits;
            for (int attempt = 0; ; attempt++) {
                long nik = nikPrefix(digits, birth, female) * 10_000;
                if (defectNiks.add(nik)) {
                    return nik;
                }
                int[] siblings = g.regencyDistricts[g.districtRegency[p.nikDistrict]];
                digits = g.districtDigits[attempt < 20 ? siblings[rnd.nextInt(siblings.length)]
                        : g.villageDistrict[pickVillage()]];
            }
        }

        /** A NIK whose date is no calendar date, not used by an earlier row. */
        long invalidNikDate(int districtDigits, long birth, boolean female) {
            while (true) {
                long nik = invalidNikDateOnce(districtDigits, birth, female);
                if (defectNiks.add(nik)) {
                    return nik;
                }
            }
        }

        long invalidNikDateOnce(int districtDigits, long birth, boolean female) {
            LocalDate d = LocalDate.ofEpochDay(birth);
            int day = d.getDayOfMonth();
            int month = d.getMonthValue();
            int yy = d.getYear() % 100;
            int plus = female ? 40 : 0;
            switch (rnd.nextInt(5)) {
                case 0 -> day = 32 + rnd.nextInt(9);                       // 32-40: no day for anyone
                case 1 -> {                                                // month 13-19 or 00
                    month = chance(70) ? 13 + rnd.nextInt(7) : 0;
                    day += plus;
                }
                case 2 -> {                                                // 30 or 31 February
                    day = 30 + rnd.nextInt(2) + plus;
                    month = 2;
                }
                case 3 -> {                                                // 31 April, June, September, November
                    day = 31 + plus;
                    month = new int[] {4, 6, 9, 11}[rnd.nextInt(4)];
                }
                default -> day = female ? 72 + rnd.nextInt(8) : 0;         // a woman's 72-79, or day 00
            }
            long prefix = districtDigits * 1_000_000L + day * 10_000L + month * 100L + yy;
            return prefix * 10_000 + 1 + rnd.nextInt(9999);
        }

        String wrongLength(String nik) {
            int pos = rnd.nextInt(16);
            return switch (rnd.nextInt(4)) {
                case 0 -> nik.substring(0, pos) + nik.substring(pos + 1);                          // 15
                case 1 -> nik.substring(0, pos) + rnd.nextInt(10) + nik.substring(pos);            // 17
                case 2 -> nik.substring(0, 12 + rnd.nextInt(3));                                   // 12-14
                default -> nik + nik.substring(14);                                                // 18
            };
        }

        String withLetter(String nik) {
            int pos = rnd.nextInt(16);
            char c = nik.charAt(pos);
            char letter = switch (c) {
                case '0' -> chance(80) ? 'O' : 'o';
                case '1' -> chance(60) ? 'I' : 'l';
                case '2' -> 'Z';
                case '5' -> 'S';
                case '6' -> 'G';
                case '8' -> 'B';
                case '4' -> 'A';
                case '7' -> 'T';
                case '9' -> 'g';
                default -> 'E';
            };
            return nik.substring(0, pos) + letter + nik.substring(pos + 1);
        }

        String invalidKk(String kk) {
            int pos = rnd.nextInt(16);
            return switch (rnd.nextInt(4)) {
                case 0 -> kk.substring(0, pos) + kk.substring(pos + 1);
                case 1 -> kk.substring(0, pos) + rnd.nextInt(10) + kk.substring(pos);
                case 2 -> kk.charAt(0) + "." + kk.substring(1, 6) + "E+15";       // the spreadsheet's doing
                default -> kk.substring(0, pos) + 'O' + kk.substring(pos + 1);
            };
        }

        String unknownRegion(String code) {
            for (int attempt = 0; attempt < 50; attempt++) {
                String candidate = switch (rnd.nextInt(3)) {
                    case 0 -> "99.99.99.9999";
                    case 1 -> code.substring(0, 9) + "9" + (100 + rnd.nextInt(900));
                    default -> {
                        int pos = 9 + rnd.nextInt(4);
                        char digit = (char) ('0' + rnd.nextInt(10));
                        yield code.substring(0, pos) + digit + code.substring(pos + 1);
                    }
                };
                if (!g.villages.contains(candidate)) {
                    return candidate;
                }
            }
            return "99.99.99.9999";
        }

        String invalidDate(LocalDate d) {
            int y = d.getYear();
            String m = pad3(d.getMonthValue()).substring(1);
            String day = pad3(d.getDayOfMonth()).substring(1);
            return switch (rnd.nextInt(8)) {
                case 0 -> "31/02/" + y;
                case 1 -> y + "-02-30";
                case 2 -> "00-00-0000";
                case 3 -> "kemarin";
                case 4 -> "tidak tahu";
                case 5 -> day + "-13-" + y;
                case 6 -> y + "-" + m + "-32";
                default -> day + "/" + m + "/" + y;
            };
        }

        /** A recent clean row of the same sex, other name and other birth date where possible. */
        int duplicateOf(Person p) {
            int start = rnd.nextInt(ringSize);
            int fallback = start;
            for (int i = 0; i < ringSize; i++) {
                int j = (start + i) % ringSize;
                if (!ringName[j].equalsIgnoreCase(p.name)) {
                    if (ringFemale[j] == p.female && ringBirth[j] != p.birth) {
                        return j;
                    }
                    fallback = j;
                }
            }
            return fallback;
        }

        void remember(long nik, long birth, String name, boolean female) {
            ringNik[ringNext] = nik;
            ringBirth[ringNext] = birth;
            ringName[ringNext] = name;
            ringFemale[ringNext] = female;
            ringNext = (ringNext + 1) % RING;
            ringSize = Math.min(RING, ringSize + 1);
        }

        // ------------------------------------------------ spelling

        /** The pre-1972 spelling: dj for j, tj for c, j for y, oe for u, ch for kh and for h before a consonant. */
        static String old(String name) {
            StringBuilder b = new StringBuilder(name.length() + 6);
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                char lower = Character.toLowerCase(c);
                boolean upper = Character.isUpperCase(c);
                char next = i + 1 < name.length() ? Character.toLowerCase(name.charAt(i + 1)) : ' ';
                char prev = i > 0 ? Character.toLowerCase(name.charAt(i - 1)) : ' ';
                switch (lower) {
                    case 'j' -> b.append(upper ? "Dj" : "dj");
                    case 'c' -> b.append(next == 'h' ? (upper ? "C" : "c") : upper ? "Tj" : "tj");
                    case 'y' -> b.append(upper ? 'J' : 'j');
                    case 'u' -> b.append(upper ? "Oe" : "oe");
                    case 'k' -> b.append(next == 'h' ? (upper ? 'C' : 'c') : c);
                    case 'h' -> b.append(isVowel(prev) && isConsonant(next) ? "ch" : String.valueOf(c));
                    default -> b.append(c);
                }
            }
            return b.toString();
        }

        static boolean isVowel(char c) {
            return "aiueo".indexOf(c) >= 0;
        }

        static boolean isConsonant(char c) {
            return c >= 'a' && c <= 'z' && !isVowel(c) && c != 'h' && c != 'y';
        }

        /** A small spelling habit: y for a final i, a doubled consonant, or a final h dropped. */
        String variant(String name) {
            String[] words = name.split(" ");
            int w = rnd.nextInt(words.length);
            String word = words[w];
            if (word.length() < 4 || word.endsWith(".")) {
                return name;
            }
            int last = word.length() - 1;
            switch (rnd.nextInt(3)) {
                case 0 -> {
                    if (word.charAt(last) == 'i') {
                        word = word.substring(0, last) + (chance(70) ? "y" : "ie");
                    }
                }
                case 1 -> {
                    for (int i = 1; i < last; i++) {
                        if (isVowel(word.charAt(i - 1)) && isConsonant(word.charAt(i)) && isVowel(word.charAt(i + 1))) {
                            word = word.substring(0, i + 1) + word.substring(i);
                            break;
                        }
                    }
                }
                default -> {
                    if (word.charAt(last) == 'h' && isVowel(word.charAt(last - 1))) {
                        word = word.substring(0, last);
                    }
                }
            }
            words[w] = word;
            return String.join(" ", words);
        }

        // ------------------------------------------------ queries

        void sample(String name) {
            namesSeen++;
            if (namesSeen <= reservoir.length) {
                reservoir[(int) (namesSeen - 1)] = name;
            } else {
                long j = qrnd.nextLong(namesSeen);
                if (j < reservoir.length) {
                    reservoir[(int) j] = name;
                }
            }
        }

        void writeQueries() throws IOException {
            createParent(o.queries);
            int n = (int) Math.min(reservoir.length, namesSeen);
            for (int i = n - 1; i > 0; i--) {
                int j = qrnd.nextInt(i + 1);
                String t = reservoir[i];
                reservoir[i] = reservoir[j];
                reservoir[j] = t;
            }
            try (BufferedWriter out = Files.newBufferedWriter(o.queries, StandardCharsets.UTF_8)) {
                for (int i = 0; i < n; i++) {
                    out.write(misspell(reservoir[i], qrnd));
                    out.write('\n');
                }
            }
        }

        /** How someone searching might write the name: titles left out, one or two slips, any case. */
        static String misspell(String name, SplittableRandom r) {
            String base = name.strip();
            int comma = base.indexOf(',');
            if (comma > 0) {
                base = base.substring(0, comma).strip();
            }
            base = base.replaceFirst("^(?i)(H|Hj)\\. ", "");
            String s = base;
            int n = r.nextInt(100);
            int slips = n < 8 ? 0 : n < 72 ? 1 : 2;      // 0: only the case differs
            int[] used = {-1};
            for (int i = 0; i < slips; i++) {
                s = slip(s, r, used);
            }
            int k = r.nextInt(100);
            if (k < 30) {
                s = s.toLowerCase(Locale.ROOT);
            } else if (k < 50) {
                s = s.toUpperCase(Locale.ROOT);
            } else if (k < 70) {
                s = titleCase(s);
            }
            if (s.equals(base)) {
                s = slips == 0 && !base.equals(base.toLowerCase(Locale.ROOT)) ? base.toLowerCase(Locale.ROOT)
                        : swapOrDrop(s, r, r.nextBoolean());
            }
            return s;
        }

        /** One typical slip; used[0] holds the previous slip's kind, which is not repeated (it could undo it). */
        static String slip(String s, SplittableRandom r, int[] used) {
            String lower = s.toLowerCase(Locale.ROOT);
            String[] words = s.split(" ");
            List<Integer> ops = new ArrayList<>(8);
            for (String word : words) {
                if (MUHAMMAD_FORMS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""))) {
                    ops.add(0);
                    ops.add(0);
                    ops.add(0);
                    break;
                }
            }
            if (lower.contains("j")) {
                ops.add(1);
            }
            if (lower.contains("tj") || lower.matches(".*c[^h].*|.*c$")) {
                ops.add(2);
            }
            if (lower.contains("oe") || lower.contains("u")) {
                ops.add(3);
            }
            ops.add(4);
            ops.add(5);
            ops.add(6);
            if (lower.matches(".*[aiueo]h( |$).*|.*[a-z]a( |$).*")) {
                ops.add(7);
            }
            if (lower.contains("kh") || lower.contains("ch")) {
                ops.add(8);
            }
            ops.removeIf(op -> op == used[0]);
            int op = ops.get(r.nextInt(ops.size()));
            used[0] = op;
            switch (op) {
                case 0 -> {
                    for (int i = 0; i < words.length; i++) {
                        String form = words[i].toLowerCase(Locale.ROOT).replace(".", "");
                        if (MUHAMMAD_FORMS.contains(form)) {
                            String other;
                            do {
                                other = MUHAMMAD_QUERY[r.nextInt(MUHAMMAD_QUERY.length)];
                            } while (other.toLowerCase(Locale.ROOT).replace(".", "").equals(form));
                            words[i] = other;
                            break;
                        }
                    }
                    return String.join(" ", words);
                }
                case 1 -> {
                    return lower.contains("dj") ? replaceOnce(s, "dj", "j") : replaceOnce(s, "j", "dj");
                }
                case 2 -> {
                    return lower.contains("tj") ? replaceOnce(s, "tj", "c") : replaceOnce(s, "c", "tj");
                }
                case 3 -> {
                    return lower.contains("oe") ? replaceOnce(s, "oe", "u") : replaceOnce(s, "u", "oe");
                }
                case 4 -> {
                    for (int i = 1; i < s.length(); i++) {
                        if (Character.isLetter(s.charAt(i))
                                && Character.toLowerCase(s.charAt(i)) == Character.toLowerCase(s.charAt(i - 1))) {
                            return s.substring(0, i) + s.substring(i + 1);        // doubled to single
                        }
                    }
                    for (int i = 1; i + 1 < s.length(); i++) {
                        char c = Character.toLowerCase(s.charAt(i));
                        if (isConsonant(c) && isVowel(Character.toLowerCase(s.charAt(i - 1)))
                                && isVowel(Character.toLowerCase(s.charAt(i + 1)))) {
                            return s.substring(0, i + 1) + s.substring(i);        // single to doubled
                        }
                    }
                    return swapOrDrop(s, r, true);
                }
                case 5 -> {
                    return swapOrDrop(s, r, false);
                }
                case 6 -> {
                    return swapOrDrop(s, r, true);
                }
                case 7 -> {
                    for (int i = 0; i < words.length; i++) {
                        String w = words[i];
                        int n = w.length();
                        if (n > 3 && Character.toLowerCase(w.charAt(n - 1)) == 'h'
                                && isVowel(Character.toLowerCase(w.charAt(n - 2)))) {
                            words[i] = w.substring(0, n - 1);
                            return String.join(" ", words);
                        }
                        if (n > 3 && Character.toLowerCase(w.charAt(n - 1)) == 'a') {
                            words[i] = w + (Character.isUpperCase(w.charAt(n - 1)) ? "H" : "h");
                            return String.join(" ", words);
                        }
                    }
                    return swapOrDrop(s, r, false);
                }
                default -> {
                    return lower.contains("kh") ? replaceOnce(s, "kh", "ch") : replaceOnce(s, "ch", "kh");
                }
            }
        }

        /** Drops one letter, or swaps two neighbours, inside a word and never its first letter. */
        static String swapOrDrop(String s, SplittableRandom r, boolean swap) {
            List<Integer> at = new ArrayList<>();
            for (int i = 1; i + 1 < s.length(); i++) {
                if (Character.isLetter(s.charAt(i)) && Character.isLetter(s.charAt(i - 1))
                        && Character.isLetter(s.charAt(i + 1))
                        && Character.toLowerCase(s.charAt(i)) != Character.toLowerCase(s.charAt(i + 1))) {
                    at.add(i);
                }
            }
            if (at.isEmpty()) {
                return s.toLowerCase(Locale.ROOT).equals(s) ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
            }
            int i = at.get(r.nextInt(at.size()));
            if (swap) {
                return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
            }
            return s.substring(0, i) + s.substring(i + 1);
        }

        /** Replaces the first occurrence, any case, keeping the case of what it replaces. */
        static String replaceOnce(String s, String from, String to) {
            int i = s.toLowerCase(Locale.ROOT).indexOf(from);
            if (i < 0) {
                return s;
            }
            String found = s.substring(i, i + from.length());
            String replacement;
            if (found.equals(found.toUpperCase(Locale.ROOT)) && !found.equals(found.toLowerCase(Locale.ROOT))
                    && (i + from.length() < s.length() && Character.isUpperCase(s.charAt(i + from.length()))
                    || found.length() > 1 || i > 0 && Character.isUpperCase(s.charAt(i - 1)))) {
                replacement = to.toUpperCase(Locale.ROOT);
            } else if (Character.isUpperCase(found.charAt(0))) {
                replacement = Character.toUpperCase(to.charAt(0)) + to.substring(1);
            } else {
                replacement = to;
            }
            return s.substring(0, i) + replacement + s.substring(i + from.length());
        }

        static String titleCase(String s) {
            StringBuilder b = new StringBuilder(s.length());
            boolean start = true;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
                start = c == ' ' || c == '.' || c == '-';
            }
            return b.toString();
        }

        // ------------------------------------------------ summary

        void printSummary(double seconds) {
            long defects = 0;
            long warnings = 0;
            for (long c : defectCount) {
                defects += c;
            }
            for (long c : warningCount) {
                warnings += c;
            }
            StringBuilder b = new StringBuilder();
            b.append("rows written        ").append(written).append('\n');
            b.append("valid rows          ").append(written - defects).append(" (").append(warnings)
                    .append(" of them with a warning)\n");
            b.append("defective rows      ").append(defects).append('\n');
            for (int i = 0; i < DEFECTS.length; i++) {
                b.append("  ").append(pad(DEFECTS[i], 24)).append(defectCount[i]).append('\n');
            }
            b.append("warning rows        ").append(warnings).append('\n');
            for (int i = 0; i < WARNINGS.length; i++) {
                b.append("  ").append(pad(WARNINGS[i], 24)).append(warningCount[i]).append('\n');
            }
            if (o.queries != null) {
                b.append("queries             ").append(Math.min(reservoir.length, namesSeen)).append(" in ")
                        .append(o.queries).append('\n');
            }
            b.append("file                ").append(o.out).append('\n');
            b.append("elapsed             ").append(Math.round(seconds * 100) / 100.0).append(" s\n");
            System.err.print(b);
        }

        static String pad(String s, int width) {
            return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
        }
    }
}

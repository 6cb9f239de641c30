-- Case page benchmark data, written set-based into a migrated demo database (kesos.demo=true):
-- cases of the demo units with their twelve stages in states the workflow allows, their teams,
-- clients in the registry, the units serving them, stage records (sessions of the implementation
-- stage above all), approvals and each case's timeline. No random(): every value comes from a
-- hash of a row number and dates count back from now(), so runs with the same sizes give the
-- same amounts of data, with the same shape.
--
--   psql ... -v cases=100000 -v sessions=1000000 -f bench/case-data.sql
--
-- Time runs as in the application: ids grow with the time a row was written, cases were opened
-- over the years since 2017 and are closed except the newest ones, and the records and events of
-- all cases are stored in the order they were written (interleaved, not grouped by case).
\set ON_ERROR_STOP on
\if :{?cases}
\else
  \set cases 100000
\endif
\if :{?sessions}
\else
  \set sessions 1000000
\endif

set client_min_messages = warning;
set work_mem = '256MB';
set maintenance_work_mem = '256MB';

-- A number in [0, n) drawn from (x, salt).
create function pg_temp.h(x bigint, salt int, n int) returns int language sql immutable
  as $$ select ((hashint8(x * 7919 + salt)::bigint + 2147483648) % n)::int $$;
-- An element of a non-empty array drawn from (x, salt).
create function pg_temp.pick(a text[], x bigint, salt int) returns text language sql immutable
  as $$ select a[1 + pg_temp.h(x, salt, cardinality(a))] $$;

-- The units with cases: most in the large Sentra, a small Sentra for comparison. open_target is
-- the number of cases under way; everything older is closed.
create temp table bench_unit (unit_id bigint primary key, ord int, prefix text, share numeric, open_target int,
  region_prefix text, base text);
insert into bench_unit
select u.id, v.ord, v.prefix, v.share, v.open_target, v.region_prefix, v.base
  from (values (1, 'Sentra Terpadu%', 'STS', 0.900, 3000, '', 'RESIDENSIAL'),
               (2, 'Dinas Sosial Kabupaten Boyolali', 'DSK', 0.060, 250, '33.09.', 'KELUARGA'),
               (3, 'Kecamatan Ngemplak%', 'KNT', 0.025, 100, '33.09.11.', 'KOMUNITAS'),
               (4, 'Puskesos Desa Gagaksipat', 'PDG', 0.011, 50, '33.09.11.2004', 'KOMUNITAS'),
               (5, 'Sentra Mulya Jaya%', 'SMJ', 0.004, 100, '31.', 'RESIDENSIAL'))
       as v (ord, pattern, prefix, share, open_target, region_prefix, base)
  join access.org_unit u on u.name like v.pattern;
do $$ begin
  if (select count(*) from bench_unit) <> 5 then
    raise exception 'the demo units were not found: start the application with --kesos.demo=true on a new data dir';
  end if;
end $$;

-- Case teams. R: workers responsible for cases (round robin), S: supervisors, T: other
-- professions joining some cases. The demo users come first in their pool, so that the demo
-- peksos is responsible for every 75th case of the large Sentra: 40 of its 3,000 open cases.
create temp table bench_pool_spec (prefix text, kind char(1), role text, profession text, n int);
insert into bench_pool_spec values
  ('STS', 'R', 'PEKSOS', 'PEKERJA_SOSIAL', 74), ('STS', 'S', 'SUPERVISOR', 'PEKERJA_SOSIAL', 5),
  ('STS', 'T', 'PENDAMPING', 'PSIKOLOG', 3), ('STS', 'T', 'PENDAMPING', 'FISIOTERAPIS', 3),
  ('STS', 'T', 'PENDAMPING', 'INSTRUKTUR', 3), ('STS', 'T', 'PENDAMPING', 'PENDAMPING_ASRAMA', 3),
  ('STS', 'T', 'PENDAMPING', 'PERAWAT', 3), ('STS', 'T', 'PENDAMPING', 'DOKTER', 3),
  ('STS', 'T', 'PENDAMPING', 'KONSELOR', 3),
  ('SMJ', 'R', 'PEKSOS', 'PEKERJA_SOSIAL', 1), ('SMJ', 'S', 'SUPERVISOR', 'PEKERJA_SOSIAL', 1),
  ('SMJ', 'T', 'PENDAMPING', 'PSIKOLOG', 1), ('SMJ', 'T', 'PENDAMPING', 'KONSELOR', 1),
  ('DSK', 'R', 'DINSOS', 'LAINNYA', 6), ('DSK', 'S', 'SUPERVISOR', 'PEKERJA_SOSIAL', 1),
  ('DSK', 'T', 'PENDAMPING', 'KONSELOR', 2),
  ('KNT', 'R', 'TKSK', 'LAINNYA', 2), ('KNT', 'S', 'SUPERVISOR', 'PEKERJA_SOSIAL', 1),
  ('PDG', 'R', 'PENDAMPING', 'LAINNYA', 2), ('PDG', 'S', 'SUPERVISOR', 'PEKERJA_SOSIAL', 1);

create temp table bench_names (first_m text[], first_f text[], last text[]);
insert into bench_names values (
  array['Agus', 'Budi', 'Joko', 'Slamet', 'Bambang', 'Hendra', 'Eko', 'Teguh', 'Rudi', 'Wahyu', 'Dedi', 'Andi',
        'Yusuf', 'Rizky', 'Fajar', 'Arif', 'Dimas', 'Bayu', 'Ilham', 'Hadi', 'Sugeng', 'Aditya', 'Rahmat',
        'Muhammad', 'Ahmad', 'Imam', 'Gunawan', 'Heru', 'Yoga', 'Galih'],
  array['Sri', 'Siti', 'Dewi', 'Rina', 'Wulan', 'Fitri', 'Ayu', 'Lestari', 'Nur', 'Endang', 'Yuni', 'Ratna',
        'Indah', 'Putri', 'Dian', 'Ani', 'Wati', 'Nanik', 'Eka', 'Rini', 'Suryani', 'Kartini', 'Sari', 'Tuti',
        'Yanti', 'Anisa', 'Nia', 'Rahma', 'Laras', 'Intan'],
  array['Wahyudi', 'Santoso', 'Saputra', 'Hidayat', 'Setiawan', 'Pratama', 'Kurniawan', 'Nugroho', 'Purnomo',
        'Susanto', 'Rahayu', 'Wijaya', 'Hartono', 'Prasetyo', 'Utomo', 'Sulistyo', 'Handayani', 'Permata',
        'Maharani', 'Yulianti', 'Kusuma', 'Siregar', 'Nasution', 'Simanjuntak', 'Lubis', 'Harahap', 'Wibowo',
        'Suryadi', 'Firmansyah', 'Ramadhan', 'Sembiring', 'Pangaribuan', 'Lestari', 'Anggraini', 'Fauzi']);

insert into access.user_account (username, full_name, password_hash, role, unit_id)
select lower(s.prefix) || '.' || lower(case when s.profession in ('PEKERJA_SOSIAL', 'LAINNYA') then s.role
                                            else s.profession end) || lpad(g::text, 2, '0'),
       case when pg_temp.h(g * 31 + length(s.profession), 1, 2) = 0
            then pg_temp.pick(n.first_m, g * 31 + length(s.profession), 2)
            else pg_temp.pick(n.first_f, g * 31 + length(s.profession), 3) end
         || ' ' || pg_temp.pick(n.last, g * 37 + length(s.prefix || s.profession), 4)
         || case s.profession when 'PEKERJA_SOSIAL' then ', S.Tr.Sos.' when 'PSIKOLOG' then ', S.Psi.'
                              when 'DOKTER' then ', dr.' when 'PERAWAT' then ', S.Kep.' else '' end,
       (select password_hash from access.user_account where username = 'peksos'),
       s.role, u.unit_id
  from bench_pool_spec s
  join bench_unit u using (prefix)
  cross join bench_names n
  cross join generate_series(1, s.n) g
 order by u.ord, s.kind, s.profession, g;

create temp table bench_pool as
with members as (
  select u.unit_id, p.kind, a.id as user_id, a.username, a.full_name,
         case when a.role in ('PEKSOS', 'SUPERVISOR') then 'PEKERJA_SOSIAL' else 'LAINNYA' end as profession,
         0 as synthetic
    from (values ('peksos', 'STS', 'R'), ('supervisor', 'STS', 'S'), ('peksos2', 'SMJ', 'R'),
                 ('dinsos', 'DSK', 'R'), ('pendamping', 'DSK', 'R'), ('tksk', 'KNT', 'R')) as p (username, prefix, kind)
    join bench_unit u using (prefix)
    join access.user_account a on a.username = p.username
  union all
  select u.unit_id, s.kind, a.id, a.username, a.full_name, s.profession, 1
    from bench_pool_spec s
    join bench_unit u using (prefix)
    join access.user_account a on a.unit_id = u.unit_id and a.role = s.role
         and a.username like lower(s.prefix) || '.' || lower(case when s.profession in ('PEKERJA_SOSIAL', 'LAINNYA')
                                                               then s.role else s.profession end) || '__')
select unit_id, kind, (row_number() over (partition by unit_id, kind order by synthetic, user_id) - 1)::int as k,
       count(*) over (partition by unit_id, kind)::int as size, user_id, username, full_name, profession
  from members;
create index on bench_pool (unit_id, kind, k);

-- The stages: where each lies on a case's standard time line, in days (a case has its own pace,
-- 0.7 to 1.3 times this); supervision runs beside the implementation.
create temp table bench_stage (idx int primary key, stage text, d_start float8, d_end float8, approval boolean);
insert into bench_stage values
  (0, 'AKSES', 0, 2, false), (1, 'ENGAGEMENT', 2, 7, false), (2, 'KONTRAK', 7, 9, false),
  (3, 'ASESMEN', 9, 23, true), (4, 'CC1', 23, 26, false), (5, 'RENCANA', 26, 33, true),
  (6, 'PELAKSANAAN', 33, 123, false), (7, 'SUPERVISI', 33, 124, false), (8, 'CC2', 124, 127, false),
  (9, 'MONEV', 127, 134, false), (10, 'TERMINASI', 134, 139, true), (11, 'PASCA', 139, 199, false);

-- The cases: per unit, the oldest closed, the newest open; opened from 2017 on.
create temp table bench_case as
with counts as (
  select u.*, case when u.ord = 1 then :cases - (sum(floor(u.share * :cases)) filter (where u.ord <> 1) over ())
                   else floor(u.share * :cases) end::int as n
    from bench_unit u
), drawn as (
  select c.unit_id, c.prefix, c.base, c.region_prefix, g as j, least(c.open_target, c.n) as open_n, c.n,
         g > c.n - least(c.open_target, c.n) as open
    from counts c cross join generate_series(1, c.n) g
), placed as (
  select d.*,
         (case when d.open then d.j - (d.n - d.open_n) else d.j end - 1)::int as ord,
         0.7 + pg_temp.h(d.unit_id * 1000003 + d.j, 1, 61) / 100.0::float8 as pace
    from drawn d
), timed as (
  select p.*,
         date_trunc('day', case when p.open
              then now() - interval '180 days' + (p.ord + 0.5::float8) / p.open_n * interval '178 days'
              else timestamptz '2017-01-02' + p.ord::float8 / greatest(p.n - p.open_n, 1)
                   * (now() - interval '270 days' - timestamptz '2017-01-02') end)
           + interval '8 hours' + pg_temp.h(p.unit_id * 1000003 + p.j, 2, 480) * interval '1 minute' as opened_at
    from placed p
)
select row_number() over (order by t.opened_at, t.unit_id, t.j) as id, t.*,
       case when t.open then extract(epoch from now() - t.opened_at) / 86400 / t.pace else 1000 end as elapsed
  from timed t;

alter table bench_case add column k int, add column responsible_id bigint, add column responsible text,
  add column responsible_name text, add column responsible_profession text, add column supervisor_id bigint,
  add column supervisor text, add column supervisor_name text, add column person_id bigint, add column case_number text;
update bench_case c set
  k = case when not c.open or c.elapsed >= 139 then 11 when c.elapsed >= 134 then 10 when c.elapsed >= 127 then 9
           when c.elapsed >= 124 then 8 when c.elapsed >= 123 then 7 when c.elapsed >= 33 then 6
           when c.elapsed >= 26 then 5 when c.elapsed >= 23 then 4 when c.elapsed >= 9 then 3
           when c.elapsed >= 7 then 2 when c.elapsed >= 2 then 1 else 0 end,
  responsible_id = r.user_id, responsible = r.username, responsible_name = r.full_name,
  responsible_profession = r.profession,
  supervisor_id = s.user_id, supervisor = s.username, supervisor_name = s.full_name,
  person_id = (select coalesce(max(id), 0) from registry.person) + c.id
  from bench_pool r, bench_pool s
 where r.unit_id = c.unit_id and r.kind = 'R' and r.k = c.ord % r.size
   and s.unit_id = c.unit_id and s.kind = 'S' and s.k = (c.ord / 7) % s.size;
update bench_case c set case_number = c.prefix || '-' || to_char(c.opened_at, 'YYYY') || '-'
       || lpad(n.serial::text, 4, '0')
  from (select id, row_number() over (partition by unit_id, to_char(opened_at, 'YYYY') order by id) as serial
          from bench_case) n
 where n.id = c.id;
alter table bench_case add primary key (id);

-- Clients: one registry person per case, from villages the unit serves, with a NIK made of the
-- district, the birth date (day + 40 for women) and a serial per district, date and sex.
create temp table bench_village as
select u.unit_id, (row_number() over (partition by u.unit_id order by r.code) - 1)::int as n, r.code
  from bench_unit u join region.region r on r.level = 4 and r.code like u.region_prefix || '%';
create index on bench_village (unit_id, n);
create temp table bench_village_count as select unit_id, count(*)::int as size from bench_village group by unit_id;

create temp table bench_person as
select c.person_id as id, c.id as case_id, c.unit_id, c.opened_at, v.code as region_code,
       s.sex, date '1946-01-01' + pg_temp.h(c.id, 11, 75 * 365) as birth_date,
       case when s.sex = 'L' then pg_temp.pick(n.first_m, c.id, 12) else pg_temp.pick(n.first_f, c.id, 12) end
         || case when pg_temp.h(c.id, 13, 4) = 0 then ' ' || case when s.sex = 'L'
                   then pg_temp.pick(n.first_m, c.id, 14) else pg_temp.pick(n.first_f, c.id, 14) end else '' end
         || ' ' || pg_temp.pick(n.last, c.id, 15) as name
  from bench_case c
  join bench_village_count vc on vc.unit_id = c.unit_id
  join bench_village v on v.unit_id = c.unit_id and v.n = pg_temp.h(c.id, 10, vc.size)
  cross join bench_names n
  cross join lateral (select case when pg_temp.h(c.id, 16, 2) = 0 then 'L' else 'P' end as sex) s;

insert into registry.person (id, province_code, nik, name, name_key, birth_place, birth_date, sex, religion,
       education, occupation, marital_status, disability, region_code, address, rt, rw, monthly_income,
       ppks_cluster, data_source, verification_status, registered_by_unit, created_at, updated_at)
select p.id, left(p.region_code, 2),
       replace(left(p.region_code, 8), '.', '')
         || lpad((extract(day from p.birth_date)::int + case when p.sex = 'P' then 40 else 0 end)::text, 2, '0')
         || to_char(p.birth_date, 'MMYY')
         || lpad((row_number() over (partition by left(p.region_code, 8), p.birth_date, p.sex order by p.id))::text,
                 4, '0'),
       upper(p.name), regexp_replace(lower(p.name), '(.)\1+', '\1', 'g'),
       pg_temp.pick(array['SURAKARTA', 'BOYOLALI', 'KLATEN', 'SUKOHARJO', 'SRAGEN', 'WONOGIRI', 'KARANGANYAR',
                          'SEMARANG', 'JAKARTA', 'BANDUNG', 'SURABAYA', 'MEDAN'], p.id, 20),
       p.birth_date, p.sex,
       pg_temp.pick(array['ISLAM', 'ISLAM', 'ISLAM', 'ISLAM', 'ISLAM', 'ISLAM', 'KRISTEN', 'KATOLIK', 'HINDU',
                          'BUDDHA'], p.id, 21),
       pg_temp.pick(array['TIDAK_SEKOLAH', 'SD', 'SD', 'SMP', 'SMA', 'D3', 'S1'], p.id, 22),
       pg_temp.pick(array['PETANI', 'BURUH_HARIAN_LEPAS', 'PEDAGANG', 'MENGURUS_RUMAH_TANGGA', 'PELAJAR',
                          'TIDAK_BEKERJA', 'TIDAK_BEKERJA', 'WIRASWASTA'], p.id, 23),
       pg_temp.pick(array['BELUM_KAWIN', 'KAWIN', 'KAWIN', 'CERAI_HIDUP', 'CERAI_MATI'], p.id, 24),
       case when pg_temp.h(p.id, 25, 3) = 0 then null
            else pg_temp.pick(array['FISIK', 'SENSORIK', 'INTELEKTUAL', 'MENTAL', 'GANDA'], p.id, 26) end,
       p.region_code,
       'Dusun ' || pg_temp.pick(array['Krajan', 'Ngasem', 'Sidomulyo', 'Karanganyar', 'Kauman', 'Pojok', 'Tegalsari'],
                                p.id, 27) || ' No. ' || (1 + pg_temp.h(p.id, 28, 120)),
       lpad((1 + pg_temp.h(p.id, 29, 12))::text, 3, '0'), lpad((1 + pg_temp.h(p.id, 30, 8))::text, 3, '0'),
       pg_temp.h(p.id, 31, 30) * 50000,
       null, case when pg_temp.h(p.id, 32, 2) = 0 then 'DTKS' else 'PENDATAAN_UNIT' end,
       'VERIFIED', case when pg_temp.h(p.id, 32, 2) = 0 then (select id from access.org_unit where parent_id is null)
                        else p.unit_id end,
       p.opened_at - interval '3 days', p.opened_at - interval '3 days'
  from bench_person p
 order by p.id;
do $$ begin
  perform setval(pg_get_serial_sequence('registry.person', 'id'), (select max(id) from registry.person));
end $$;

insert into registry.person_service (unit_id, person_id, province_code, since)
select c.unit_id, c.person_id, left(p.region_code, 2), c.opened_at
  from bench_case c join bench_person p on p.id = c.person_id
 order by c.id;

-- Each stage of each case, in the state the workflow gives it at the case's elapsed time.
create temp table bench_case_stage as
select c.id as case_id, s.idx, s.stage, s.approval, s.d_start, s.d_end, st.state,
       case when st.state = 'NOT_STARTED' then null
            else c.opened_at + c.pace * s.d_start * interval '1 day' end as started_at,
       case when st.state in ('COMPLETED', 'SKIPPED')
            then c.opened_at + c.pace * (case when st.state = 'SKIPPED' then s.d_start else s.d_end end)
                 * interval '1 day' end as completed_at,
       case when s.approval and st.state in ('COMPLETED', 'AWAITING_APPROVAL')
            then c.opened_at + c.pace * (s.d_start + 0.7 * (s.d_end - s.d_start)) * interval '1 day' end as requested_at
  from bench_case c
  cross join bench_stage s
  cross join lateral (select case
         when s.idx = 4 and pg_temp.h(c.id, 41, 100) < 10 and (not c.open or c.k > 4) then 'SKIPPED'
         when s.idx = 8 and pg_temp.h(c.id, 42, 100) < 15 and (not c.open or c.k > 8) then 'SKIPPED'
         when not c.open then 'COMPLETED'
         when s.idx = 7 then case when c.k < 6 then 'NOT_STARTED' when c.k <= 7 then 'IN_PROGRESS' else 'COMPLETED' end
         when s.idx < c.k then 'COMPLETED'
         when s.idx = c.k then case when s.approval and c.elapsed > s.d_start + 0.7 * (s.d_end - s.d_start)
                                    then 'AWAITING_APPROVAL' else 'IN_PROGRESS' end
         else 'NOT_STARTED' end as state) st;
alter table bench_case_stage add primary key (case_id, idx);

insert into casework.case_file (id, case_number, unit_id, person_id, service_base, cluster, category, status,
       current_stage, stage_since, sensitive, sensitivity, opened_at, opened_by, closed_at, close_reason, version)
overriding system value
select c.id, c.case_number, c.unit_id, c.person_id,
       case when c.base = 'RESIDENSIAL' and pg_temp.h(c.id, 50, 5) = 0 then 'KELUARGA' else c.base end,
       x.cluster,
       case x.cluster
         when 'Penyandang Disabilitas' then pg_temp.pick(array['Disabilitas Fisik', 'Disabilitas Sensorik',
                'Disabilitas Intelektual', 'Disabilitas Mental'], c.id, 52)
         when 'Anak' then pg_temp.pick(array['Anak Terlantar', 'Anak Berhadapan dengan Hukum', 'Anak Jalanan',
                'Anak Korban Kekerasan'], c.id, 52)
         when 'Lanjut Usia' then pg_temp.pick(array['Lanjut Usia Terlantar', 'Lanjut Usia Korban Kekerasan'], c.id, 52)
         else pg_temp.pick(array['Korban Perdagangan Orang', 'Gelandangan', 'Pengemis', 'Korban Bencana Alam'],
                           c.id, 52)
       end,
       case when c.open then 'OPEN' else 'CLOSED' end,
       s.stage, s.started_at, x.sensitivity is not null, x.sensitivity,
       c.opened_at, c.responsible,
       case when not c.open then c.opened_at + c.pace * 199 * interval '1 day' end,
       case when not c.open then x.reason end,
       2 * (c.k + 1)
  from bench_case c
  join bench_case_stage s on s.case_id = c.id and s.idx = c.k
  cross join lateral (select
         case when c.prefix = 'STS' and pg_temp.h(c.id, 51, 100) < 85 then 'Penyandang Disabilitas'
              else pg_temp.pick(array['Anak', 'Lanjut Usia', 'Penyandang Disabilitas',
                                      'Tuna Sosial dan Korban Perdagangan Orang'], c.id, 53) end as cluster,
         case when pg_temp.h(c.id, 54, 100) < 3
              then pg_temp.pick(array['VIOLENCE', 'SEXUAL_EXPLOITATION', 'TRAFFICKING', 'CHILD_PROTECTION',
                                      'MENTAL_ILLNESS'], c.id, 55) end as sensitivity,
         pg_temp.pick(array['GOALS_REACHED', 'GOALS_REACHED', 'GOALS_REACHED', 'GOALS_REACHED', 'GOALS_REACHED',
                            'GOALS_REACHED', 'GOALS_REACHED', 'REFERRAL', 'CLIENT_REQUEST', 'EXTERNAL'], c.id, 56)
           as reason) x
 order by c.id;
do $$ begin
  perform setval(pg_get_serial_sequence('casework.case_file', 'id'), (select max(id) from casework.case_file));
end $$;

insert into casework.case_number_counter (unit_id, year, last)
select unit_id, to_char(opened_at, 'YYYY')::int, count(*) from bench_case group by 1, 2;

-- Teams: the responsible worker, a supervisor, and for a third of the cases one or two other
-- professions; the demo peksos also works on ten open cases of colleagues.
create temp table bench_member as
select c.id as case_id, c.opened_at, c.responsible as added_by, m.user_id, m.username, m.full_name, m.team_role,
       m.profession
  from bench_case c
  cross join lateral (
    select c.responsible_id as user_id, c.responsible as username, c.responsible_name as full_name,
           'RESPONSIBLE' as team_role, c.responsible_profession as profession
    union all
    select c.supervisor_id, c.supervisor, c.supervisor_name, 'SUPERVISOR', 'PEKERJA_SOSIAL'
    union all
    select t.user_id, t.username, t.full_name, 'STAFF', t.profession
      from bench_pool t
     where t.unit_id = c.unit_id and t.kind = 'T' and pg_temp.h(c.id, 60, 3) > 0
       and t.k in (c.ord % t.size, case when pg_temp.h(c.id, 60, 3) = 2 then (c.ord + t.size / 2) % t.size end)
    union all
    select p.user_id, p.username, p.full_name, 'STAFF', p.profession
      from bench_pool p
     where c.open and c.prefix = 'STS' and c.ord % 75 = 37 and c.ord < 750
       and p.unit_id = c.unit_id and p.kind = 'R' and p.k = 0) m;

insert into casework.case_member (case_id, user_id, username, full_name, team_role, profession)
select case_id, user_id, username, full_name, team_role, profession from bench_member order by case_id, team_role;

insert into casework.case_stage (case_id, stage, state, data, skip_reason, started_at, started_by, completed_at,
       completed_by, updated_at, updated_by, version)
select s.case_id, s.stage, s.state,
       case when s.state in ('NOT_STARTED', 'SKIPPED') then '{}'::jsonb else case s.stage
         when 'AKSES' then jsonb_build_object('referral_source', pg_temp.pick(array['DINSOS_KABKOTA', 'DINSOS_PROVINSI',
             'LKS', 'SENTRA', 'RUMAH_SAKIT', 'MASYARAKAT', 'DATANG_SENDIRI', 'PENJANGKAUAN'], s.case_id, 70),
             'referrer', pg_temp.pick(array['Dinas Sosial Kabupaten Boyolali', 'Dinas Sosial Kota Surakarta',
             'RSUD Dr. Moewardi', 'Ketua RT setempat', 'Keluarga klien'], s.case_id, 71),
             'letter_number', '460/' || (100 + pg_temp.h(s.case_id, 72, 900)) || '/' || to_char(s.started_at, 'YYYY'),
             'received_date', to_char(s.started_at, 'YYYY-MM-DD'))
         when 'ENGAGEMENT' then jsonb_build_object('engagement_summary',
             'Klien dan keluarga menerima kehadiran pekerja sosial dan bersedia mengikuti proses layanan.')
         when 'KONTRAK' then jsonb_build_object('client_rights_duties',
             'Klien berhak mendapat layanan dan perlindungan, wajib mengikuti kegiatan yang disepakati.',
             'worker_rights_duties', 'Pekerja sosial menjaga kerahasiaan dan mendampingi klien selama layanan.',
             'consent_by', pg_temp.pick(array['CLIENT', 'GUARDIAN', 'CLIENT_AND_GUARDIAN'], s.case_id, 73),
             'consent_date', to_char(s.started_at, 'YYYY-MM-DD'), 'consent_services', 'true',
             'consent_sharing', 'true', 'consent_reporting', 'true')
         when 'ASESMEN' then jsonb_build_object('entry_history', 'Klien dirujuk setelah penjangkauan oleh petugas.',
             'biological', 'Kondisi fisik cukup baik, memerlukan alat bantu dan pemeriksaan rutin.',
             'psychological', 'Klien mudah cemas dan menarik diri bila berada di lingkungan baru.',
             'social', 'Relasi dengan keluarga inti baik, jarang terlibat kegiatan warga.',
             'spiritual', 'Rutin beribadah bersama keluarga.',
             'problem_focus', 'Keterbatasan akses layanan dan kemandirian dalam aktivitas sehari-hari.',
             'symptoms', 'Menarik diri, kurang percaya diri, bergantung pada pengasuh.',
             'potentials', 'Motivasi belajar tinggi, dukungan keluarga dan tokoh masyarakat.')
         when 'CC1' then jsonb_build_object('conference_date', to_char(s.started_at, 'YYYY-MM-DD'),
             'place', 'Ruang rapat Sentra', 'chair', 'Kepala Seksi Layanan',
             'minutes', 'Tim membahas hasil asesmen dan kebutuhan layanan klien.',
             'decisions', 'Disepakati rencana intervensi dengan fokus kemandirian dan dukungan keluarga.')
         when 'CC2' then jsonb_build_object('conference_date', to_char(s.started_at, 'YYYY-MM-DD'),
             'place', 'Ruang rapat Sentra', 'chair', 'Kepala Seksi Layanan',
             'minutes', 'Tim meninjau kemajuan pelaksanaan intervensi.',
             'decisions', 'Intervensi dilanjutkan ke tahap evaluasi dan persiapan terminasi.')
         when 'RENCANA' then jsonb_build_object('general_goal', 'Klien mampu menjalankan fungsi sosialnya secara mandiri.',
             'specific_goals', 'Meningkatkan keterampilan aktivitas harian, kepercayaan diri dan dukungan keluarga.',
             'target_systems', 'Klien, keluarga, lingkungan sekitar', 'success_indicators',
             'Klien melakukan aktivitas harian tanpa bantuan, keluarga terlibat dalam pengasuhan.')
         when 'PELAKSANAAN' then jsonb_build_object('implementation_notes',
             'Sesi dilaksanakan sesuai rencana dengan penyesuaian jadwal terapi.')
         when 'SUPERVISI' then jsonb_build_object('supervision_summary', 'Supervisi berkala atas pelaksanaan intervensi.')
         when 'MONEV' then jsonb_build_object('process_evaluation', 'Kegiatan berjalan sesuai jadwal.',
             'outcome_evaluation', 'Sebagian besar tujuan khusus tercapai.', 'indicators_reached',
             'Klien mandiri dalam aktivitas harian, keluarga aktif mendampingi.')
         when 'TERMINASI' then jsonb_build_object('termination_reason', coalesce(f.close_reason, 'GOALS_REACHED'),
             'client_final_condition', 'Klien siap kembali ke keluarga dengan dukungan lanjutan.',
             'termination_date', to_char(coalesce(s.completed_at, s.started_at), 'YYYY-MM-DD'),
             'return_to', 'Keluarga')
         when 'PASCA' then jsonb_build_object('aftercare_plan', 'Kunjungan rumah setiap bulan selama tiga bulan.')
       end end,
       case when s.state = 'SKIPPED' then 'Tidak diperlukan menurut penilaian supervisor.' end,
       s.started_at, case when s.started_at is not null
                          then case when s.state = 'SKIPPED' then c.supervisor else c.responsible end end,
       s.completed_at,
       case when s.state = 'SKIPPED' or s.state = 'COMPLETED' and s.approval then c.supervisor
            when s.state = 'COMPLETED' then c.responsible end,
       case when s.state not in ('NOT_STARTED', 'SKIPPED') then s.started_at + interval '2 hours' end,
       case when s.state not in ('NOT_STARTED', 'SKIPPED') then c.responsible end,
       case s.state when 'NOT_STARTED' then 0 when 'IN_PROGRESS' then 2 when 'AWAITING_APPROVAL' then 3
                    when 'SKIPPED' then 1 else case when s.approval then 4 else 3 end end
  from bench_case_stage s
  join bench_case c on c.id = s.case_id
  join casework.case_file f on f.id = s.case_id
 order by s.case_id, s.idx;

insert into casework.approval (case_id, stage, requested_at, requested_by, decision, decided_at, decided_by, comment)
select s.case_id, s.stage, s.requested_at, c.responsible,
       case when s.state = 'COMPLETED' then 'APPROVED' end,
       case when s.state = 'COMPLETED' then s.completed_at end,
       case when s.state = 'COMPLETED' then c.supervisor end,
       case when s.state = 'COMPLETED' then 'Disetujui.' end
  from bench_case_stage s join bench_case c on c.id = s.case_id
 where s.requested_at is not null
 order by s.requested_at;

-- Stage records. Sessions: 1,000,000 by default, over the implementation of every case that
-- reached it, weighted by how long the implementation ran (about weekly); the open cases of the
-- demo users peksos and peksos2 are busy ones (several sessions a week). Some cases under way
-- have had no session for three weeks, so the worklists show that signal.
create temp table bench_session_plan as
select c.id as case_id, c.responsible, s.started_at as p_start,
       greatest(s.started_at, coalesce(s.completed_at, now() - case when pg_temp.h(c.id, 80, 100) < 15
                then interval '21 days' else pg_temp.h(c.id, 81, 3) * interval '1 day' end)) as p_end,
       (extract(epoch from greatest(interval '0', coalesce(s.completed_at, now() - case when pg_temp.h(c.id, 80, 100) < 15
                then interval '21 days' else pg_temp.h(c.id, 81, 3) * interval '1 day' end) - s.started_at)) / 86400
         * case when c.open and c.responsible in ('peksos', 'peksos2') then 0.45 + pg_temp.h(c.id, 82, 21) / 100.0
                else 0.08 + pg_temp.h(c.id, 82, 10) / 100.0 end)::numeric as weight
  from bench_case c
  join bench_case_stage s on s.case_id = c.id and s.idx = 6 and s.state <> 'NOT_STARTED';

create temp table bench_session_count as
select case_id, responsible, p_start, p_end,
       (floor(:sessions * cum / total) - floor(:sessions * (cum - weight) / total))::int as n
  from (select p.*, sum(weight) over (order by case_id) as cum, sum(weight) over () as total
          from bench_session_plan p) w;

create temp table bench_entry (case_id bigint, stage text, entry_date date, data jsonb, created_at timestamptz,
  created_by text);

insert into bench_entry
select p.case_id, 'PELAKSANAAN', d.day, jsonb_build_object(
         'session_date', to_char(d.day, 'YYYY-MM-DD'),
         'start_time', lpad((8 + pg_temp.h(x, 90, 6))::text, 2, '0') || ':00',
         'end_time', lpad((10 + pg_temp.h(x, 90, 6))::text, 2, '0') || ':00',
         'place', pg_temp.pick(array['Ruang konseling', 'Asrama', 'Rumah klien', 'Ruang terapi', 'Bengkel kerja',
                                     'Aula'], x, 91),
         'target', pg_temp.pick(array['Klien', 'Klien dan keluarga', 'Kelompok klien', 'Keluarga'], x, 92),
         'goal', pg_temp.pick(array['Meningkatkan kemandirian aktivitas harian',
                                    'Melatih keterampilan sosial dan komunikasi',
                                    'Mengurangi kecemasan dan membangun rasa percaya diri',
                                    'Memperkuat dukungan keluarga dalam pengasuhan',
                                    'Melatih keterampilan kerja sesuai minat klien'], x, 93),
         'method', pg_temp.pick(array['CASE_WORK', 'CASE_WORK', 'GROUP_WORK', 'FAMILY', 'COMMUNITY'], x, 94),
         'technique', pg_temp.pick(array['Konseling individu', 'Terapi okupasi', 'Role play', 'Psikoedukasi',
                                         'Diskusi kelompok', 'Kunjungan rumah', 'Latihan keterampilan'], x, 95),
         'process', pg_temp.pick(array['Pekerja sosial membuka sesi dengan menanyakan kabar dan kegiatan klien selama seminggu terakhir.',
                                       'Sesi diawali dengan peninjauan tugas dari pertemuan sebelumnya bersama klien.',
                                       'Klien dan pendamping asrama hadir; suasana sesi tenang dan klien cukup terbuka.',
                                       'Sesi dilakukan bersama keluarga untuk membahas pembagian peran di rumah.'], x, 96)
           || ' ' || pg_temp.pick(array['Klien berlatih secara bertahap dengan contoh dan umpan balik langsung dari pekerja sosial.',
                                        'Pekerja sosial menggunakan teknik refleksi perasaan dan penguatan positif.',
                                        'Klien menyusun langkah kecil yang akan dicoba di asrama dan di rumah.',
                                        'Dibahas hambatan yang muncul serta cara mengatasinya bersama keluarga.'], x, 97),
         'result', pg_temp.pick(array['Klien mampu menyelesaikan latihan dengan sedikit bantuan.',
                                      'Klien mulai berani menyampaikan pendapat di depan kelompok.',
                                      'Keluarga menyepakati jadwal pendampingan di rumah.',
                                      'Klien masih memerlukan pengulangan materi pada sesi berikutnya.',
                                      'Kecemasan klien berkurang dibandingkan sesi sebelumnya.'], x, 98)),
       d.day + interval '15 hours' + pg_temp.h(x, 99, 180) * interval '1 minute', p.responsible
  from bench_session_count p
  cross join lateral generate_series(1, p.n) j
  cross join lateral (select p.case_id * 1000 + j as x,
         (p.p_start + (j - 0.5::float8) / p.n * (p.p_end - p.p_start))::date as day) d;

-- The records of the other stages: contacts, family members, attendees, planned activities,
-- supervision notes and after-care visits (one a month, each setting the next).
insert into bench_entry
select s.case_id, s.stage, e.day, e.data, e.day + interval '14 hours', c.responsible
  from bench_case_stage s
  join bench_case c on c.id = s.case_id
  cross join lateral generate_series(1, case s.stage when 'ENGAGEMENT' then 2 when 'ASESMEN' then 2
         when 'CC1' then 3 when 'CC2' then 3 when 'RENCANA' then 3 when 'SUPERVISI' then 2
         when 'PASCA' then 1 + floor(extract(epoch from coalesce(s.completed_at, now()) - s.started_at) / 86400 / 30)::int
         else 0 end) q
  cross join lateral (select (s.started_at + case s.stage when 'ENGAGEMENT' then (q - 1) * 2
         when 'RENCANA' then 0 when 'SUPERVISI' then q * 30 when 'PASCA' then 5 + (q - 1) * 30 else 0 end
         * c.pace * interval '1 day')::date as day) d
  cross join lateral (select d.day, case s.stage
         when 'ENGAGEMENT' then jsonb_build_object('contact_date', to_char(d.day, 'YYYY-MM-DD'), 'time', '10:00',
             'place', 'Rumah klien', 'goal', 'Perkenalan dan membangun kepercayaan',
             'process', 'Pekerja sosial memperkenalkan diri dan menjelaskan layanan.',
             'result', 'Klien bersedia bertemu kembali.')
         when 'ASESMEN' then jsonb_build_object('name', pg_temp.pick((select first_f from bench_names), s.case_id * 10 + q, 100)
             || ' ' || pg_temp.pick((select last from bench_names), s.case_id * 10 + q, 101),
             'sex', case when q = 1 then 'P' else 'L' end, 'age', (30 + pg_temp.h(s.case_id * 10 + q, 102, 40))::text,
             'relation', case when q = 1 then 'Ibu' else 'Kakak' end, 'occupation', 'Petani')
         when 'RENCANA' then jsonb_build_object('planned_date', to_char(d.day + q * 20, 'YYYY-MM-DD'),
             'activity', (array['Konseling individu', 'Terapi okupasi', 'Pertemuan keluarga'])[q],
             'method', (array['CASE_WORK', 'GROUP_WORK', 'FAMILY'])[q], 'technique', 'Bertahap',
             'expected_result', 'Klien lebih mandiri')
         when 'SUPERVISI' then jsonb_build_object('note_date', to_char(d.day, 'YYYY-MM-DD'),
             'note', 'Intervensi berjalan sesuai rencana; perhatikan keterlibatan keluarga.')
         when 'PASCA' then jsonb_build_object('visit_date', to_char(d.day, 'YYYY-MM-DD'),
             'findings', 'Klien menjalankan aktivitas harian di rumah dengan baik.',
             'next_visit_date', to_char(d.day + 30, 'YYYY-MM-DD'))
         else jsonb_build_object('name', pg_temp.pick((select first_m from bench_names), s.case_id * 10 + q, 103)
             || ' ' || pg_temp.pick((select last from bench_names), s.case_id * 10 + q, 104),
             'position', (array['Pekerja Sosial', 'Psikolog', 'Kepala Seksi'])[q], 'institution', 'Sentra',
             'side', 'INSIDE') end as data) e
 where s.state in ('IN_PROGRESS', 'AWAITING_APPROVAL', 'COMPLETED') and d.day <= current_date;

insert into casework.stage_entry (case_id, stage, entry_date, data, created_at, created_by)
select case_id, stage, entry_date, data, created_at, created_by from bench_entry order by created_at, case_id;

-- Each case's timeline, stored in the order things happened.
insert into casework.case_event (case_id, at, actor, kind, stage, note)
select case_id, at, actor, kind, stage, note from (
  select c.id as case_id, c.opened_at as at, c.responsible as actor, 'OPENED' as kind, null as stage,
         c.case_number as note
    from bench_case c
  union all
  select m.case_id, m.opened_at + interval '1 day', m.added_by, 'TEAM_CHANGED', null, m.username || ' ' || m.team_role
    from bench_member m where m.team_role <> 'RESPONSIBLE'
  union all
  select s.case_id, s.started_at, c.responsible, 'STAGE_STARTED', s.stage, null
    from bench_case_stage s join bench_case c on c.id = s.case_id
   where s.state in ('IN_PROGRESS', 'AWAITING_APPROVAL', 'COMPLETED')
  union all
  select s.case_id, s.requested_at, c.responsible, 'APPROVAL_REQUESTED', s.stage, null
    from bench_case_stage s join bench_case c on c.id = s.case_id where s.requested_at is not null
  union all
  select s.case_id, s.completed_at, case when s.state = 'SKIPPED' or s.approval then c.supervisor else c.responsible end,
         case when s.state = 'SKIPPED' then 'SKIPPED' when s.approval then 'APPROVED' else 'STAGE_COMPLETED' end,
         s.stage, case when s.state = 'SKIPPED' then 'Tidak diperlukan menurut penilaian supervisor.' end
    from bench_case_stage s join bench_case c on c.id = s.case_id where s.completed_at is not null
  union all
  select c.id, c.opened_at + c.pace * 199 * interval '1 day' + interval '1 second', c.supervisor, 'CLOSED', null, null
    from bench_case c where not c.open) e
 order by at, case_id;

-- As after autovacuum in a running installation: no vacuum or checkpoint left for the measurements.
vacuum (analyze);
checkpoint;

-- Measured progress: instruments (checklists and scales) kept as data in numbered versions, the
-- measurable success indicators of a case's plan, and the measurements taken against them at
-- baseline, during and after the intervention. Cases are referenced by id only: they belong to
-- casework, which checks every read and write of them.
create schema if not exists progress;

create table progress.instrument (
  id          bigint generated always as identity primary key,
  code        varchar(30)  not null unique,
  name        varchar(200) not null,
  measures    varchar(200) not null,
  description varchar(2000),
  created_at  timestamptz  not null default now(),
  created_by  varchar(100) not null,
  updated_at  timestamptz,
  updated_by  varchar(100),
  version     integer      not null default 0
);

-- What an instrument asks and how it scores. The highest number is the instrument's current
-- version. A version that has been taken is never changed again (the trigger below refuses it):
-- saving a change to it creates the next version, so every measurement keeps the items, answer
-- scale and scoring it was taken with.
create table progress.instrument_version (
  id            bigint generated always as identity primary key,
  instrument_id bigint       not null references progress.instrument (id),
  number        integer      not null check (number > 0),
  scoring       varchar(10)  not null check (scoring in ('SUM', 'MEAN')),
  direction     varchar(15)  not null check (direction in ('HIGHER_BETTER', 'LOWER_BETTER')),
  created_at    timestamptz  not null default now(),
  created_by    varchar(100) not null,
  unique (instrument_id, number)
);

-- An item belongs to one aspect (subscale); a reversed item is worded against the direction of the
-- instrument ("I am shy to ask"), so its answer counts from the other end of the scale.
create table progress.version_item (
  version_id bigint       not null references progress.instrument_version (id),
  position   smallint     not null check (position > 0),
  text       varchar(500) not null,
  aspect     varchar(100) not null,
  reversed   boolean      not null default false,
  primary key (version_id, position)
);

create table progress.version_option (
  version_id bigint       not null references progress.instrument_version (id),
  position   smallint     not null check (position > 0),
  label      varchar(100) not null,
  value      integer      not null,
  primary key (version_id, position),
  unique (version_id, value)
);

-- A success indicator of a case's plan: an instrument's score (its total, or one aspect's
-- subtotal) or a counted behaviour. The better direction is fixed when the plan is written. The
-- target is a level to reach (at least it when higher is better, at most it when lower is) or an
-- improvement of at least so much over the baseline.
create table progress.indicator (
  id            bigint generated always as identity primary key,
  case_id       bigint        not null,
  kind          varchar(12)   not null check (kind in ('INSTRUMENT', 'BEHAVIOUR')),
  instrument_id bigint references progress.instrument (id),
  aspect        varchar(100),
  behaviour     varchar(300),
  unit          varchar(100),
  direction     varchar(15)   not null check (direction in ('HIGHER_BETTER', 'LOWER_BETTER')),
  target_kind   varchar(12)   not null check (target_kind in ('LEVEL', 'IMPROVEMENT')),
  target        numeric(10, 2) not null,
  created_at    timestamptz   not null default now(),
  created_by    varchar(100)  not null,
  check ((kind = 'INSTRUMENT') = (instrument_id is not null)),
  check (kind = 'INSTRUMENT' or (behaviour is not null and unit is not null and aspect is null)),
  check (target_kind = 'LEVEL' or target > 0)
);
create index indicator_case_idx on progress.indicator (case_id, id);

-- One measurement of an indicator: an instrument taken (its version and every answer kept) or a
-- behaviour counted. The value is the indicator's score as computed when it was taken.
create table progress.measurement (
  id           bigint generated always as identity primary key,
  indicator_id bigint         not null references progress.indicator (id),
  phase        varchar(10)    not null check (phase in ('BASELINE', 'DURING', 'POST')),
  measured_on  date           not null,
  value        numeric(10, 2) not null,
  version_id   bigint references progress.instrument_version (id),
  note         varchar(500),
  recorded_at  timestamptz    not null default now(),
  recorded_by  varchar(100)   not null
);
create index measurement_indicator_idx on progress.measurement (indicator_id, measured_on, id);
create index measurement_version_idx on progress.measurement (version_id);

create table progress.answer (
  measurement_id  bigint   not null references progress.measurement (id) on delete cascade,
  item_position   smallint not null,
  option_position smallint not null,
  primary key (measurement_id, item_position)
);

-- The guarantee behind "a taken instrument keeps its version", whatever code writes the tables.
create function progress.refuse_change_of_taken_version() returns trigger
language plpgsql as $$
begin
  if exists (select 1 from progress.measurement where version_id = old.version_id) then
    raise exception 'instrument version % has been taken and cannot change', old.version_id;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger version_item_frozen before update or delete on progress.version_item
  for each row execute function progress.refuse_change_of_taken_version();
create trigger version_option_frozen before update or delete on progress.version_option
  for each row execute function progress.refuse_change_of_taken_version();

-- The self-confidence checklist built on Lauster's aspects of self-confidence (personal ability,
-- social interaction, self-concept; Lauster in Ghufron 2011), with the symptoms the seed's
-- assessment of client US found as items: shy to ask and to ask for help, hardly starts a
-- conversation, hardly opens up to people not close, tends to be silent.
insert into progress.instrument (code, name, measures, description, created_by)
values ('KPD-LAUSTER', 'Daftar Periksa Kepercayaan Diri (aspek Lauster)', 'Kepercayaan diri',
        'Dua belas pernyataan dalam tiga aspek kepercayaan diri menurut Lauster: kemampuan pribadi, '
        || 'interaksi sosial dan konsep diri. Klien memilih seberapa sering pernyataan itu sesuai dengan '
        || 'dirinya. Pernyataan bertanda (R) dihitung terbalik. Skor total 12 sampai 48; makin tinggi makin '
        || 'percaya diri.', 'system');

insert into progress.instrument_version (instrument_id, number, scoring, direction, created_by)
select id, 1, 'SUM', 'HIGHER_BETTER', 'system' from progress.instrument where code = 'KPD-LAUSTER';

insert into progress.version_option (version_id, position, label, value)
select v.id, o.position, o.label, o.value
from progress.instrument_version v
join progress.instrument i on i.id = v.instrument_id and i.code = 'KPD-LAUSTER'
cross join (values (1, 'Tidak pernah', 1), (2, 'Jarang', 2), (3, 'Sering', 3), (4, 'Selalu', 4))
  as o (position, label, value);

insert into progress.version_item (version_id, position, text, aspect, reversed)
select v.id, t.position, t.text, t.aspect, t.reversed
from progress.instrument_version v
join progress.instrument i on i.id = v.instrument_id and i.code = 'KPD-LAUSTER'
cross join (values
  (1, 'Saya yakin dapat menyelesaikan tugas sehari-hari tanpa bergantung pada orang lain.', 'Kemampuan pribadi', false),
  (2, 'Saya malu bertanya ketika ada hal yang tidak saya mengerti.', 'Kemampuan pribadi', true),
  (3, 'Saya berani meminta bantuan orang lain ketika saya membutuhkannya.', 'Kemampuan pribadi', false),
  (4, 'Saya berani mengambil keputusan untuk diri saya sendiri.', 'Kemampuan pribadi', false),
  (5, 'Saya dapat memulai pembicaraan dengan orang lain.', 'Interaksi sosial', false),
  (6, 'Saya mau terbuka kepada orang yang belum dekat dengan saya.', 'Interaksi sosial', false),
  (7, 'Saya lebih banyak diam ketika berada bersama orang lain.', 'Interaksi sosial', true),
  (8, 'Saya berbicara dengan suara yang cukup keras dan jelas untuk didengar orang lain.', 'Interaksi sosial', false),
  (9, 'Saya mengenal kelebihan yang saya miliki.', 'Konsep diri', false),
  (10, 'Saya menerima kekurangan saya dan tetap berusaha.', 'Konsep diri', false),
  (11, 'Saya merasa diri saya berharga walaupun memiliki keterbatasan.', 'Konsep diri', false),
  (12, 'Saya merasa sangat cemas bila harus berbicara di depan orang lain.', 'Konsep diri', true))
  as t (position, text, aspect, reversed);

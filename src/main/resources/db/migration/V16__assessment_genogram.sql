-- The genogram of a case (issue 5): persons over generations and their relations, entered by
-- the worker (first from the client's KK and the assessment's family table, then by hand). The
-- picture is drawn from these rows; nothing drawn is stored. The registry's NIK is never copied:
-- a genogram person is only the name the worker keeps for them.
create schema if not exists assessment;

-- The genogram shares the figures' version row, which keeps two workers from overwriting each
-- other's changes unnoticed.
alter table assessment.figure drop constraint figure_kind_check;
alter table assessment.figure add constraint figure_kind_check check (kind in ('ECOMAP', 'STRENGTHS', 'GENOGRAM'));

-- A person's key is stable within the case, so that relations and forms can name them.
create table assessment.genogram_person (
  case_id     bigint       not null references casework.case_file (id),
  key         varchar(10)  not null,
  position    smallint     not null check (position between 1 and 80),
  name        varchar(80)  not null,
  sex         varchar(7)   not null check (sex in ('L', 'P', 'UNKNOWN')),
  birth_year  smallint     check (birth_year between 1800 and 2200),
  death_year  smallint     check (death_year between 1800 and 2200),
  deceased    boolean      not null,
  client      boolean      not null,
  household   boolean      not null,
  primary key (case_id, key),
  check (death_year is null or birth_year is null or death_year >= birth_year)
);
create unique index genogram_client_idx on assessment.genogram_person (case_id) where client;

-- Partnerships in the order they happened: a person's first marriage before a remarriage.
create table assessment.genogram_partnership (
  case_id   bigint       not null,
  position  smallint     not null,
  person_a  varchar(10)  not null,
  person_b  varchar(10)  not null,
  kind      varchar(12)  not null check (kind in ('MARRIAGE', 'DIVORCE', 'SEPARATION', 'COHABITATION')),
  primary key (case_id, position),
  foreign key (case_id, person_a) references assessment.genogram_person (case_id, key),
  foreign key (case_id, person_b) references assessment.genogram_person (case_id, key),
  check (person_a <> person_b)
);

-- A person's parents (a partnership's two, or a single parent), and a twin among their siblings.
create table assessment.genogram_child (
  case_id       bigint       not null,
  child         varchar(10)  not null,
  parent        varchar(10)  not null,
  other_parent  varchar(10),
  kind          varchar(10)  not null check (kind in ('BIOLOGICAL', 'ADOPTED', 'FOSTER')),
  twin_of       varchar(10),
  identical     boolean      not null default false,
  primary key (case_id, child),
  foreign key (case_id, child) references assessment.genogram_person (case_id, key),
  foreign key (case_id, parent) references assessment.genogram_person (case_id, key),
  foreign key (case_id, other_parent) references assessment.genogram_person (case_id, key),
  foreign key (case_id, twin_of) references assessment.genogram_person (case_id, key)
);

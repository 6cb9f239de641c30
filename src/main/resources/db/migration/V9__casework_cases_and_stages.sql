-- ATENSI cases: one row per case, the stages of its workflow, the repeated records inside a stage
-- (contacts, family members, attendees, activities, sessions, supervision notes, visits), the
-- approvals asked of a supervisor and the case's own timeline of transitions. Persons and units
-- are referenced by id only: they belong to the registry and access modules.
create schema if not exists casework;

create table casework.case_file (
  id               bigint generated always as identity primary key,
  case_number      varchar(30)  not null,
  unit_id          bigint       not null,
  person_id        bigint       not null,
  service_base     varchar(20)  not null check (service_base in ('KELUARGA', 'KOMUNITAS', 'RESIDENSIAL')),
  cluster          varchar(100),
  category         varchar(100),
  status           varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
  current_stage    varchar(20)  not null,
  stage_since      timestamptz  not null default now(),
  sensitive        boolean      not null default false,
  sensitivity      varchar(30),
  previous_case_id bigint references casework.case_file (id),
  opened_at        timestamptz  not null default now(),
  opened_by        varchar(100) not null,
  closed_at        timestamptz,
  close_reason     varchar(30),
  version          integer      not null default 0,
  unique (unit_id, case_number),
  check (sensitive = (sensitivity is not null))
);
create index case_file_person_idx on casework.case_file (person_id);
create index case_file_unit_idx on casework.case_file (unit_id, status, opened_at desc);

-- Case numbers count per unit and year, without gaps from rolled-back sequences mattering.
create table casework.case_number_counter (
  unit_id bigint  not null,
  year    integer not null,
  last    integer not null,
  primary key (unit_id, year)
);

create table casework.case_member (
  case_id    bigint       not null references casework.case_file (id),
  user_id    bigint       not null,
  username   varchar(100) not null,
  full_name  varchar(150) not null,
  team_role  varchar(20)  not null check (team_role in ('RESPONSIBLE', 'SUPERVISOR', 'STAFF')),
  profession varchar(30)  not null,
  primary key (case_id, user_id)
);
create index case_member_user_idx on casework.case_member (user_id);

create table casework.case_stage (
  case_id      bigint       not null references casework.case_file (id),
  stage        varchar(20)  not null,
  state        varchar(20)  not null default 'NOT_STARTED'
                 check (state in ('NOT_STARTED', 'IN_PROGRESS', 'AWAITING_APPROVAL', 'COMPLETED', 'SKIPPED')),
  data         jsonb        not null default '{}',
  skip_reason  varchar(2000),
  started_at   timestamptz,
  started_by   varchar(100),
  completed_at timestamptz,
  completed_by varchar(100),
  updated_at   timestamptz,
  updated_by   varchar(100),
  version      integer      not null default 0,
  primary key (case_id, stage)
);

create table casework.stage_entry (
  id         bigint generated always as identity primary key,
  case_id    bigint       not null references casework.case_file (id),
  stage      varchar(20)  not null,
  entry_date date         not null,
  data       jsonb        not null,
  created_at timestamptz  not null default now(),
  created_by varchar(100) not null,
  updated_at timestamptz,
  updated_by varchar(100),
  version    integer      not null default 0
);
create index stage_entry_case_idx on casework.stage_entry (case_id, stage, entry_date desc, id desc);

create table casework.approval (
  id           bigint generated always as identity primary key,
  case_id      bigint       not null references casework.case_file (id),
  stage        varchar(20)  not null,
  requested_at timestamptz  not null default now(),
  requested_by varchar(100) not null,
  decision     varchar(10)  check (decision in ('APPROVED', 'REJECTED')),
  decided_at   timestamptz,
  decided_by   varchar(100),
  comment      varchar(2000)
);
create index approval_case_idx on casework.approval (case_id, requested_at);
create index approval_open_idx on casework.approval (case_id) where decision is null;

-- Append-only, like the audit log: the case's history as its team reads it.
create table casework.case_event (
  id       bigint generated always as identity primary key,
  case_id  bigint        not null references casework.case_file (id),
  at       timestamptz   not null default now(),
  actor    varchar(100)  not null,
  kind     varchar(30)   not null,
  stage    varchar(20),
  note     varchar(2000)
);
create index case_event_case_idx on casework.case_event (case_id, at);

create function casework.refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'casework.case_event is append-only';
end;
$$;
create trigger case_event_append_only before update or delete or truncate on casework.case_event
  for each statement execute function casework.refuse_change();

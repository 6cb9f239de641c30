-- Group sessions (group work): one session recorded once for several cases of a unit, with the
-- same fields as a case's own session record, and each client's attendance. The session counts
-- in the implementation stage of every case that attended it.
create table casework.group_session (
  id           bigint generated always as identity primary key,
  unit_id      bigint       not null,
  session_date date         not null,
  data         jsonb        not null,
  created_at   timestamptz  not null default now(),
  created_by   varchar(100) not null
);
create index group_session_unit_idx on casework.group_session (unit_id, session_date desc);

create table casework.group_attendance (
  group_session_id bigint       not null references casework.group_session (id),
  case_id          bigint       not null references casework.case_file (id),
  present          boolean      not null,
  note             varchar(500),
  primary key (group_session_id, case_id)
);
create index group_attendance_case_idx on casework.group_attendance (case_id);

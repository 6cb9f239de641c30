-- The audit log is append-only: rows are written in the transaction of the change they record
-- and can never be changed or removed by the application.
create table platform.audit_log (
  id          bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  actor       varchar(100),
  unit_id     bigint,
  action      varchar(20)  not null
    check (action in ('CREATE', 'UPDATE', 'VIEW', 'EXPORT', 'LOGIN', 'LOGIN_FAILED', 'LOGOUT', 'DENIED')),
  entity_type varchar(60)  not null,
  entity_id   varchar(100),
  summary     varchar(2000),
  remote_addr varchar(64)
);
create index audit_log_occurred_idx on platform.audit_log (occurred_at desc);
create index audit_log_unit_idx on platform.audit_log (unit_id, occurred_at desc);
create index audit_log_actor_idx on platform.audit_log (actor, occurred_at desc);
create index audit_log_entity_idx on platform.audit_log (entity_type, entity_id);

create function platform.audit_log_is_append_only() returns trigger
language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', tg_op
    using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_or_delete
  before update or delete on platform.audit_log
  for each row execute function platform.audit_log_is_append_only();

create trigger audit_log_no_truncate
  before truncate on platform.audit_log
  for each statement execute function platform.audit_log_is_append_only();

-- Spring Session JDBC (schema-postgresql.sql of spring-session-jdbc 3.5), in the platform schema.
create table platform.spring_session (
  primary_id            char(36) not null,
  session_id            char(36) not null,
  creation_time         bigint   not null,
  last_access_time      bigint   not null,
  max_inactive_interval int      not null,
  expiry_time           bigint   not null,
  principal_name        varchar(100),
  constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on platform.spring_session (session_id);
create index spring_session_ix2 on platform.spring_session (expiry_time);
create index spring_session_ix3 on platform.spring_session (principal_name);

create table platform.spring_session_attributes (
  session_primary_id char(36)     not null,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea        not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id)
    references platform.spring_session (primary_id) on delete cascade
);

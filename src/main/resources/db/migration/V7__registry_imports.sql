-- Bulk imports of the registry: one job per uploaded file, worked off in batches by a background
-- worker. Each batch commits together with the job's counters and next_batch, so a restarted
-- worker carries on at the first batch that did not commit.
create table registry.import_job (
  id               uuid         primary key,
  status           varchar(10)  not null default 'QUEUED'
    check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
  file_name        varchar(255) not null,
  file_format      varchar(4)   not null check (file_format in ('CSV', 'XLSX')),
  file_size        bigint       not null,
  file_chunks      integer      not null,
  -- who imports: the worker runs without a signed-in user, so it reads them from here
  unit_id          bigint       not null,
  territory_prefix varchar(14),
  username         varchar(100) not null,
  batch_size       integer      not null check (batch_size > 0),
  next_batch       integer      not null default 0,
  total_rows       integer      not null default 0,
  processed_rows   integer      not null default 0,
  accepted_rows    integer      not null default 0,
  rejected_rows    integer      not null default 0,
  warning_rows     integer      not null default 0,
  -- a message key, never personal data
  error_message    varchar(200),
  created_at       timestamptz  not null default now(),
  started_at       timestamptz,
  finished_at      timestamptz,
  updated_at       timestamptz  not null default now()
);
create index import_job_unit_idx on registry.import_job (unit_id, created_at desc);
create index import_job_pending_idx on registry.import_job (created_at) where status in ('QUEUED', 'RUNNING');

-- The uploaded file in 1 MiB pieces, so that any instance's worker can read it; removed when the
-- job has finished.
create table registry.import_file_chunk (
  job_id uuid    not null references registry.import_job (id) on delete cascade,
  seq    integer not null,
  data   bytea   not null,
  primary key (job_id, seq)
);
-- CSV compresses well but the file lives only minutes: skip the compression work.
alter table registry.import_file_chunk alter column data set storage external;

-- Every problem of every row: line in the uploaded file (the header is line 1), code and column.
create table registry.import_problem (
  job_id   uuid        not null references registry.import_job (id) on delete cascade,
  line     integer     not null,
  ordinal  smallint    not null,
  severity varchar(7)  not null check (severity in ('ERROR', 'WARNING')),
  code     varchar(40) not null,
  field    varchar(40),
  primary key (job_id, line, ordinal)
);

-- One field of a history entry: ["old", "new"] when the value changed, else null (which
-- jsonb_strip_nulls then drops), in the form registry.person_history.changes keeps.
create function registry.value_change(old_value text, new_value text) returns jsonb
language sql immutable parallel safe as $$
  select case when old_value is distinct from new_value then jsonb_build_array(old_value, new_value) end
$$;

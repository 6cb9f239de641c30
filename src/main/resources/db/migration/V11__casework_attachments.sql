-- Scans of signed papers and photos attached to a stage of a case. The bytes live in the database
-- beside the case: they are backed up, scoped and removed with it, and a case report can list them
-- in the same transaction that reads the case. Each file is at most 10 MB and one of three types,
-- checked by its content before it is stored.
create table casework.attachment (
  id          bigint generated always as identity primary key,
  case_id     bigint       not null references casework.case_file (id),
  stage       varchar(20)  not null,
  file_name   varchar(200) not null,
  media_type  varchar(30)  not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes  integer      not null check (size_bytes between 1 and 10485760),
  sha256      char(64)     not null,
  description varchar(500),
  content     bytea        not null,
  uploaded_at timestamptz  not null default now(),
  uploaded_by varchar(100) not null
);
create index attachment_case_idx on casework.attachment (case_id, stage, uploaded_at);

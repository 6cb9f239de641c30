-- A person registered by an import names the job on its row: the job's user, and the row's
-- creation time, are the registration, which the history shows from there instead of an entry
-- per person. A registration entry, even without values, cost an import 3.5 s per million persons
-- (a row and an index entry each) for what the job holds once. Persons registered by a form keep
-- their registration entry; imports before this migration keep theirs. No foreign key, for the
-- reason of V19: the import writes the id of the job it runs.
alter table registry.person add column import_job_id uuid;
comment on column registry.person.import_job_id is
  'The import job that registered the person (its user and the row''s created_at are the registration); null for a form''s';

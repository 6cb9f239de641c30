-- Referrals of a case to another unit: for a service (the case stays where it is) or a transfer
-- (the case, its number kept, moves to the receiving unit). Each step keeps who took it and when.
create table casework.referral (
  id               bigint generated always as identity primary key,
  case_id          bigint        not null references casework.case_file (id),
  from_unit_id     bigint        not null,
  to_unit_id       bigint        not null,
  kind             varchar(10)   not null check (kind in ('SERVICE', 'TRANSFER')),
  status           varchar(10)   not null default 'REQUESTED'
                     check (status in ('REQUESTED', 'ACCEPTED', 'REJECTED', 'DONE', 'REVOKED')),
  -- The service asked for, or the reason of the transfer, as the referral letter says it.
  purpose          varchar(2000) not null,
  -- The client as the referral letter names them: the receiving unit decides before it serves them.
  client_name      varchar(200)  not null,
  -- A supervisor's written reason to refer although the client did not consent to sharing.
  consent_override varchar(2000),
  requested_at     timestamptz   not null default now(),
  requested_by     varchar(100)  not null,
  decided_at       timestamptz,
  decided_by       varchar(100),
  decision_comment varchar(2000),
  done_at          timestamptz,
  done_by          varchar(100),
  outcome          varchar(2000),
  revoked_at       timestamptz,
  revoked_by       varchar(100),
  revoke_reason    varchar(2000),
  version          integer       not null default 0,
  check (from_unit_id <> to_unit_id)
);
create index referral_case_idx on casework.referral (case_id, requested_at);
create index referral_to_idx on casework.referral (to_unit_id, status);
create index referral_from_idx on casework.referral (from_unit_id, requested_at desc);

-- The case file as the sending unit handed it over when a transfer was accepted: its stages, their
-- records and its team, copied row for row. The sending unit keeps reading this, never what the
-- receiving unit writes afterwards.
create table casework.handover_stage (
  referral_id bigint not null references casework.referral (id),
  like casework.case_stage,
  primary key (referral_id, stage)
);

create table casework.handover_entry (
  referral_id bigint not null references casework.referral (id),
  like casework.stage_entry,
  primary key (referral_id, id)
);

create table casework.handover_member (
  referral_id bigint not null references casework.referral (id),
  like casework.case_member,
  primary key (referral_id, user_id)
);

-- A transferred case keeps its number, so a unit may come to hold a case numbered by another unit
-- whose initials match its own; numbers stay unique per issuing unit through case_number_counter.
alter table casework.case_file drop constraint case_file_unit_id_case_number_key;

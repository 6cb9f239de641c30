-- Probable duplicates for review: two active persons with a similar name, the same birth date and
-- the same district, or with a similar name in the same current KK. A reviewer merges them or
-- marks them distinct; a pair is stored once, the smaller id first.
create table registry.duplicate_candidate (
  a_id          bigint      not null references registry.person (id),
  b_id          bigint      not null references registry.person (id),
  province_code varchar(2)  not null,
  score         real        not null,
  reason        varchar(30) not null check (reason in ('NAME_BIRTHDATE_DISTRICT', 'KK_NAME')),
  status        varchar(10) not null default 'OPEN' check (status in ('OPEN', 'MERGED', 'DISTINCT')),
  found_at      timestamptz not null default now(),
  decided_by    varchar(100),
  decided_at    timestamptz,
  primary key (a_id, b_id),
  check (a_id < b_id)
);
create index duplicate_candidate_open_idx on registry.duplicate_candidate (score desc) where status = 'OPEN';
create index duplicate_candidate_b_idx on registry.duplicate_candidate (b_id);
create index person_birth_district_idx on registry.person (birth_date, (left(region_code, 8)));

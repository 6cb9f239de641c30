-- The units that serve a person in a case (opened, referred or transferred to them). A Sentra or
-- LKS sees the persons it registered or serves; the casework module writes here through the
-- registry's API, never directly.
create table registry.person_service (
  unit_id       bigint      not null,
  person_id     bigint      not null references registry.person (id),
  province_code varchar(2)  not null,
  since         timestamptz not null default now(),
  primary key (unit_id, person_id)
);
create index person_service_person_idx on registry.person_service (person_id);

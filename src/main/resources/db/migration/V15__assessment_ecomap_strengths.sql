-- The assessment's figures that workers enter as data: the ecomap's systems and the strengths
-- quadrant's items (issue 5). The pictures are drawn from these rows; nothing drawn is stored.
create schema if not exists assessment;

-- One row per figure of a case once it is first saved; its version keeps two workers from
-- overwriting each other's figure unnoticed.
create table assessment.figure (
  case_id    bigint        not null references casework.case_file (id),
  kind       varchar(10)   not null check (kind in ('ECOMAP', 'STRENGTHS')),
  version    integer       not null,
  updated_by varchar(100)  not null,
  updated_at timestamptz   not null default now(),
  primary key (case_id, kind)
);

create table assessment.ecomap_system (
  case_id  bigint        not null references casework.case_file (id),
  position smallint      not null check (position between 1 and 20),
  name     varchar(80)   not null,
  kind     varchar(20)   not null check (kind in ('FAMILY', 'RELATIVES', 'FRIENDS', 'PEERS', 'SOCIAL_WORKER',
                                                  'COMPANION', 'CAREGIVER', 'SCHOOL', 'WORK', 'HEALTH', 'RELIGION',
                                                  'SENTRA', 'DINSOS', 'COMMUNITY', 'OTHER')),
  strength varchar(10)   not null check (strength in ('STRONG', 'MODERATE', 'WEAK', 'STRESSFUL', 'BROKEN')),
  flow     varchar(12)   not null check (flow in ('TO_CLIENT', 'FROM_CLIENT', 'BOTH', 'NONE')),
  note     varchar(500),
  primary key (case_id, position)
);

create table assessment.strength_item (
  case_id  bigint        not null references casework.case_file (id),
  quadrant varchar(22)   not null check (quadrant in ('PERSONAL_STRENGTH', 'ENVIRONMENT_STRENGTH',
                                                      'PERSONAL_WEAKNESS', 'ENVIRONMENT_WEAKNESS')),
  position smallint      not null check (position between 1 and 12),
  text     varchar(200)  not null,
  primary key (case_id, quadrant, position)
);

-- Indonesia's administrative regions (Kemendagri codes), from idn-area-data 4.0.1 (ODbL).
-- level: 1 province, 2 regency/city, 3 district, 4 village.
create table region.region (
  code          varchar(13) primary key,
  parent_code   varchar(13) references region.region (code),
  level         smallint    not null check (level between 1 and 4),
  name          varchar(120) not null,
  province_code varchar(2)  not null
);
create index region_parent_idx on region.region (parent_code, name);
create index region_name_trgm_idx on region.region using gin (lower(name) gin_trgm_ops);

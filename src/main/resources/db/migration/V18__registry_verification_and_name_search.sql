-- The verification worklist reads active persons never verified first, then the oldest
-- verification; this index gives that order directly, and its entries answer the due condition
-- without reading the table.
create index person_due_idx on registry.person (verified_at nulls first, id) where active;

-- Name search looks for similar spellings among the distinct name keys rather than among all
-- persons: many people share a name, so a key found once stands for all of them, and the similarity
-- is computed once per spelling. Persons are then read by their exact key. A key is added when a
-- person is stored with it and kept afterwards (a key nobody holds any more finds nobody). The table
-- holds no province code: it is reference data derived from every province's rows, which a
-- database sharded by province would keep whole on every node.
create table registry.name_key (
  name_key varchar(150) primary key
);
insert into registry.name_key (name_key) select distinct name_key from registry.person;
create index name_key_trgm_idx on registry.name_key using gin (name_key gin_trgm_ops);
create index person_name_key_idx on registry.person (name_key);
-- The person trigram index served only the name search; it costs most of the index upkeep of an import.
drop index registry.person_name_key_trgm_idx;

create function registry.add_name_keys() returns trigger
language plpgsql as $$
begin
  insert into registry.name_key (name_key)
  select distinct name_key from stored_rows
  on conflict do nothing;
  return null;
end;
$$;

-- Once per statement, so that an import's COPY of thousands of persons adds its keys in one insert.
create trigger person_name_keys_on_insert
  after insert on registry.person
  referencing new table as stored_rows
  for each statement execute function registry.add_name_keys();
create trigger person_name_keys_on_update
  after update on registry.person
  referencing new table as stored_rows
  for each statement execute function registry.add_name_keys();

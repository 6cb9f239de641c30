-- The family a person belongs to now is kept on the person's row; family_membership keeps the
-- families they belonged to before, each with the dates it held. Every person read, search by KK
-- and duplicate check asks for the current family, and a first import gave every person a second
-- row (and three index entries) only to say which KK they are in: 6 s of an import's 46 s per
-- million persons, while the person row holds the KK for a few bytes and one index.
alter table registry.person
  add column kk              char(16),
  add column kk_relationship varchar(20)
    check (kk_relationship in ('KEPALA_KELUARGA', 'SUAMI', 'ISTRI', 'ANAK', 'MENANTU', 'CUCU', 'ORANG_TUA',
                               'MERTUA', 'FAMILI_LAIN', 'LAINNYA')),
  add column kk_since        date,
  add constraint person_kk_dated check ((kk is null) = (kk_since is null)),
  add constraint person_kk_relationship_needs_kk check (kk is not null or kk_relationship is null);

comment on column registry.person.kk is 'The KK (family card) the person belongs to now; earlier ones are in family_membership';
comment on column registry.person.kk_relationship is 'The person''s relationship to the head of the family of kk';
comment on column registry.person.kk_since is 'Since when the person belongs to kk with kk_relationship';

update registry.person p
   set kk = m.kk, kk_relationship = m.relationship, kk_since = m.valid_from
  from registry.family_membership m
 where m.person_id = p.id and m.valid_to is null;

delete from registry.family_membership where valid_to is null;
drop index registry.family_membership_current_idx;
alter table registry.family_membership alter column valid_to set not null;
create index family_membership_person_idx on registry.family_membership (person_id, valid_from);
comment on table registry.family_membership is
  'The families (KK) a person belonged to before the current one on registry.person, with the dates each held';

create index person_kk_idx on registry.person (kk);

-- The verification worklist reads active persons never verified first, then the oldest
-- verification; this index gives that order directly, and its entries answer the due condition
-- without reading the table.
create index person_due_idx on registry.person (verified_at nulls first, id) where active;

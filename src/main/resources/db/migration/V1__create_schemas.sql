-- Each module keeps its tables in a schema of its own.
create schema if not exists platform;
create schema if not exists access;
create schema if not exists region;

create extension if not exists pg_trgm;

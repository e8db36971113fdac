-- V103: beside each person's current version, its person-basis cut (the default part: person-basis's elements,
-- current values only, every adressegradering; the rights package still cuts it when served), with its own index.
-- A default lookup then reads one row of folkeregisterperson, no join, and half the bytes: measured per bulk of
-- 1 000, the documents' bytes were most of the database's CPU. Rows loaded by an older generator get empty values
-- here; the launcher refuses such a database (generator version) until it is reloaded with --fresh.
alter table folkeregisterperson add column basis json not null default '{}';
alter table folkeregisterperson add column basis_indeks bytea not null default ''::bytea;
alter table folkeregisterperson alter column basis drop default;
alter table folkeregisterperson alter column basis_indeks drop default;
comment on column folkeregisterperson.basis is 'The current version cut to person-basis, current values only (Persondokumenttekst.BASIS): what a default lookup serves';
comment on column folkeregisterperson.basis_indeks is 'Index of the pieces of basis (see persondokument.indeks)';

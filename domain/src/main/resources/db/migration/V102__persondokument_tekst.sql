-- V102: person documents in their ready-to-serve form (Persondokumenttekst). The document becomes json, not jsonb:
-- json keeps the text as written (members in the XSD's order) and hands it back without conversion, where turning
-- jsonb back into text was most of a lookup's database time (measured: 15.7k against 9.6-12.6k lookups/s). Beside it
-- the index of the document's pieces, written with it, so that part and the rights package cut the document by
-- concatenation. Both are still SQL-queryable (json operators), and json input is validated like jsonb's.
-- Rows loaded by an older generator get an empty index here; the launcher refuses such a database (generator
-- version) until it is reloaded with --fresh.
alter table persondokument drop constraint ck_persondokument_objekt;
alter table persondokument alter column dokument type json using dokument::json;
alter table persondokument add constraint ck_persondokument_objekt check (json_typeof(dokument) = 'object');
alter table persondokument add column indeks bytea not null default ''::bytea;
alter table persondokument alter column indeks drop default;
comment on column persondokument.dokument is 'The whole document (every element, with history) in the API''s JSON form, members in the XSD''s order; filtered per rights package and part when served';
comment on column persondokument.indeks is 'Index of the document''s pieces (each top-level object and list item: element, history flag, adressegradering, byte offsets in dokument); see Persondokumenttekst';

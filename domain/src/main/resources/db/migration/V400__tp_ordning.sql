-- V400: the TP register: tjenestepensjonsordninger (tpnr) and the organisation that owns each. NAV's pensjon APIs
-- (samordning, vedtaksinformasjon, simulering) answer a consumer only for the tpnr its organisation owns.
-- V400–449: shared pensjon data; V450–499: samordning/vedtaksinformasjon/AAP; V500–599: simulering; V600–699: helserefusjon.

create table tp_ordning (
    tpnr                varchar(4)   primary key check (tpnr ~ '^[0-9]{4}$'),
    navn                varchar(200) not null,
    organisasjonsnummer varchar(9)   not null check (organisasjonsnummer ~ '^[0-9]{9}$')
);

create index tp_ordning_organisasjon on tp_ordning (organisasjonsnummer);

comment on table tp_ordning is 'The TP register: tjenestepensjonsordninger and the organisation owning each';
comment on column tp_ordning.tpnr is 'The ordning''s four-digit TP number (tpnr / tp-nr in the pensjon APIs)';
comment on column tp_ordning.navn is 'The ordning''s name';
comment on column tp_ordning.organisasjonsnummer is 'The owning organisation: the only consumer that may read this tpnr';

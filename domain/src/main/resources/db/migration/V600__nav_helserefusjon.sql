-- V600: NAV Helserefusjon. The yearly egenandelstak (versioned data with its sources), the synthetic egenandeler
-- registered per person and the frikortvedtak that follow from them, the Samhandlerregister (SAR) rows exported to
-- FKR, and the KUHR FKR events received (their producer ids, so a re-sent event is acknowledged, not stored twice).
-- The events themselves and SAR's changes live in the gap-free feeds (feed_hendelse) 'helserefusjon/kuhr-fkr' and
-- 'helserefusjon/sar'.

create table egenandelstak (
    aar     int          not null,
    beloep  int          not null,
    kilde   text         not null,
    constraint pk_egenandelstak primary key (aar),
    constraint ck_egenandelstak_aar check (aar between 2000 and 2100),
    constraint ck_egenandelstak_beloep check (beloep > 0)
);
comment on table egenandelstak is 'The egenandelstak (folketrygdloven § 5-3, forskrift om egenandelstak) per calendar year: reaching it gives frikort for the rest of the year. A new year is a new row in a new migration';
comment on column egenandelstak.aar is 'Calendar year';
comment on column egenandelstak.beloep is 'The tak in whole kroner, as decided by Stortinget for the year';
comment on column egenandelstak.kilde is 'Where the amount is published (public pages quoting it)';

-- Since 2021 egenandelstak 1 and 2 are one common tak (Helsedirektoratet, rundskriv til folketrygdloven § 5-3, kap. 2).
insert into egenandelstak (aar, beloep, kilde) values
    (2021, 2460, 'NTB 12.10.2021 (altaposten.no): taket for 2022 "heves til 2.921 kroner, som tilsvarer en økning på 461 kroner" fra 2021'),
    (2022, 2921, 'NTB 12.10.2021 (altaposten.no), statsbudsjettet 2022; orstadlegesenter.no "EGENANDELSTAKET 2921 KR"'),
    (2023, 3040, 'Helsedirektoratet, rundskriv til folketrygdloven § 5-3, kap. 2: "Egenandelstaket for 2023 er 3040 kroner"'),
    (2024, 3165, 'unicare.no (helsefort, egenandel og frikort): "Egenandelstaket for 2024 er kr. 3165"'),
    (2025, 3278, 'Prop. 1 S (2024–2025) Helse- og omsorgsdepartementet; helsenorge.no/frikort'),
    (2026, 3278, 'unicare.no (landaasen, egenandel og frikort): "Egenandelstaket for 2026 er kr 3278"');

create table samhandler (
    samhandler_id       varchar(11)  not null,
    navn                varchar(200) not null,
    samhandlertype      varchar(4)   not null,
    hpr_nummer          varchar(9),
    organisasjonsnummer varchar(9),
    kommunenummer       varchar(4)   not null,
    gyldig_fra_og_med   date         not null,
    gyldig_til_og_med   date,
    versjon             int          not null,
    sist_endret         timestamptz  not null,
    constraint pk_samhandler primary key (samhandler_id),
    constraint ck_samhandler_id check (samhandler_id ~ '^[0-9]{11}$'),
    constraint ck_samhandler_hpr check (hpr_nummer is null or hpr_nummer ~ '^[0-9]{7,9}$'),
    constraint ck_samhandler_orgnr check (organisasjonsnummer is null or organisasjonsnummer ~ '^[0-9]{9}$'),
    constraint ck_samhandler_periode check (gyldig_til_og_med is null or gyldig_til_og_med >= gyldig_fra_og_med),
    constraint ck_samhandler_versjon check (versjon >= 1)
);
comment on table samhandler is 'Samhandlerregisteret (SAR): health service providers that claim refunds (KUHR) and report egenandeler; exported to FKR';
comment on column samhandler.samhandler_id is 'The samhandler''s 11-digit id in SAR';
comment on column samhandler.navn is 'Name of the practitioner or enterprise';
comment on column samhandler.samhandlertype is 'Kind of samhandler, e.g. LE (lege), FT (fysioterapeut), PS (psykolog), KI (kiropraktor), LAB, RAD, POLI';
comment on column samhandler.hpr_nummer is 'Helsepersonellregisteret number for a practitioner; null for an enterprise';
comment on column samhandler.organisasjonsnummer is 'The enterprise''s organisasjonsnummer (for a practitioner: the practice''s)';
comment on column samhandler.kommunenummer is 'Municipality where the samhandler practises';
comment on column samhandler.gyldig_fra_og_med is 'First day the samhandler may claim';
comment on column samhandler.gyldig_til_og_med is 'Last day; null while active';
comment on column samhandler.versjon is 'Increases with every change (also in the SAR feed), so a consumer can ignore an older copy';
comment on column samhandler.sist_endret is 'When the row last changed';

create table egenandel (
    egenandel_id   bigint       not null,
    personident    varchar(11)  not null,
    dato           date         not null,
    beloep         int          not null,
    tjenestetype   varchar(30)  not null,
    samhandler_id  varchar(11)  not null,
    constraint pk_egenandel primary key (egenandel_id),
    constraint fk_egenandel_person foreign key (personident) references person (foedselsnummer),
    constraint fk_egenandel_samhandler foreign key (samhandler_id) references samhandler (samhandler_id),
    constraint ck_egenandel_beloep check (beloep > 0)
);
comment on table egenandel is 'Registered egenandeler (egenandelsregisteret): what a person paid, when, for what and to whom';
comment on column egenandel.egenandel_id is 'Technical key chosen by the generator';
comment on column egenandel.personident is 'The patient''s fødselsnummer or D-nummer';
comment on column egenandel.dato is 'Date of the service';
comment on column egenandel.beloep is 'Egenandel paid, whole kroner';
comment on column egenandel.tjenestetype is 'LEGE, PSYKOLOG, FYSIOTERAPI, POLIKLINIKK, LAB_ROENTGEN, BLAA_RESEPT or PASIENTREISE';
comment on column egenandel.samhandler_id is 'Who reported it (SAR)';
create index idx_egenandel_person on egenandel (personident, dato);
create index idx_egenandel_samhandler on egenandel (samhandler_id);

create table frikortvedtak (
    vedtak_id          bigint      not null,
    personident        varchar(11) not null,
    aar                int         not null,
    dato_tak_naadd     date        not null,
    sum_egenandeler    int         not null,
    vedtaksdato        date        not null,
    constraint pk_frikortvedtak primary key (vedtak_id),
    constraint uk_frikortvedtak_person_aar unique (personident, aar),
    constraint fk_frikortvedtak_person foreign key (personident) references person (foedselsnummer),
    constraint fk_frikortvedtak_tak foreign key (aar) references egenandelstak (aar),
    constraint ck_frikortvedtak_dato check (extract(year from dato_tak_naadd) = aar and vedtaksdato >= dato_tak_naadd)
);
comment on table frikortvedtak is 'Frikortvedtak: the person''s registered egenandeler in the year reached that year''s egenandelstak; frikort from that date to 31 December';
comment on column frikortvedtak.vedtak_id is 'The vedtak''s id (vedtakId in the API)';
comment on column frikortvedtak.personident is 'The person''s fødselsnummer or D-nummer';
comment on column frikortvedtak.aar is 'The calendar year the frikort is for';
comment on column frikortvedtak.dato_tak_naadd is 'Date of the egenandel with which the sum reached the tak; the frikort is valid from it';
comment on column frikortvedtak.sum_egenandeler is 'Sum of the registered egenandeler up to and including that date (may exceed the tak: the excess is refunded)';
comment on column frikortvedtak.vedtaksdato is 'When the vedtak and its letter were made';
create index idx_frikortvedtak_person on frikortvedtak (personident, aar);

create table kuhr_fkr_hendelse (
    hendelse_id     varchar(64) not null,
    sha256          varchar(64) not null,
    sekvensnummer   bigint,
    mottatt         timestamptz not null,
    avsender        varchar(20) not null,
    constraint pk_kuhr_fkr_hendelse primary key (hendelse_id),
    constraint ck_kuhr_fkr_hendelse_sha check (sha256 ~ '^[0-9a-f]{64}$')
);
comment on table kuhr_fkr_hendelse is 'KUHR FKR events received: the producer''s event id, so a re-sent event is acknowledged and not stored twice; the event itself is in the feed helserefusjon/kuhr-fkr';
comment on column kuhr_fkr_hendelse.hendelse_id is 'The producer''s (FKR''s) event id, unique';
comment on column kuhr_fkr_hendelse.sha256 is 'SHA-256 of the event as stored: a re-sent id with other content is rejected';
comment on column kuhr_fkr_hendelse.sekvensnummer is 'The event''s number in the feed (set in the receiving transaction)';
comment on column kuhr_fkr_hendelse.mottatt is 'When it was received';
comment on column kuhr_fkr_hendelse.avsender is 'The sending organisation (consumer.ID of the token, "0192:" removed)';

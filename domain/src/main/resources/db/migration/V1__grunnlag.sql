-- V1: the shared ground every API builds on: rights packages and their grants, the synthetic population's
-- persons and organisations, and Arbeidsforhold i oppdrag's employment periods.

create table rettighetspakke (
    navn        varchar(100) not null,
    api         varchar(100) not null,
    beskrivelse text         not null,
    constraint pk_rettighetspakke primary key (navn)
);
comment on table rettighetspakke is 'Rights packages (rettighetspakker) an API can be called with; decides which data may leave the server';
comment on column rettighetspakke.navn is 'Technical name as it appears in the URL, e.g. arbeidstilsynetHmsKort';
comment on column rettighetspakke.api is 'The API the package belongs to';
comment on column rettighetspakke.beskrivelse is 'What the package gives access to';

insert into rettighetspakke (navn, api, beskrivelse) values
    ('arbeidstilsynetHmsKort', 'arbeidsforholdioppdrag', 'Arbeidstilsynet: arbeidsforhold i oppdrag for HMS-kort');

create table rettighetspakke_tilgang (
    organisasjonsnummer varchar(9)   not null,
    rettighetspakke     varchar(100) not null,
    kilde               varchar(50)  not null,
    opprettet           timestamptz  not null default now(),
    constraint pk_rettighetspakke_tilgang primary key (organisasjonsnummer, rettighetspakke),
    constraint fk_rettighetspakke_tilgang_pakke foreign key (rettighetspakke) references rettighetspakke (navn),
    constraint ck_rettighetspakke_tilgang_orgnr check (organisasjonsnummer ~ '^[0-9]{9}$')
);
comment on table rettighetspakke_tilgang is 'Grants: which consumer organisation may call with which rights package';
comment on column rettighetspakke_tilgang.organisasjonsnummer is 'Consumer organisation (consumer.ID in the Maskinporten token)';
comment on column rettighetspakke_tilgang.rettighetspakke is 'The granted package';
comment on column rettighetspakke_tilgang.kilde is 'Where the grant came from: config, cli, population';
comment on column rettighetspakke_tilgang.opprettet is 'When the grant was stored';
create index idx_rettighetspakke_tilgang_pakke on rettighetspakke_tilgang (rettighetspakke);

create table organisasjon (
    organisasjonsnummer varchar(9)   not null,
    navn                varchar(200) not null,
    organisasjonsform   varchar(10)  not null,
    kommunenummer       varchar(4)   not null,
    constraint pk_organisasjon primary key (organisasjonsnummer),
    constraint ck_organisasjon_orgnr check (organisasjonsnummer ~ '^[0-9]{9}$')
);
comment on table organisasjon is 'Organisations (Enhetsregisteret-like) of the synthetic population';
comment on column organisasjon.organisasjonsnummer is '9 digits with mod-11 check digit';
comment on column organisasjon.navn is 'Registered name';
comment on column organisasjon.organisasjonsform is 'Organisation form code, e.g. AS, ENK, NUF';
comment on column organisasjon.kommunenummer is 'Municipality of the business address';

create table person (
    foedselsnummer     varchar(11)  not null,
    identifikatortype  varchar(20)  not null,
    fornavn            varchar(200) not null,
    mellomnavn         varchar(200),
    etternavn          varchar(200) not null,
    kjoenn             varchar(10)  not null,
    foedselsdato       date         not null,
    personstatus       varchar(30)  not null,
    constraint pk_person primary key (foedselsnummer),
    constraint ck_person_fnr check (foedselsnummer ~ '^[0-9]{11}$'),
    constraint ck_person_identifikatortype check (identifikatortype in ('foedselsnummer', 'dNummer')),
    constraint ck_person_kjoenn check (kjoenn in ('kvinne', 'mann'))
);
comment on table person is 'Persons of the synthetic population (Folkeregisteret-like core data)';
comment on column person.foedselsnummer is 'Fødselsnummer or D-nummer; synthetic numbers have month + 80';
comment on column person.identifikatortype is 'foedselsnummer or dNummer (Folkeregisteret enumeration)';
comment on column person.fornavn is 'Given name';
comment on column person.mellomnavn is 'Middle name, if any';
comment on column person.etternavn is 'Family name';
comment on column person.kjoenn is 'kvinne or mann (Folkeregisteret enumeration)';
comment on column person.foedselsdato is 'Date of birth';
comment on column person.personstatus is 'Folkeregisteret personstatus, e.g. bosatt, utflyttet, doed';

create table arbeidsforhold (
    id             bigint generated always as identity,
    oppdragsgiver  varchar(9)  not null,
    arbeidstaker   varchar(11) not null,
    startdato      date        not null,
    sluttdato      date,
    constraint pk_arbeidsforhold primary key (id),
    constraint fk_arbeidsforhold_oppdragsgiver foreign key (oppdragsgiver) references organisasjon (organisasjonsnummer),
    constraint fk_arbeidsforhold_arbeidstaker foreign key (arbeidstaker) references person (foedselsnummer),
    constraint ck_arbeidsforhold_periode check (sluttdato is null or sluttdato >= startdato)
);
comment on table arbeidsforhold is 'Employment periods between an oppdragsgiver and an arbeidstaker (Arbeidsforhold i oppdrag); one row per period';
comment on column arbeidsforhold.id is 'Technical key';
comment on column arbeidsforhold.oppdragsgiver is 'Organisasjonsnummer of the oppdragsgiver';
comment on column arbeidsforhold.arbeidstaker is 'Fødselsnummer or D-nummer of the arbeidstaker';
comment on column arbeidsforhold.startdato is 'First day of the period';
comment on column arbeidsforhold.sluttdato is 'Last day of the period; null while it is ongoing';
create index idx_arbeidsforhold_arbeidstaker_oppdragsgiver on arbeidsforhold (arbeidstaker, oppdragsgiver, startdato);
create index idx_arbeidsforhold_oppdragsgiver on arbeidsforhold (oppdragsgiver);

create table populasjon (
    id               int         not null,
    seed             bigint      not null,
    antall_personer  int         not null,
    generatorversjon int         not null,
    lastet           timestamptz not null default now(),
    constraint pk_populasjon primary key (id),
    constraint ck_populasjon_singleton check (id = 1)
);
comment on table populasjon is 'Which synthetic population is loaded (at most one row); absent in production databases';
comment on column populasjon.id is 'Always 1';
comment on column populasjon.seed is 'Generator seed';
comment on column populasjon.antall_personer is 'Number of persons generated';
comment on column populasjon.generatorversjon is 'Generator version: a newer generator reloads with --fresh';
comment on column populasjon.lastet is 'When it was loaded';

-- V100: Folkeregisteret oppslag. Every version of every person document (persondokument, served by personer/arkiv),
-- the search columns of each person's current version (folkeregisterperson, entydig søk), the other identifiers that
-- find a person (folkeregister_identifikator), and the three rights packages of the API.
-- Documents are JSONB in the API's own JSON shape: the API filters them (part, rights package) rather than building
-- them from columns; the search columns beside them are what the queries use.

insert into rettighetspakke (navn, api, beskrivelse) values
    ('offentlig-med-hjemmel', 'folkeregisteret', 'Offentlige aktører med hjemmel i egen lov som gir rett til folkeregisterdata'),
    ('offentlig-uten-hjemmel', 'folkeregisteret', 'Offentlige aktører uten hjemmel i egen lov: ikke taushetsbelagte opplysninger'),
    ('finans-og-begrenset', 'folkeregisteret', 'Finansbransjen og virksomheter med tilgang til enkelte taushetsbelagte opplysninger');

create table persondokument (
    persondokumentidentifikator uuid        not null,
    folkeregisteridentifikator  varchar(11) not null,
    versjon                     int         not null,
    ajourholdstidspunkt         timestamptz not null,
    dokument                    jsonb       not null,
    constraint pk_persondokument primary key (persondokumentidentifikator),
    constraint uk_persondokument_versjon unique (folkeregisteridentifikator, versjon),
    constraint fk_persondokument_person foreign key (folkeregisteridentifikator) references person (foedselsnummer),
    constraint ck_persondokument_versjon check (versjon >= 1),
    constraint ck_persondokument_objekt check (jsonb_typeof(dokument) = 'object')
);
comment on table persondokument is 'Every version of every Folkeregisteret person document; a change never overwrites, it adds a version';
comment on column persondokument.persondokumentidentifikator is 'The version''s identifier: 128 bits, shown by the API as 32 hex characters';
comment on column persondokument.folkeregisteridentifikator is 'The person''s current fødselsnummer or D-nummer';
comment on column persondokument.versjon is 'Version number per person, 1 for the first';
comment on column persondokument.ajourholdstidspunkt is 'When the change that made this version was registered';
comment on column persondokument.dokument is 'The whole document (every element, with history) in the API''s JSON form; filtered per rights package and part when served';

create table folkeregisterperson (
    folkeregisteridentifikator  varchar(11)  not null,
    persondokumentidentifikator uuid         not null,
    foedselsdato                date         not null,
    navn                        varchar(620) not null,
    adressenavn                 varchar(200),
    husnummer                   varchar(4),
    husbokstav                  varchar(1),
    postnummer                  varchar(4),
    adressegradering            varchar(20),
    constraint pk_folkeregisterperson primary key (folkeregisteridentifikator),
    constraint uk_folkeregisterperson_dokument unique (persondokumentidentifikator),
    constraint fk_folkeregisterperson_dokument foreign key (persondokumentidentifikator) references persondokument (persondokumentidentifikator),
    constraint fk_folkeregisterperson_person foreign key (folkeregisteridentifikator) references person (foedselsnummer),
    constraint ck_folkeregisterperson_gradering check (adressegradering in ('ugradert', 'klientadresse', 'fortrolig', 'strengtFortrolig'))
);
comment on table folkeregisterperson is 'One row per person in Folkeregisteret: the current document version and the columns entydig søk matches on';
comment on column folkeregisterperson.folkeregisteridentifikator is 'Current fødselsnummer or D-nummer';
comment on column folkeregisterperson.persondokumentidentifikator is 'The current version in persondokument';
comment on column folkeregisterperson.foedselsdato is 'Date of birth';
comment on column folkeregisterperson.navn is 'Current name, upper case, words separated by single spaces (fornavn mellomnavn etternavn)';
comment on column folkeregisterperson.adressenavn is 'Street name of the current bostedsadresse (oppholdsadresse for D-numbers); null for matrikkel addresses and persons without one';
comment on column folkeregisterperson.husnummer is 'House number of that address';
comment on column folkeregisterperson.husbokstav is 'House letter of that address, if any';
comment on column folkeregisterperson.postnummer is 'Postnummer of that address';
comment on column folkeregisterperson.adressegradering is 'Protection of that address: a package that may not see it must not find the person by it';

create table folkeregister_identifikator (
    identifikatortype          varchar(60)  not null,
    identifikator              varchar(100) not null,
    folkeregisteridentifikator varchar(11)  not null,
    constraint pk_folkeregister_identifikator primary key (identifikatortype, identifikator, folkeregisteridentifikator),
    constraint fk_folkeregister_identifikator_person foreign key (folkeregisteridentifikator) references folkeregisterperson (folkeregisteridentifikator),
    constraint ck_folkeregister_identifikator_type check (identifikatortype in ('folkeregisteridentifikator', 'utenlandskPersonidentifikasjon',
        'legitimasjonsdokument', 'utlendingsmyndighetenesIdentifikasjonsnummer'))
);
comment on table folkeregister_identifikator is 'Identifiers other than the current number that find a person: earlier D-numbers, foreign identifiers (a doublet shares one), passports, DUF numbers';
comment on column folkeregister_identifikator.identifikatortype is 'Which identifier, named as the API''s element or search parameter';
comment on column folkeregister_identifikator.identifikator is 'The value as a client searches it: a number, or LAND-nummer (ISO 3166 alpha-3) for foreign ones';
comment on column folkeregister_identifikator.folkeregisteridentifikator is 'The person it identifies (current number)';
create index idx_folkeregister_identifikator_person on folkeregister_identifikator (folkeregisteridentifikator);

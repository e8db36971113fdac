-- V300: Helsenorge Verktøy (range V300-V399): the Verktøykatalog (tools, their graphic elements, the prefix-search
-- index), veiledningstjenester, which citizens are digitally active on Helsenorge, a Helsepersonellregister (HPR),
-- and the tasks created when a tool is sent to a citizen, with their deadline life cycle.

create table verktoy_grafisk_element (
    grafisk_element_id int          not null,
    type_id            smallint     not null,
    medietype          varchar(50)  not null,
    innhold            bytea        not null,
    constraint pk_verktoy_grafisk_element primary key (grafisk_element_id),
    constraint ck_verktoy_grafisk_element_type check (type_id in (1, 2)),
    constraint ck_verktoy_grafisk_element_medietype check (medietype in ('image/svg+xml', 'image/png')),
    constraint ck_verktoy_grafisk_element_innhold check (octet_length(innhold) between 1 and 1048576)
);
comment on table verktoy_grafisk_element is 'Graphic elements (icons, illustrations) of the Verktøykatalog, served as images by GET verktoy/v1/GrafiskElement/{id}';
comment on column verktoy_grafisk_element.grafisk_element_id is 'GrafiskElementId as the API shows it';
comment on column verktoy_grafisk_element.type_id is 'Kind of element: 1 Ikon (SVG), 2 Illustrasjon (PNG); GrafiskElementTypeNavn comes from it';
comment on column verktoy_grafisk_element.medietype is 'Content-Type the image is served with';
comment on column verktoy_grafisk_element.innhold is 'The image file itself (at most 1 MiB)';

create table verktoy (
    verktoy_id          uuid          not null,
    navn                varchar(200)  not null,
    ingress             varchar(1000) not null,
    beskrivelse         text          not null,
    opprettet_dato      timestamptz   not null,
    endret_dato         timestamptz   not null,
    formal_type_id      smallint      not null,
    faglig_ansvarlig    varchar(200)  not null,
    utviklet_av         varchar(200)  not null,
    sprak_id            smallint      not null,
    fagomrade_type      smallint      not null,
    url                 varchar(500)  not null,
    sokeord             text[]        not null,
    malgruppe_type_id   smallint      not null,
    grafisk_element_id  int           not null,
    innholdstype_id     smallint      not null,
    behandlerinnsyn     varchar(200)  not null,
    klassifisering_kode varchar(20)   not null,
    klassifisering_navn varchar(200)  not null,
    krever_forskrivning boolean       not null,
    anonym_tilgang      boolean       not null,
    organisasjonsnummer varchar(9)    not null,
    organisasjonsnavn   varchar(200)  not null,
    antatt_tid          int,
    constraint pk_verktoy primary key (verktoy_id),
    constraint fk_verktoy_grafisk_element foreign key (grafisk_element_id) references verktoy_grafisk_element (grafisk_element_id),
    constraint ck_verktoy_datoer check (endret_dato >= opprettet_dato),
    constraint ck_verktoy_formal check (formal_type_id in (2, 4, 5)),
    constraint ck_verktoy_sprak check (sprak_id between 1 and 4),
    constraint ck_verktoy_fagomrade check (fagomrade_type between 1 and 3),
    constraint ck_verktoy_malgruppe check (malgruppe_type_id between 1 and 4),
    constraint ck_verktoy_innholdstype check (innholdstype_id between 1 and 10),
    constraint ck_verktoy_url check (url ~ '^https://'),
    constraint ck_verktoy_klassifisering check (klassifisering_kode ~ '^[0-9]{6,18}$'),
    constraint ck_verktoy_forskrivning_anonym check (not (krever_forskrivning and anonym_tilgang)),
    constraint ck_verktoy_orgnr check (organisasjonsnummer ~ '^[0-9]{9}$'),
    constraint ck_verktoy_antatt_tid check (antatt_tid is null or antatt_tid between 1 and 600)
);
comment on table verktoy is 'Helsenorge Verktøykatalog: digital health tools with every metadata field of the Verktøy API';
comment on column verktoy.verktoy_id is 'VerktoyId: the tool''s unique id (guid)';
comment on column verktoy.navn is 'Navn: the tool''s name';
comment on column verktoy.ingress is 'Ingress: introductory description';
comment on column verktoy.beskrivelse is 'Beskrivelse: full description';
comment on column verktoy.opprettet_dato is 'OpprettetDato: when the tool was added to the catalogue';
comment on column verktoy.endret_dato is 'EndretDato: when the tool''s metadata last changed';
comment on column verktoy.formal_type_id is 'VerktoyFormalTypeId: 2 Behandling, 4 Mestring og egenbehandling, 5 Forebygging og livsstil';
comment on column verktoy.faglig_ansvarlig is 'FagligAnsvarlig: who is professionally responsible for the content';
comment on column verktoy.utviklet_av is 'UtvikletAv: who developed the tool';
comment on column verktoy.sprak_id is 'Sprak filter id: 1 nb-NO, 2 nn-NO, 3 en-GB, 4 se-NO (SprakKode/SprakNavn follow from it)';
comment on column verktoy.fagomrade_type is 'FagomradeType: 1 Somatisk helse, 2 Psykisk helse, 3 Rus og avhengighet';
comment on column verktoy.url is 'Url of the tool (LenkeType 50, Lenke til verktøy)';
comment on column verktoy.sokeord is 'Sokeord: predefined search words, in display order';
comment on column verktoy.malgruppe_type_id is 'MalgruppeTypeId: 1 Barn, 2 Ungdom, 3 Voksne, 4 Eldre';
comment on column verktoy.grafisk_element_id is 'GrafiskElementId: the tool''s graphic element';
comment on column verktoy.innholdstype_id is 'InnholdstypeId 1-10 (names in the application''s Kodeverk)';
comment on column verktoy.behandlerinnsyn is 'Behandlerinnsyn: what a behandler who sent the tool can see';
comment on column verktoy.klassifisering_kode is 'KlassifiseringKode: SNOMED CT concept id';
comment on column verktoy.klassifisering_navn is 'KlassifiseringNavn: the SNOMED CT concept''s Norwegian name';
comment on column verktoy.krever_forskrivning is 'KreverForskrivning: usable only when a behandler has sent it (KanLeggesTilAvInnbygger is its negation)';
comment on column verktoy.anonym_tilgang is 'Open to everybody without login (the KunAnonymTilgang filter)';
comment on column verktoy.organisasjonsnummer is 'Organisasjonsnummer of the tool''s dataansvarlig: the only organisation that may send the tool';
comment on column verktoy.organisasjonsnavn is 'Organisasjonsnavn of the dataansvarlig';
comment on column verktoy.antatt_tid is 'AntattTid: expected minutes to complete the tool, if stated';
create index idx_verktoy_navn on verktoy (navn, verktoy_id);
create index idx_verktoy_fagomrade on verktoy (fagomrade_type);
create index idx_verktoy_organisasjonsnummer on verktoy (organisasjonsnummer);

create table verktoy_sok (
    term       varchar(300) collate "C" not null,
    verktoy_id uuid         not null,
    navn       varchar(200) not null,
    constraint pk_verktoy_sok primary key (term, verktoy_id) include (navn),
    constraint fk_verktoy_sok_verktoy foreign key (verktoy_id) references verktoy (verktoy_id) on delete cascade,
    constraint ck_verktoy_sok_term check (term <> '' and term = lower(term))
);
comment on table verktoy_sok is 'Prefix-search index of SokSelvstendigVerktoy: every word-start suffix of each tool''s name and search words, normalised (lower case, single spaces)';
comment on column verktoy_sok.term is 'A normalised text that starts at a word of the name or of a search word and runs to its end; a search term matches its prefix';
comment on column verktoy_sok.verktoy_id is 'The tool the term belongs to';
comment on column verktoy_sok.navn is 'Copy of verktoy.navn, written with the terms: a search is then one index-only range scan, no join (the catalogue is read-only at run time; whoever renames a tool rewrites its terms)';
-- collation "C" (byte order): the primary key's btree answers "term >= prefix and term < prefix || U+10FFFF" with one
-- index-only range scan (navn is included), whatever the database's own collation, also in a generic (prepared) plan

create table verktoy_veiledningstjeneste (
    veiledningstjeneste_id uuid         not null,
    navn                   varchar(200) not null,
    organisasjonsnummer    varchar(9)   not null,
    telefon                varchar(20)  not null,
    url                    varchar(500) not null,
    apningstider           int[]        not null,
    endret                 timestamptz  not null,
    endret_av_klient       varchar(200),
    versjon                int          not null default 0,
    constraint pk_verktoy_veiledningstjeneste primary key (veiledningstjeneste_id),
    constraint ck_verktoy_veiledningstjeneste_orgnr check (organisasjonsnummer ~ '^[0-9]{9}$'),
    constraint ck_verktoy_veiledningstjeneste_url check (url ~ '^https?://'),
    constraint ck_verktoy_veiledningstjeneste_apningstider check (apningstider <@ array[1, 2, 3, 4, 5])
);
comment on table verktoy_veiledningstjeneste is 'Veiledningstjenester: guidance services helping citizens with an organisation''s tools; the owner updates them with PUT verktoy/v1/Veiledningstjeneste/{id}';
comment on column verktoy_veiledningstjeneste.veiledningstjeneste_id is 'Id of the veiledningstjeneste (guid, the last URL segment)';
comment on column verktoy_veiledningstjeneste.navn is 'Display name';
comment on column verktoy_veiledningstjeneste.organisasjonsnummer is 'Owner organisation: only its API clients may update the service';
comment on column verktoy_veiledningstjeneste.telefon is 'Telefon: Norwegian phone number, normalised to 8 digits or +47 and 8 digits';
comment on column verktoy_veiledningstjeneste.url is 'Url of the guidance service';
comment on column verktoy_veiledningstjeneste.apningstider is 'Apningstider ids, sorted, no repeats: 1 hverdager 08-16, 2 hverdager 16-22, 3 lørdag, 4 søndag og helligdager, 5 døgnåpen';
comment on column verktoy_veiledningstjeneste.endret is 'When the metadata was last changed';
comment on column verktoy_veiledningstjeneste.endret_av_klient is 'API client (client_id) that made the last change; null for the original data';
comment on column verktoy_veiledningstjeneste.versjon is 'Optimistic lock version';

create table helsenorge_digitalt_aktiv (
    foedselsnummer varchar(11) not null,
    aktiv_fra      date        not null,
    constraint pk_helsenorge_digitalt_aktiv primary key (foedselsnummer),
    constraint fk_helsenorge_digitalt_aktiv_person foreign key (foedselsnummer) references person (foedselsnummer)
);
comment on table helsenorge_digitalt_aktiv is 'Citizens who are digitally active on Helsenorge (can receive tasks); a citizen without a row is not (VER-000228)';
comment on column helsenorge_digitalt_aktiv.foedselsnummer is 'The citizen''s fødselsnummer or D-nummer';
comment on column helsenorge_digitalt_aktiv.aktiv_fra is 'Since when the citizen has been digitally active';

create table helsepersonell (
    hpr_nummer     varchar(9)   not null,
    foedselsnummer varchar(11)  not null,
    kategori       varchar(2)   not null,
    navn           varchar(400) not null,
    autorisert_fra date         not null,
    constraint pk_helsepersonell primary key (hpr_nummer),
    constraint uk_helsepersonell_foedselsnummer unique (foedselsnummer),
    constraint fk_helsepersonell_person foreign key (foedselsnummer) references person (foedselsnummer),
    constraint ck_helsepersonell_hpr check (hpr_nummer ~ '^[0-9]{7,9}$'),
    constraint ck_helsepersonell_kategori check (kategori in ('LE', 'SP', 'PS', 'FT', 'ET', 'JO'))
);
comment on table helsepersonell is 'Helsepersonellregister (HPR)-like register of health professionals: who may be named as behandler when a tool is sent (PVF-000239 otherwise)';
comment on column helsepersonell.hpr_nummer is 'HPR-nummer';
comment on column helsepersonell.foedselsnummer is 'The professional''s fødselsnummer (BehandlerFnr is looked up here)';
comment on column helsepersonell.kategori is 'Authorised category (HPR code): LE lege, SP sykepleier, PS psykolog, FT fysioterapeut, ET ergoterapeut, JO jordmor';
comment on column helsepersonell.navn is 'Full name as registered (the Behandler answer''s Navn)';
comment on column helsepersonell.autorisert_fra is 'Date of authorisation';

create table verktoy_oppgave (
    oppgave_id        bigint generated always as identity,
    verktoy_id        uuid         not null,
    innbygger         varchar(11)  not null,
    avsender_orgnr    varchar(9)   not null,
    avsender_navn     varchar(200) not null,
    behandler_id_type varchar(3),
    behandler_id      varchar(11),
    behandler_navn    varchar(400),
    melding           varchar(1500),
    frist             date         not null,
    utloper           date         not null,
    tilstand          varchar(20)  not null,
    tilstand_endret   timestamptz  not null,
    opprettet         timestamptz  not null,
    konsument         varchar(9)   not null,
    klient_id         varchar(200) not null,
    korrelasjonsid    varchar(100) not null,
    constraint pk_verktoy_oppgave primary key (oppgave_id),
    constraint fk_verktoy_oppgave_verktoy foreign key (verktoy_id) references verktoy (verktoy_id),
    constraint fk_verktoy_oppgave_innbygger foreign key (innbygger) references person (foedselsnummer),
    constraint ck_verktoy_oppgave_tilstand check (tilstand in ('AKTIV', 'FRIST_PASSERT', 'UTLOPT')),
    constraint ck_verktoy_oppgave_utloper check (utloper > frist),
    constraint ck_verktoy_oppgave_behandler check ((behandler_id_type is null and behandler_id is null and behandler_navn is null)
        or (behandler_id_type in ('HPR', 'FNR') and behandler_id is not null and behandler_navn is not null)),
    constraint ck_verktoy_oppgave_orgnr check (avsender_orgnr ~ '^[0-9]{9}$' and konsument ~ '^[0-9]{9}$')
);
comment on table verktoy_oppgave is 'Tasks created by sending a tool to a citizen (verktøyoppgave): deadline life cycle AKTIV -> FRIST_PASSERT -> UTLOPT moved by the deadline timer';
comment on column verktoy_oppgave.oppgave_id is 'Technical key';
comment on column verktoy_oppgave.verktoy_id is 'The tool sent';
comment on column verktoy_oppgave.innbygger is 'The citizen''s fødselsnummer or D-nummer (InnbyggerFnr)';
comment on column verktoy_oppgave.avsender_orgnr is 'AvsenderOrgNummer (v2); the caller''s organisation for v1';
comment on column verktoy_oppgave.avsender_navn is 'AvsenderNavn as shown to the citizen (v2); the behandler''s name for v1';
comment on column verktoy_oppgave.behandler_id_type is 'HPR or FNR: how the behandler was given (v1 only; null when sent through v2)';
comment on column verktoy_oppgave.behandler_id is 'BehandlerHpr or BehandlerFnr as given (v1 only)';
comment on column verktoy_oppgave.behandler_navn is 'The behandler''s full name from the HPR register (v1 only)';
comment on column verktoy_oppgave.melding is 'Melding shown to the citizen with the task, at most 1500 characters';
comment on column verktoy_oppgave.frist is 'FristDato as a date in Europe/Oslo (default: two weeks after the send)';
comment on column verktoy_oppgave.utloper is 'Last day the task can be done: frist plus three months';
comment on column verktoy_oppgave.tilstand is 'AKTIV until the frist, FRIST_PASSERT until utloper, then UTLOPT';
comment on column verktoy_oppgave.tilstand_endret is 'When the state last changed';
comment on column verktoy_oppgave.opprettet is 'When the tool was sent';
comment on column verktoy_oppgave.konsument is 'The calling organisation (HelseID orgnr_parent)';
comment on column verktoy_oppgave.klient_id is 'The calling API client (client_id); the PseudoId in the answer is keyed by it';
comment on column verktoy_oppgave.korrelasjonsid is 'Correlation id of the sending request';
-- one open task per tool and citizen: an UTLOPT task no longer blocks a new send
create unique index uk_verktoy_oppgave_aapen on verktoy_oppgave (verktoy_id, innbygger) where tilstand <> 'UTLOPT';
create index idx_verktoy_oppgave_innbygger on verktoy_oppgave (innbygger, verktoy_id);
-- the deadline timer's work queues: only the rows that still have a move ahead of them
create index idx_verktoy_oppgave_aktiv_frist on verktoy_oppgave (frist) where tilstand = 'AKTIV';
create index idx_verktoy_oppgave_passert_utloper on verktoy_oppgave (utloper) where tilstand = 'FRIST_PASSERT';

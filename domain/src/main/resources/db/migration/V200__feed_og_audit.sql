-- V200: cross-cutting tables of infra (used by every context): gap-free event feeds (no.datadeling.infra.feed) and the
-- hash-chained, insert-only audit log of disclosures (no.datadeling.infra.audit). Range V200-V299 belongs to nav-helse,
-- which introduced them.

create table feed_teller (
    feed  varchar(100) not null,
    siste bigint       not null default 0,
    constraint pk_feed_teller primary key (feed),
    constraint ck_feed_teller_siste check (siste >= 0)
);
comment on table feed_teller is 'One counter row per event feed; locked by UPDATE as the last statement of every writing transaction, so feed numbers are dense (1..N) and in commit order';
comment on column feed_teller.feed is 'Feed name, e.g. nav-helse/trygdehendelser (later also one feed per tpnr for samordning)';
comment on column feed_teller.siste is 'Highest number handed out and committed; a rolled-back writer returns its number';

create table feed_hendelse (
    feed      varchar(100) not null,
    nummer    bigint       not null,
    type      varchar(50)  not null,
    kategori  varchar(50)  not null,
    innhold   jsonb        not null,
    opprettet timestamptz  not null default clock_timestamp(),
    constraint pk_feed_hendelse primary key (feed, nummer),
    constraint fk_feed_hendelse_feed foreign key (feed) references feed_teller (feed),
    constraint ck_feed_hendelse_nummer check (nummer >= 1),
    constraint ck_feed_hendelse_innhold check (jsonb_typeof(innhold) = 'object')
);
comment on table feed_hendelse is 'Published events of every feed; immutable once written (trigger)';
comment on column feed_hendelse.feed is 'The feed the event belongs to';
comment on column feed_hendelse.nummer is 'Position in the feed: dense 1..N in commit order (never a sequence value)';
comment on column feed_hendelse.type is 'Event type as the API spells it, e.g. OPPRETTET, ENDRET, ANNULLERT';
comment on column feed_hendelse.kategori is 'The value readers filter on, e.g. the hjemmelgruppe EOS or OEVRIGE';
comment on column feed_hendelse.innhold is 'The event content as the API delivers it (a JSON object)';
comment on column feed_hendelse.opprettet is 'When the event was published (clock time after the counter lock: non-decreasing with nummer)';
create index idx_feed_hendelse_kategori on feed_hendelse (feed, kategori, nummer);

create function feed_hendelse_uforanderlig() returns trigger language plpgsql as $$
begin
    raise exception 'feed_hendelse is append-only: % refused', tg_op using errcode = 'restrict_violation';
end $$;
create trigger trg_feed_hendelse_uforanderlig before update or delete on feed_hendelse
    for each row execute function feed_hendelse_uforanderlig();

create table audit_kjede (
    kjede        varchar(200) not null,
    siste_nummer bigint       not null,
    siste_hash   char(64)     not null,
    constraint pk_audit_kjede primary key (kjede),
    constraint ck_audit_kjede_nummer check (siste_nummer >= 0),
    constraint ck_audit_kjede_hash check (siste_hash ~ '^[0-9a-f]{64}$')
);
comment on table audit_kjede is 'Head of each audit hash chain; locked by the writing transaction so a chain grows one row at a time in commit order';
comment on column audit_kjede.kjede is 'Chain name: the service and a partition by subject, e.g. nav:helse/v1/uforeopplysninger#2';
comment on column audit_kjede.siste_nummer is 'Number of the last row in the chain (0 = empty)';
comment on column audit_kjede.siste_hash is 'Hash of the last row (64 zeros for an empty chain): detects removed rows at the end';

create table audit_logg (
    id             bigint generated always as identity,
    kjede          varchar(200) not null,
    nummer         bigint       not null,
    tidspunkt      timestamptz  not null,
    tjeneste       varchar(200) not null,
    subjekt        varchar(20)  not null,
    konsument      varchar(9),
    klient_id      varchar(200),
    leverandoer    varchar(9),
    kategorier     varchar(500) not null,
    scope          varchar(500),
    samtykke_id    varchar(100),
    korrelasjonsid varchar(100) not null,
    forrige_hash   char(64)     not null,
    hash           char(64)     not null,
    constraint pk_audit_logg primary key (id),
    constraint uk_audit_logg_kjede_nummer unique (kjede, nummer),
    constraint fk_audit_logg_kjede foreign key (kjede) references audit_kjede (kjede),
    constraint ck_audit_logg_nummer check (nummer >= 1),
    constraint ck_audit_logg_hash check (hash ~ '^[0-9a-f]{64}$' and forrige_hash ~ '^[0-9a-f]{64}$')
);
comment on table audit_logg is 'Audit log of disclosures (sporingslogg): who received what about whom, when and why; never the data. Insert-only (triggers) and hash-chained per kjede';
comment on column audit_logg.id is 'Technical key';
comment on column audit_logg.kjede is 'The hash chain the row belongs to';
comment on column audit_logg.nummer is 'Position in the chain, dense from 1';
comment on column audit_logg.tidspunkt is 'When the disclosure was made (microseconds, as hashed)';
comment on column audit_logg.tjeneste is 'The API that disclosed, e.g. nav:helse/v1/uforeopplysninger';
comment on column audit_logg.subjekt is 'Whom the data is about: fødselsnummer or D-nummer';
comment on column audit_logg.konsument is 'Who received it: the consumer organisation (consumer.ID of the access token)';
comment on column audit_logg.klient_id is 'The consumer''s client (client_id of the access token)';
comment on column audit_logg.leverandoer is 'The supplier organisation acting for the consumer (supplier.ID), if any';
comment on column audit_logg.kategorier is 'Which data categories were returned, comma-separated (never the values)';
comment on column audit_logg.scope is 'Why: the scope that authorised the call';
comment on column audit_logg.samtykke_id is 'Why: the consent (Altinn 2 AuthorizationCode or Altinn 3 consent id), if the disclosure rests on one';
comment on column audit_logg.korrelasjonsid is 'The request''s correlation id (Korrelasjonsid response header, callId in errors)';
comment on column audit_logg.forrige_hash is 'Hash of the previous row in the chain (64 zeros for the first)';
comment on column audit_logg.hash is 'SHA-256 over this row''s content and forrige_hash (AuditChain)';
create index idx_audit_logg_subjekt on audit_logg (subjekt, tidspunkt);

create function audit_logg_kun_innsetting() returns trigger language plpgsql as $$
begin
    raise exception 'audit_logg is insert-only: % refused', tg_op using errcode = 'restrict_violation';
end $$;
create trigger trg_audit_logg_kun_innsetting before update or delete on audit_logg
    for each row execute function audit_logg_kun_innsetting();
create trigger trg_audit_logg_ingen_truncate before truncate on audit_logg
    for each statement execute function audit_logg_kun_innsetting();

-- the head only moves forward one row at a time, and is never removed
create function audit_kjede_fremover() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if new.kjede = old.kjede and new.siste_nummer = old.siste_nummer + 1 then
            return new;
        end if;
    end if;
    raise exception 'audit_kjede only moves forward: % refused', tg_op using errcode = 'restrict_violation';
end $$;
create trigger trg_audit_kjede_fremover before update or delete on audit_kjede
    for each row execute function audit_kjede_fremover();
create trigger trg_audit_kjede_ingen_truncate before truncate on audit_kjede
    for each statement execute function audit_kjede_fremover();

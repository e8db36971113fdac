-- V101: request budgets per consumer organisation (rate limiting, cluster-wide): the token buckets every instance
-- leases from, and limits for organisations that differ from the configured default (datadeling.ratebegrensning.per-minutt).

create table ratebegrensning_grense (
    organisasjonsnummer varchar(9) not null,
    per_minutt          bigint     not null,
    constraint pk_ratebegrensning_grense primary key (organisasjonsnummer),
    constraint ck_ratebegrensning_grense_orgnr check (organisasjonsnummer ~ '^[0-9]{9}$'),
    constraint ck_ratebegrensning_grense_verdi check (per_minutt >= 0)
);
comment on table ratebegrensning_grense is 'Per-organisation request limits that differ from the configured default';
comment on column ratebegrensning_grense.organisasjonsnummer is 'Consumer organisation (consumer.ID in the token)';
comment on column ratebegrensning_grense.per_minutt is 'Requests allowed per minute (also the most that can be spent at once); 0 blocks';

create table ratebegrensning_boette (
    organisasjonsnummer varchar(9)       not null,
    tokens              double precision not null,
    tildelt             int              not null,
    oppdatert           timestamptz      not null,
    constraint pk_ratebegrensning_boette primary key (organisasjonsnummer),
    constraint ck_ratebegrensning_boette_orgnr check (organisasjonsnummer ~ '^[0-9]{9}$')
);
comment on table ratebegrensning_boette is 'Token bucket per consumer organisation, shared by every instance of the cluster';
comment on column ratebegrensning_boette.organisasjonsnummer is 'Consumer organisation';
comment on column ratebegrensning_boette.tokens is 'Requests left in the bucket at oppdatert (refilled continuously at the per-minute rate)';
comment on column ratebegrensning_boette.tildelt is 'Tokens handed to an instance by the last lease (the lease statement returns it)';
comment on column ratebegrensning_boette.oppdatert is 'When tokens was computed (database clock)';

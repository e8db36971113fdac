-- V460: NAV Arbeid Arbeidsavklaringspenger (AAP): decisions and meldekort (employment reports every 14 days). Read on
-- consent (Altinn 5252_X); nothing is kept before 2010-03-01, the earliest date NAV's AAP API serves.

create table aap_vedtak (
    vedtak_id          bigint      not null,
    ident              varchar(11) not null,
    type               varchar(20) not null,
    status             varchar(20) not null,
    fom                date        not null,
    tom                date        not null,
    dagsats            int         not null,
    barnetillegg       int         not null,
    beregningsgrunnlag int         not null,
    vedtaksdato        date        not null,
    constraint pk_aap_vedtak primary key (vedtak_id),
    constraint fk_aap_vedtak_ident foreign key (ident) references person (foedselsnummer),
    constraint ck_aap_vedtak_type check (type in ('INNVILGELSE', 'FORLENGELSE')),
    constraint ck_aap_vedtak_status check (status in ('LOPENDE', 'AVSLUTTET')),
    constraint ck_aap_vedtak_periode check (tom >= fom and fom >= date '2010-03-01'),
    constraint ck_aap_vedtak_belop check (dagsats >= 0 and barnetillegg >= 0 and beregningsgrunnlag >= 0)
);
comment on table aap_vedtak is 'AAP decisions: an innvilgelse and its forlengelser, each with its period and daily rate';
comment on column aap_vedtak.vedtak_id is 'vedtakId in the API';
comment on column aap_vedtak.ident is 'Fødselsnummer or D-nummer of the recipient';
comment on column aap_vedtak.type is 'INNVILGELSE (first) or FORLENGELSE (extension)';
comment on column aap_vedtak.status is 'LOPENDE while the period runs, AVSLUTTET after';
comment on column aap_vedtak.fom is 'First day of the period';
comment on column aap_vedtak.tom is 'Last day of the period';
comment on column aap_vedtak.dagsats is 'Daily rate in NOK (paid for weekdays)';
comment on column aap_vedtak.barnetillegg is 'Child supplement per day in NOK';
comment on column aap_vedtak.beregningsgrunnlag is 'Yearly income the rate is calculated from, in NOK';
comment on column aap_vedtak.vedtaksdato is 'When the decision was made';
create index idx_aap_vedtak_ident on aap_vedtak (ident, fom);

create table aap_meldekort (
    meldekort_id bigint         not null,
    ident        varchar(11)    not null,
    fom          date           not null,
    tom          date           not null,
    status       varchar(20)    not null,
    mottatt      date           not null,
    timer        numeric(3, 1)[] not null,
    constraint pk_aap_meldekort primary key (meldekort_id),
    constraint fk_aap_meldekort_ident foreign key (ident) references person (foedselsnummer),
    constraint ck_aap_meldekort_periode check (tom = fom + 13 and fom >= date '2010-03-01'),
    constraint ck_aap_meldekort_status check (status in ('INNSENDT', 'FERDIG')),
    constraint ck_aap_meldekort_timer check (cardinality(timer) = 14)
);
comment on table aap_meldekort is 'AAP meldekort: one per 14-day period, hours worked per day';
comment on column aap_meldekort.meldekort_id is 'meldekortId in the API';
comment on column aap_meldekort.ident is 'Fødselsnummer or D-nummer of the recipient';
comment on column aap_meldekort.fom is 'First day (a Monday) of the 14-day period';
comment on column aap_meldekort.tom is 'Last day (fom + 13)';
comment on column aap_meldekort.status is 'INNSENDT (sent, not yet processed) or FERDIG (processed and paid)';
comment on column aap_meldekort.mottatt is 'When NAV received it';
comment on column aap_meldekort.timer is 'Hours worked on each of the 14 days, in order from fom';
create index idx_aap_meldekort_ident on aap_meldekort (ident, fom);

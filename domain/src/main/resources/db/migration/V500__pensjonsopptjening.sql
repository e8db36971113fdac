-- V500: Pensjon Simuler Alderspensjon: each person's pensjonsgivende inntekt per year (the opptjeningsgrunnlag of
-- folketrygden kapittel 19 and 20) and the person's running alderspensjon, if any. One row per person with the yearly
-- incomes as an array: a simulation reads one person's whole history with one primary-key lookup, and a population of
-- a million persons stays at a million rows instead of forty million.

create table pensjonsopptjening (
    ident              varchar(11) constraint pensjonsopptjening_pk primary key,
    foerste_aar        smallint    not null constraint pensjonsopptjening_foerste_aar check (foerste_aar >= 1967),
    inntekter          integer[]   not null constraint pensjonsopptjening_inntekter_ikke_negative check (0 <= all (inntekter)),
    lopende_uttak_fom  date,
    lopende_uttaksgrad smallint    constraint pensjonsopptjening_uttaksgrad check (lopende_uttaksgrad in (20, 40, 50, 60, 80, 100)),
    constraint pensjonsopptjening_lopende_uttak check ((lopende_uttak_fom is null) = (lopende_uttaksgrad is null))
);

comment on table pensjonsopptjening is 'Pensjonsgivende inntekt per year and running alderspensjon of a person (opptjeningsregisteret)';
comment on column pensjonsopptjening.ident is 'The person''s fødselsnummer or D-nummer';
comment on column pensjonsopptjening.foerste_aar is 'The income year of inntekter[1]; inntekter[i] is year foerste_aar + i - 1';
comment on column pensjonsopptjening.inntekter is 'Pensjonsgivende inntekt in NOK per year, consecutive years from foerste_aar (0 = none)';
comment on column pensjonsopptjening.lopende_uttak_fom is 'First day of the running alderspensjon; before 2011 means the old rules (gammelt regelverk)';
comment on column pensjonsopptjening.lopende_uttaksgrad is 'Grade of the running alderspensjon in percent';

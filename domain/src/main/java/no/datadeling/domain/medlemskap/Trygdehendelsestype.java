package no.datadeling.domain.medlemskap;

/** What happened to a medlemskapsunntak: created, changed, or annulled (status AVST, statusaarsak Feilregistrert). */
public enum Trygdehendelsestype {
    OPPRETTET, ENDRET, ANNULLERT
}

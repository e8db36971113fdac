package no.datadeling.domain.verktoy;

/**
 * Life cycle of a task created by sending a tool to a citizen. Dates count in Europe/Oslo:
 * AKTIV through the frist date; FRIST_PASSERT from the day after the frist (the citizen may still do it) through
 * the utløpsdato (frist + three months); UTLOPT from the day after. Only the forward moves happen, and an UTLOPT task
 * no longer blocks sending the same tool again.
 */
public enum OppgaveTilstand {
    AKTIV,
    FRIST_PASSERT,
    UTLOPT
}

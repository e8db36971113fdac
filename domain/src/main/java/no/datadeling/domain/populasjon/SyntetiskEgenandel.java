package no.datadeling.domain.populasjon;

import java.time.LocalDate;

/** One registered egenandel: what the person paid (whole kroner), when, for which service, to which samhandler. */
public record SyntetiskEgenandel(long egenandelId, String personident, LocalDate dato, int beloep, String tjenestetype,
                                 String samhandlerId) {
}

package no.datadeling.domain.populasjon;

import java.time.Instant;
import no.datadeling.domain.medlemskap.Hjemmelgruppe;
import no.datadeling.domain.medlemskap.Trygdehendelsestype;

/** One event of the loaded trygdehendelser feed: number, what happened to which period of whom, and when. */
public record SyntetiskTrygdehendelse(long hendelsesnummer, Trygdehendelsestype type, long periodeId, String personident,
                                      Hjemmelgruppe hjemmelgruppe, Instant opprettet) {
}

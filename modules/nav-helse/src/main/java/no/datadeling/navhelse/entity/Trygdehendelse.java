package no.datadeling.navhelse.entity;

import java.time.Instant;
import no.datadeling.domain.medlemskap.Hjemmelgruppe;
import no.datadeling.domain.medlemskap.Trygdehendelsestype;

/** One event of the trygdehendelser feed: something happened to a person's medlemskapsunntak period. */
public record Trygdehendelse(long hendelsesnummer, Trygdehendelsestype type, long periodeId, String personident,
                             Hjemmelgruppe hjemmelgruppe, Instant opprettet) {
}

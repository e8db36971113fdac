package no.datadeling.infra.feed;

import java.time.Instant;

/** A published event as readers see it: its number in the feed, what it is, and when it was published. */
public record LagretHendelse(long nummer, String type, String kategori, String innholdJson, Instant opprettet) {
}

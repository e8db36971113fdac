package no.datadeling.infra.audit;

import java.time.Instant;
import java.util.List;

/** A stored audit row: the record plus its place in its chain, its time (microseconds) and the chain hashes. */
public record AuditEntry(long id, String kjede, long nummer, Instant tidspunkt, AuditRecord record, String forrigeHash,
                         String hash) {

    /** The content the hash covers, in a fixed order. */
    List<String> felter() {
        AuditRecord r = record;
        return java.util.Arrays.asList(kjede, Long.toString(nummer), tidspunkt.toString(), r.tjeneste(), r.subjekt(),
                r.konsument(), r.klientId(), r.leverandoer(), String.join(",", r.kategorier()), r.scope(), r.samtykkeId(),
                r.korrelasjonsid(), forrigeHash);
    }
}

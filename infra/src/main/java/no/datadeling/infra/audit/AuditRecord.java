package no.datadeling.infra.audit;

import java.util.List;
import java.util.Objects;

/**
 * One disclosure to record. Who: the consumer organisation, its client id and the supplier acting for it (if any);
 * whom: the subject's identity number; what: the service and the data categories actually returned; why: the scope
 * that authorised the call and the consent id (if any); which request: the correlation id. Never the data.
 */
public record AuditRecord(String tjeneste, String subjekt, String konsument, String klientId, String leverandoer,
                          List<String> kategorier, String scope, String samtykkeId, String korrelasjonsid) {

    public AuditRecord {
        Objects.requireNonNull(tjeneste, "tjeneste");
        Objects.requireNonNull(subjekt, "subjekt");
        Objects.requireNonNull(korrelasjonsid, "korrelasjonsid");
        kategorier = List.copyOf(kategorier);
        if (kategorier.stream().anyMatch(k -> k.contains(","))) {
            throw new IllegalArgumentException("a category name cannot contain a comma");
        }
    }
}

package no.datadeling.infra.audit;

import java.util.List;
import java.util.Objects;
import no.datadeling.infra.ident.Organisasjonsnummer;
import no.datadeling.infra.security.ValidatedToken;

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

    /** A disclosure to the caller of {@code token}: who is read off the token (consumer, client id, supplier). */
    public static AuditRecord forToken(String tjeneste, String subjekt, ValidatedToken token, List<String> kategorier, String scope,
                                       String samtykkeId, String korrelasjonsid) {
        return new AuditRecord(tjeneste, subjekt, token.consumer().map(Organisasjonsnummer::verdi).orElse(null),
                token.clientId().orElse(null), token.supplier().map(Organisasjonsnummer::verdi).orElse(null), kategorier, scope,
                samtykkeId, korrelasjonsid);
    }
}

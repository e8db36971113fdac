package no.datadeling.infra.consent;

import java.util.Set;

/**
 * What a consent must be for to count for an API: one of its Altinn 2 service codes ("5252_2") or one of its Altinn 3
 * resources ("nav_samtykke_dsop_aap-ufore").
 */
public record SamtykkeKrav(Set<String> altinn2Tjenestekoder, Set<String> altinn3Ressurser) {

    public SamtykkeKrav {
        altinn2Tjenestekoder = Set.copyOf(altinn2Tjenestekoder);
        altinn3Ressurser = Set.copyOf(altinn3Ressurser);
    }
}

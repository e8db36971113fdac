package no.datadeling.domain.populasjon;

public record SyntetiskOrganisasjon(int nummer, String organisasjonsnummer, String navn, String organisasjonsform, String kommunenummer) {
}

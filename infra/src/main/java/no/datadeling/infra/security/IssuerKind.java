package no.datadeling.infra.security;

/** The token shapes we accept, each with its own claim names for the consumer and the person. */
public enum IssuerKind {
    /** Machine-to-machine access tokens; consumer in {@code consumer.ID}; no {@code sub}. */
    MASKINPORTEN,
    /** Citizen (or machine) access tokens; person in {@code pid}, level in {@code acr}. */
    IDPORTEN,
    /** Health-sector client credentials; consumer in {@code helseid://claims/client/claims/orgnr_parent}. */
    HELSEID,
    /** Altinn 2 consent tokens: never accepted as bearer tokens, only as consent evidence (e.g. NAV-Samtykke-Token). */
    ALTINN;

    public boolean isAccessToken() {
        return this != ALTINN;
    }
}

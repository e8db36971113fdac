/**
 * Consent (samtykke) from Altinn as evidence for a disclosure, for APIs that need the person's consent: NAV's
 * uføreopplysninger (Altinn 2 service code 5252_2/5252_3) and AAP (5252_X), both with the Altinn 3 resource
 * {@code nav_samtykke_dsop_aap-ufore}.
 *
 * <ul>
 *   <li>Altinn 2: a separate consent JWT (e.g. header {@code NAV-Samtykke-Token}) issued by Altinn, with claims
 *       {@code Services} (entries "code_edition" and metadata "code_edition_key=value"), {@code OfferedBy} (the person),
 *       {@code CoveredBy} (the consumer organisation), {@code ValidToDate} and {@code AuthorizationCode} (the id).</li>
 *   <li>Altinn 3: the Maskinporten access token itself carries {@code authorization_details} of type
 *       {@code urn:altinn:consent} with {@code id}, {@code from}, {@code to}, {@code validTo} and {@code consentRights}
 *       (resource and metadata).</li>
 * </ul>
 * {@link SamtykkeRegler} holds the rules as plain functions; {@link Samtykker} is the CDI entry point that also
 * verifies the Altinn 2 token's signature.
 */
package no.datadeling.infra.consent;

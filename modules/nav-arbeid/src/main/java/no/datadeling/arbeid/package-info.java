/**
 * NAV Arbeid Arbeidsavklaringspenger (AAP): a person's AAP decisions and meldekort on consent (Altinn 2 service code
 * 5252_X or Altinn 3), every disclosure audited. Depends on domain and infra only.
 *
 * <p>Base path {@code arbeid/v1/aap} (NAV's legacy api-portal product nav-arbeid-v1-aap; its exact paths and schemas are
 * not public, so the response schema here is ours, in NAV's style, and documented in the OpenAPI). Errors in NAV's
 * format ({@link no.datadeling.infra.error.NavErrorFamily}).
 */
package no.datadeling.arbeid;

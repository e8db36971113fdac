/**
 * Skatteetaten "Folkeregisteret oppslag": the person document (latest or an archived version), entydig søk, bulk
 * lookups and the XSD, per rights package (offentlig-med-hjemmel, offentlig-uten-hjemmel, finans-og-begrenset) with
 * data minimisation ({@code part}). Depends on domain and infra only.
 */
package no.datadeling.folkeregister;

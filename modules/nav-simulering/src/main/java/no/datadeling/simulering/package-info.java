/**
 * NAV Pensjon Simuler Alderspensjon v3: {@code POST simuler/alderspensjon/v3} computes alderspensjon from folketrygden
 * (kapittel 19 and 20, with the cohort mix of the 1954–1962 årskull) from the person's earnings history in
 * {@code pensjonsopptjening} and the request. Each rule of the calculation is its own small class in
 * {@code control} with its legal reference; the parameters (G, satser, forholdstall, delingstall) are versioned data
 * in {@code folketrygden-parametre-v2.txt}, loaded once. Depends on domain and infra only; the TP register
 * ({@link no.datadeling.domain.pensjon.TpOrdning}) decides which tp-nr a consumer may use.
 */
package no.datadeling.simulering;

/**
 * NAV Pensjon: Samordningspliktige hendelser (four gap-free feeds per tpnr: vedtak, ytelser, personer,
 * manglendeRefusjonskrav) and Vedtaksinformasjon (a person's samordningspliktige decisions). A consumer reads only the
 * tpnr its organisation owns (the TP register). Depends on domain and infra only.
 *
 * <p>Base paths, each the real one below our server root: {@code samordning} (https://pensjon-gw.nav.no/samordning)
 * and {@code pensjon/vedtak} (https://pensjon-gw.nav.no/pensjon/vedtak/). Errors in NAV's format
 * ({@link no.datadeling.infra.error.NavErrorFamily}).
 */
package no.datadeling.pensjon;

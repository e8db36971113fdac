/**
 * NAV Helse: Trygdehendelser (a gap-free event feed of changes to medlemskapsunntak), Medlemskapsunntak (periods of
 * exception from membership in folketrygden, by person or by periodeId), Uføreopplysninger (consent-based, every
 * disclosure audited) and the citizen's own view of that audit log. Depends on domain and infra only.
 *
 * <p>Base paths, each the real one below our server root: {@code helse/v1/trygdehendelser},
 * {@code helse/v1/medlemskapsunntak}, {@code dsop-ufo} (NAV's uføre gateway path). Errors in NAV's format
 * ({@link no.datadeling.infra.error.NavErrorFamily}).
 */
package no.datadeling.navhelse;

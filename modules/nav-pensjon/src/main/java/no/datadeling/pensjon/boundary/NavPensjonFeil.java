package no.datadeling.pensjon.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import no.datadeling.infra.error.NavErrorFamily;

/** Every NAV Pensjon base path of this module answers errors in NAV's format, an unknown URL below them too. */
@ApplicationScoped
public class NavPensjonFeil extends NavErrorFamily {

    /** NAV: https://pensjon-gw.nav.no/samordning. */
    public static final String SAMORDNING = "samordning/";
    /** NAV: https://pensjon-gw.nav.no/pensjon/vedtak/. */
    public static final String VEDTAK = "pensjon/vedtak/";
    public static final String ADMIN = "admin/nav-pensjon/";

    public NavPensjonFeil() {
        super(List.of(SAMORDNING, VEDTAK, ADMIN));
    }
}

package no.datadeling.navhelse.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import no.datadeling.infra.error.NavErrorFamily;

/** Every NAV Helse base path answers errors in NAV's format, an unknown URL below them too. */
@ApplicationScoped
public class NavHelseFeil extends NavErrorFamily {

    public static final String TRYGDEHENDELSER = "helse/v1/trygdehendelser/";
    public static final String MEDLEMSKAPSUNNTAK = "helse/v1/medlemskapsunntak/";
    /** NAV's uføre gateway: https://pensjon-gw.nav.no/dsop-ufo. */
    public static final String DSOP_UFO = "dsop-ufo/";
    public static final String ADMIN = "admin/nav-helse/";

    public NavHelseFeil() {
        super(List.of(TRYGDEHENDELSER, MEDLEMSKAPSUNNTAK, DSOP_UFO, ADMIN));
    }
}

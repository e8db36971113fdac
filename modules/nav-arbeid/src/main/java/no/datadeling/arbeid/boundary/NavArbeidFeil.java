package no.datadeling.arbeid.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import no.datadeling.infra.error.NavErrorFamily;

/** The AAP base path answers errors in NAV's format, an unknown URL below it too. */
@ApplicationScoped
public class NavArbeidFeil extends NavErrorFamily {

    public static final String AAP = "arbeid/v1/aap/";

    public NavArbeidFeil() {
        super(List.of(AAP));
    }
}

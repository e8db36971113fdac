package no.datadeling.helserefusjon.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import no.datadeling.infra.error.NavErrorFamily;

/** Every NAV Helserefusjon base path answers errors in NAV's format, an unknown URL below them too. */
@ApplicationScoped
public class HelserefusjonFeil extends NavErrorFamily {

    public static final String FRIKORT = "helserefusjon/v1/frikort/";
    public static final String KUHR = "helserefusjon/v1/kuhrfkrhendelse/";
    public static final String SAR = "helserefusjon/v1/sareksport/";
    public static final String ADMIN = "admin/nav-helserefusjon/";
    /** NAV's correlation header: optional on requests, echoed (or made) on answers. */
    public static final String NAV_CALL_ID = "Nav-Call-Id";

    public HelserefusjonFeil() {
        super(List.of(FRIKORT, KUHR, SAR, ADMIN));
    }
}

package no.datadeling.arquillian;

import jakarta.enterprise.context.ApplicationScoped;
import no.datadeling.infra.security.RequiresScope;

/** In-container test bean: methods guarded by the real {@code ScopeInterceptor}. */
@ApplicationScoped
public class ScopeProbe {

    @RequiresScope("x:y")
    public String xy() {
        return "xy";
    }

    @RequiresScope({"a:b", "x:y"})
    public String abOrXy() {
        return "ab|xy";
    }
}

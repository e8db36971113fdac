package no.datadeling.pensjon.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.datadeling.domain.pensjon.TpOrdning;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.security.CallContext;

/**
 * A consumer reads only the tpnr its organisation owns (TP register). A tpnr that does not exist answers exactly as
 * one owned by someone else, so the register cannot be probed.
 */
@ApplicationScoped
public class TpTilgang {

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    private CallContext callContext;

    @Inject
    TpTilgang(CallContext callContext) {
        this.callContext = callContext;
    }

    TpTilgang() {
        // CDI proxy
    }

    /** @throws ApiException 403 unless the caller's organisation owns {@code tpnr} */
    public void krevEier(String tpnr) {
        String konsument = callContext.requireToken().consumer()
                .orElseThrow(() -> ApiException.forbidden("Aksesstokenet mangler konsumentens organisasjonsnummer.")).verdi();
        TpOrdning ordning = em.find(TpOrdning.class, tpnr);
        if (ordning == null || !ordning.eiesAv(konsument)) {
            throw ApiException.forbidden("Konsumentens organisasjon eier ikke tjenestepensjonsnummeret " + tpnr + ".");
        }
    }
}

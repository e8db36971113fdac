package no.datadeling.folkeregister.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import no.datadeling.folkeregister.entity.Rettighetspakke;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.ident.Organisasjonsnummer;
import no.datadeling.infra.security.CallContext;
import no.datadeling.infra.security.Rettighetspakker;

/**
 * The rights package in the URL must be one this API serves, the token must carry that package's own scope (the
 * method's {@code @RequiresScope} accepts any Folkeregisteret scope), and the consumer must hold a grant of it.
 */
@ApplicationScoped
public class Tilgang {

    private static final Logger LOG = Logger.getLogger(Tilgang.class.getName());

    /** A request the token allows; whether its organisation holds the package's grant is still to be read. */
    public record Krav(Rettighetspakke pakke, Organisasjonsnummer org) {
    }

    private CallContext callContext;
    private Rettighetspakker rettighetspakker;

    @Inject
    Tilgang(CallContext callContext, Rettighetspakker rettighetspakker) {
        this.callContext = callContext;
        this.rettighetspakker = rettighetspakker;
    }

    Tilgang() {
        // CDI proxy
    }

    /** Package, scope and grant, checked now. */
    public Rettighetspakke krev(String rettighetspakke) {
        Rettighetspakke pakke = krevScope(rettighetspakke).pakke();
        rettighetspakker.krev(pakke.navn());
        return pakke;
    }

    /**
     * Package and scope (what the token tells): the single lookups read the grant in the same database round trip as
     * the document ({@link Persondokumentlager}), a second round trip per request being measurable.
     */
    public Krav krevScope(String rettighetspakke) {
        Rettighetspakke pakke = Rettighetspakke.fraNavn(rettighetspakke)
                .orElseThrow(() -> new ApiException(ErrorKind.UNKNOWN_URL, "Feil uri brukt: ukjent rettighetspakke."));
        if (!callContext.requireToken().hasScope(pakke.scope())) {
            LOG.info(() -> "korrelasjonsid=" + callContext.korrelasjonsid() + " token lacks scope " + pakke.scope());
            throw ApiException.forbidden("Virksomheten er autentisert, men tokenet mangler scope for rettighetspakken "
                    + pakke.navn() + ".");
        }
        return new Krav(pakke, rettighetspakker.konsument());
    }

    public ApiException ingenTilgang(Krav krav) {
        return rettighetspakker.ingenTilgang(krav.org(), krav.pakke().navn());
    }
}

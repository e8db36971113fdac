package no.datadeling.navhelse.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import no.datadeling.infra.audit.AuditEntry;
import no.datadeling.infra.audit.AuditLog;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.security.CallContext;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.infra.security.ValidatedToken;

/**
 * The citizen's own view of who has fetched their uføreopplysninger ("Bruker kan logge seg inn på nav.no for å lese
 * av disse hendelsene"). The subject is always the logged-in person ({@code pid} of an ID-porten token at level
 * substantial or high): there is no way to name another person, and naming anyone but oneself is refused.
 */
@ApplicationScoped
public class InnsynService {

    /** Newest first; a person with more has years of history and can be paged later if it ever matters. */
    public static final int MAKS = 1000;
    /** ID-porten's levels (current and legacy names) that are enough to see one's own disclosure log. */
    static final Set<String> NIVAAER = Set.of("idporten-loa-substantial", "idporten-loa-high", "Level3", "Level4");
    private static final Logger LOG = Logger.getLogger(InnsynService.class.getName());

    private AuditLog audit;
    private CallContext callContext;

    @Inject
    InnsynService(AuditLog audit, CallContext callContext) {
        this.audit = audit;
        this.callContext = callContext;
    }

    InnsynService() {
        // CDI proxy
    }

    public List<AuditEntry> egenLogg(Optional<String> oppgittIdent) {
        ValidatedToken token = callContext.requireToken();
        if (token.kind() != IssuerKind.IDPORTEN) {
            throw nekt("only an ID-porten token of the citizen", "Innsyn krever innlogging med ID-porten.");
        }
        Foedselsnummer pid = token.pid().flatMap(Foedselsnummer::parse)
                .orElseThrow(() -> nekt("no valid pid", "Tokenet identifiserer ingen innbygger (pid)."));
        if (!NIVAAER.contains(token.stringClaim("acr").orElse(""))) {
            throw nekt("acr too low", "Innsyn krever innlogging på sikkerhetsnivå betydelig eller høyt.");
        }
        if (oppgittIdent.isPresent() && !oppgittIdent.get().trim().equals(pid.verdi())) {
            throw nekt("asked for another person", "En innbygger kan bare se sin egen logg.");
        }
        return audit.forSubjekt(pid.verdi(), List.of(UforeService.TJENESTE), MAKS);
    }

    private ApiException nekt(String grunn, String melding) {
        LOG.info(() -> "korrelasjonsid=" + callContext.korrelasjonsid() + " innsyn refused: " + grunn);
        return ApiException.forbidden(melding);
    }
}

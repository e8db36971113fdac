package no.datadeling.verktoy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.datadeling.domain.verktoy.OppgaveTilstand;
import no.datadeling.domain.verktoy.VerktoyOppgave;
import no.datadeling.infra.audit.AuditLog;
import no.datadeling.infra.audit.AuditRecord;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.security.CallContext;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.infra.security.ValidatedToken;

/**
 * Tells a citizen's tool which behandler sent it the tool: the newest task for this tool and the logged-in citizen
 * that can still be done (not UTLOPT by its dates). The answer is audited in the same transaction (no audit row, no
 * answer). Only a citizen's own ID-porten login (pid) can ask, and only about themselves.
 */
@ApplicationScoped
public class BehandlerService {

    /** Every OIDC login token carries it; the API documents no scope of its own ("Innbygger OIDC"). */
    public static final String SCOPE = "openid";
    static final String TJENESTE = "helsenorge:verktoy/v1/Behandler";

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    Clock clock = Clock.system(Frister.OSLO);
    private CallContext callContext;
    private AuditLog auditLog;

    @Inject
    BehandlerService(CallContext callContext, AuditLog auditLog) {
        this.callContext = callContext;
        this.auditLog = auditLog;
    }

    BehandlerService() {
        // CDI proxy
    }

    @Transactional
    public VerktoyOppgave.Behandler behandler(UUID verktoyId) {
        ValidatedToken token = callContext.requireToken();
        String pid = token.kind() == IssuerKind.IDPORTEN ? token.pid().orElse(null) : null;
        if (pid == null) {
            throw ApiException.forbidden("Tjenesten krever innlogget innbygger (ID-porten-token med pid).");
        }
        LocalDate idag = LocalDate.now(clock);
        List<VerktoyOppgave> oppgaver = em.createQuery("""
                        select o from VerktoyOppgave o where o.verktoyId = :v and o.innbygger = :i
                        order by o.opprettet desc, o.id desc""", VerktoyOppgave.class)
                .setParameter("v", verktoyId).setParameter("i", pid).getResultList();
        VerktoyOppgave oppgave = oppgaver.stream()
                .filter(o -> Frister.tilstand(o.frist(), o.utloper(), idag) != OppgaveTilstand.UTLOPT)
                .findFirst().orElseThrow(Feilkode.INGEN_KOBLING::feil);
        VerktoyOppgave.Behandler behandler = oppgave.behandler().orElseThrow(Feilkode.IKKE_SENDT_AV_BEHANDLER::feil);
        auditLog.skriv(AuditRecord.forToken(TJENESTE, pid, token, List.of("behandler"), SCOPE, null, callContext.korrelasjonsid()));
        return behandler;
    }
}

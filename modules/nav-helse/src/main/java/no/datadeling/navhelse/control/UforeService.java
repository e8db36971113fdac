package no.datadeling.navhelse.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.datadeling.domain.ufore.Uforesak;
import no.datadeling.infra.audit.AuditLog;
import no.datadeling.infra.audit.AuditRecord;
import no.datadeling.infra.consent.Periode;
import no.datadeling.infra.consent.SamtykkeKrav;
import no.datadeling.infra.consent.Samtykker;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.security.CallContext;
import no.datadeling.infra.security.ValidatedToken;
import no.datadeling.navhelse.entity.Uforeopplysninger;

/**
 * Uføreopplysninger on consent. Order matters: consent first (no data is read without it), then the data, then the
 * audit row, all in one transaction; the response is built only after it commits. If the audit write or the commit
 * fails, the caller gets an error and no data.
 */
@ApplicationScoped
public class UforeService {

    /** The audit log's name for this service (and the scope that authorises it). */
    public static final String TJENESTE = "nav:helse/v1/uforeopplysninger";
    /** NAV: Altinn 2 service code 5252_X with X 2 or 3; Altinn 3 resource nav_samtykke_dsop_aap-ufore. */
    public static final SamtykkeKrav SAMTYKKE = new SamtykkeKrav(Set.of("5252_2", "5252_3"), Set.of("nav_samtykke_dsop_aap-ufore"));

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    private Samtykker samtykker;
    private AuditLog audit;
    private CallContext callContext;

    @Inject
    UforeService(Samtykker samtykker, AuditLog audit, CallContext callContext) {
        this.samtykker = samtykker;
        this.audit = audit;
        this.callContext = callContext;
    }

    UforeService() {
        // CDI proxy
    }

    @Transactional
    public Uforeopplysninger hent(Foedselsnummer person, Optional<LocalDate> fom, Optional<LocalDate> tom, Optional<String> samtykkeToken) {
        ValidatedToken tilgang = callContext.requireToken();
        Samtykker.Godkjent godkjent = samtykker.krev(samtykkeToken, tilgang, person, SAMTYKKE, fom, tom);
        Uforeopplysninger data = les(person, godkjent.periode());
        audit.skriv(AuditRecord.forToken(TJENESTE, person.verdi(), tilgang, data.kategorier(), TJENESTE, godkjent.samtykke().id(),
                callContext.korrelasjonsid()));
        return data;
    }

    /** A person without a case has not applied (IKKE_SOKT); periods are those touching the consented period. */
    private Uforeopplysninger les(Foedselsnummer person, Periode periode) {
        List<Uforesak> saker = em.createQuery("select distinct s from Uforesak s left join fetch s.beregningsperioder"
                + " where s.ident = :ident", Uforesak.class).setParameter("ident", person.verdi()).getResultList();
        if (saker.isEmpty()) {
            return new Uforeopplysninger(Uforesak.IKKE_SOKT, Optional.empty(), List.of());
        }
        Uforesak sak = saker.get(0);
        return new Uforeopplysninger(sak.status(), sak.forsteVirkningstidspunkt(), sak.beregningsperioder().stream()
                .filter(b -> b.overlapper(periode.fraOgMed(), periode.tilOgMed())).toList());
    }
}

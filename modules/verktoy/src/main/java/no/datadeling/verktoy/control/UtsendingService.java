package no.datadeling.verktoy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.datadeling.domain.verktoy.Helsepersonell;
import no.datadeling.domain.verktoy.OppgaveTilstand;
import no.datadeling.domain.verktoy.Verktoy;
import no.datadeling.domain.verktoy.VerktoyOppgave;
import no.datadeling.domain.verktoy.VerktoyOppgave.BehandlerIdType;
import no.datadeling.infra.audit.AuditLog;
import no.datadeling.infra.audit.AuditRecord;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.security.CallContext;

/**
 * Sends a tool to a citizen: creates the task with its deadline, answers with the citizen's PseudoId for the calling
 * client, and writes the audit row, all in one transaction (no audit row, no task). Concurrent sends of the same tool
 * to the same citizen are serialised on a transaction-scoped advisory lock, so exactly one of them creates the task.
 */
@ApplicationScoped
public class UtsendingService {

    public static final String SCOPE = "verktoysendtilinnbygger";
    /** Advisory-lock class of this context (its migration range), so its locks never collide with another context's. */
    static final int LAASEKLASSE = 300;

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    Clock clock = Clock.system(Frister.OSLO);
    private CallContext callContext;
    private AuditLog auditLog;
    private Pseudonymer pseudonymer;

    @Inject
    UtsendingService(CallContext callContext, AuditLog auditLog, Pseudonymer pseudonymer) {
        this.callContext = callContext;
        this.auditLog = auditLog;
        this.pseudonymer = pseudonymer;
    }

    UtsendingService() {
        // CDI proxy
    }

    /** @return the PseudoId */
    @Transactional
    public String send(Utsending u) {
        Kaller kaller = Kaller.fra(callContext);
        LocalDate idag = LocalDate.now(clock);
        LocalDate frist = u.fristDato().orElse(Frister.standardFrist(idag));
        if (frist.isBefore(idag)) {
            throw Feilkode.ugyldig("FristDato kan ikke være før dagens dato.");
        }
        Verktoy verktoy = Optional.ofNullable(em.find(Verktoy.class, u.verktoyId()))
                .orElseThrow(Feilkode.VERKTOY_UKJENT_VED_SENDING::feil);
        if (!kaller.representerer(verktoy.organisasjonsnummer())) {
            // "Dette kan kun gjøres fra verktøyet selv": only the tool's own organisation sends it
            throw ApiException.forbidden("Verktøyet tilhører en annen organisasjon enn API-klienten.");
        }
        String innbygger = u.innbygger().verdi();
        if (em.createNativeQuery("select 1 from helsenorge_digitalt_aktiv where foedselsnummer = ?1")
                .setParameter(1, innbygger).getResultList().isEmpty()) {
            throw Feilkode.IKKE_DIGITALT_AKTIV.feil();
        }
        Optional<Helsepersonell> behandler = u.api() == Utsending.Api.V1 ? Optional.of(helsepersonell(u.behandler())) : Optional.empty();
        String pseudoId = pseudonymer.pseudoId(kaller.klientId(), innbygger);

        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2))) l")
                .setParameter(1, LAASEKLASSE).setParameter(2, u.verktoyId() + "/" + innbygger).getSingleResult();
        Instant naa = Instant.now(clock);
        for (VerktoyOppgave aapen : aapneOppgaver(u, innbygger)) {
            // the timer may not have run yet today: judge by the dates, and an outdated task stops blocking
            aapen.settTilstand(Frister.tilstand(aapen.frist(), aapen.utloper(), idag), naa);
            if (aapen.tilstand() != OppgaveTilstand.UTLOPT) {
                throw behandler.isPresent() && sammeBehandler(aapen, behandler.get())
                        ? Feilkode.SENDT_AV_SAMME_BEHANDLER.feil() : Feilkode.ALLEREDE_SENDT.feil();
            }
        }
        em.flush(); // an expired task leaves the open-task unique index before the new one enters it

        VerktoyOppgave.Behandler b = behandler.map(h -> new VerktoyOppgave.Behandler(u.behandler().type(), u.behandler().id(), h.navn()))
                .orElse(null);
        String avsenderOrgnr = u.api() == Utsending.Api.V2 ? u.avsenderOrgNummer() : kaller.organisasjonsnummer();
        String avsenderNavn = u.api() == Utsending.Api.V2 ? u.avsenderNavn() : behandler.get().navn();
        LocalDate utloper = Frister.utloper(frist);
        em.persist(new VerktoyOppgave(u.verktoyId(), innbygger, avsenderOrgnr, avsenderNavn, b, u.melding(), frist, utloper,
                Frister.tilstand(frist, utloper, idag), naa, kaller.organisasjonsnummer(), kaller.klientId(), kaller.korrelasjonsid()));
        auditLog.skriv(new AuditRecord(tjeneste(u.api()), innbygger, kaller.organisasjonsnummer(), kaller.klientId(),
                kaller.leverandoer(), List.of("verktoyoppgave", "pseudoid"), SCOPE, null, kaller.korrelasjonsid()));
        return pseudoId;
    }

    static String tjeneste(Utsending.Api api) {
        return api == Utsending.Api.V2 ? "helsenorge:verktoy/system/verktoy/v2" : "helsenorge:verktoy/v1/Verktoy";
    }

    private List<VerktoyOppgave> aapneOppgaver(Utsending u, String innbygger) {
        return em.createQuery("select o from VerktoyOppgave o where o.verktoyId = :v and o.innbygger = :i and o.tilstand <> :utlopt",
                        VerktoyOppgave.class)
                .setParameter("v", u.verktoyId()).setParameter("i", innbygger).setParameter("utlopt", OppgaveTilstand.UTLOPT)
                .getResultList();
    }

    /** PVF-000239 when HPR has no such professional (by HPR number, or by fødselsnummer for BehandlerFnr). */
    private Helsepersonell helsepersonell(Utsending.BehandlerRef ref) {
        Optional<Helsepersonell> h = ref.type() == BehandlerIdType.HPR
                ? Optional.ofNullable(em.find(Helsepersonell.class, ref.id()))
                : em.createQuery("select h from Helsepersonell h where h.foedselsnummer = :f", Helsepersonell.class)
                        .setParameter("f", ref.id()).getResultStream().findFirst();
        return h.orElseThrow(() -> ref.type() == BehandlerIdType.HPR ? Feilkode.HELSEPERSONELL_UKJENT.feil()
                : Feilkode.HELSEPERSONELL_UKJENT.feil("ingen helsepersonell med angitt BehandlerFnr"));
    }

    /** The same person, however each send named them (HPR number or fødselsnummer). */
    private static boolean sammeBehandler(VerktoyOppgave oppgave, Helsepersonell ny) {
        return oppgave.behandler().map(b -> b.idType() == BehandlerIdType.HPR ? b.id().equals(ny.hprNummer())
                : b.id().equals(ny.foedselsnummer())).orElse(false);
    }
}

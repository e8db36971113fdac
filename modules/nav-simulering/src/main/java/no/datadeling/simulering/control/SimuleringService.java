package no.datadeling.simulering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.datadeling.domain.pensjon.TpOrdning;
import no.datadeling.domain.populasjon.OpptjeningGenerator;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.security.CallContext;
import no.datadeling.simulering.entity.Opptjening;
import no.datadeling.simulering.entity.Uforeperiode;

/**
 * The simulation for a TP ordning: the tp-nr must belong to the consumer's organisation (the TP register), then the
 * person's opptjening is read with one primary-key query (and the uføre periods with one on the unique ident) and the pure {@link Alderspensjonssimulering} does the rest.
 * Read-only, no transaction: nothing is written and each query reads one consistent row.
 */
@ApplicationScoped
public class SimuleringService {

    public static final String SCOPE = "nav:pensjon/v3/alderspensjon";

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    private CallContext callContext;
    private final Alderspensjonssimulering simulering = new Alderspensjonssimulering(Folketrygdparametre.standard());

    @Inject
    SimuleringService(CallContext callContext) {
        this.callContext = callContext;
    }

    SimuleringService() {
        // CDI proxy
    }

    public Alderspensjonssimulering.Resultat simuler(String tpnr, Simuleringsforespoersel f) {
        krevEgenTpOrdning(tpnr);
        LocalDate foedselsdato = f.fnr().foedselsdato().orElseThrow(() -> Avslag.SimuleringsGrunnlag.feil(
                "fødselsdatoen kan ikke leses av fnr."));
        if (foedselsdato.getYear() < Kullandel.FOERSTE_KULL) {
            throw Avslag.FodtFor1943.feil();
        }
        Opptjening o = les(f.fnr()).orElseThrow(() -> Avslag.SimuleringsGrunnlag.feil(
                "fant ingen opptjeningsopplysninger for personen."));
        return simulering.simuler(foedselsdato, o, f, OpptjeningGenerator.SISTE_AAR);
    }

    /** The consumer (consumer.ID of the Maskinporten token) must own the tp-nr; an unknown tp-nr is refused alike. */
    private void krevEgenTpOrdning(String tpnr) {
        String org = callContext.requireToken().consumer().map(o -> o.verdi()).orElse(null);
        TpOrdning ordning = em.find(TpOrdning.class, tpnr);
        if (org == null || ordning == null || !ordning.eiesAv(org)) {
            throw ApiException.forbidden("tp-nr " + tpnr + " tilhører ikke konsumentens organisasjon.");
        }
    }

    private Optional<Opptjening> les(Foedselsnummer fnr) {
        @SuppressWarnings("unchecked")
        List<Object[]> rader = em.createNativeQuery("select foerste_aar, array_to_string(inntekter, ','), lopende_uttak_fom,"
                + " lopende_uttaksgrad from pensjonsopptjening where ident = ?1").setParameter(1, fnr.verdi()).getResultList();
        if (rader.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rader.get(0);
        String tekst = (String) r[1];
        String[] deler = tekst.isEmpty() ? new String[0] : tekst.split(",");
        int[] inntekter = new int[deler.length];
        for (int i = 0; i < deler.length; i++) {
            inntekter[i] = Integer.parseInt(deler[i]);
        }
        LocalDate uttak = dato(r[2]);
        Integer grad = r[3] == null ? null : ((Number) r[3]).intValue();
        return Optional.of(new Opptjening(((Number) r[0]).intValue(), inntekter, uttak, grad, ufore(fnr)));
    }

    /** The periods of uføretrygd that were paid (a case refused or still pending has none): one indexed query on the ident. */
    private List<Uforeperiode> ufore(Foedselsnummer fnr) {
        @SuppressWarnings("unchecked")
        List<Object[]> rader = em.createNativeQuery("select p.fom, p.tom, p.uforegrad from uforeberegningsperiode p"
                + " join uforesak s on s.sak_id = p.sak_id where s.ident = ?1 and s.status in ('LOPENDE', 'OPPHORT', 'EKSPORT')"
                + " order by p.fom").setParameter(1, fnr.verdi()).getResultList();
        return rader.stream().map(r -> new Uforeperiode(dato(r[0]), dato(r[1]), ((Number) r[2]).intValue())).toList();
    }

    private static LocalDate dato(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}

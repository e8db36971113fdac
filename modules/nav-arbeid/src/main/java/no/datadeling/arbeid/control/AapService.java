package no.datadeling.arbeid.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.datadeling.arbeid.entity.Aapdata;
import no.datadeling.infra.audit.AuditLog;
import no.datadeling.infra.audit.AuditRecord;
import no.datadeling.infra.consent.Periode;
import no.datadeling.infra.consent.SamtykkeKrav;
import no.datadeling.infra.consent.Samtykker;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.security.CallContext;
import no.datadeling.infra.security.ValidatedToken;

/**
 * AAP on consent, with the same consent validation as uføre (infra/consent): nothing outside the consent period; a
 * missing fomDato/tomDato is the consent period's start/end; a range outside it is a 403. A decision or meldekort that
 * overlaps the requested range is returned whole, clipped to the consent period; nothing before 2010-03-01; a person
 * without AAP gets an empty list. Consent first, then the data, then the audit row, in one transaction.
 */
@ApplicationScoped
public class AapService {

    public static final String TJENESTE = "nav:arbeid/v1/aap";
    /** NAV: Altinn 2 service code 5252, any edition X ≥ 1 (editions are small numbers); Altinn 3 resource shared with uføre. */
    public static final SamtykkeKrav SAMTYKKE = new SamtykkeKrav(
            IntStream.rangeClosed(1, 99).mapToObj(x -> "5252_" + x).collect(Collectors.toSet()), Set.of("nav_samtykke_dsop_aap-ufore"));
    public static final LocalDate TIDLIGST = LocalDate.of(2010, 3, 1);

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    private Samtykker samtykker;
    private AuditLog audit;
    private CallContext callContext;

    @Inject
    AapService(Samtykker samtykker, AuditLog audit, CallContext callContext) {
        this.samtykker = samtykker;
        this.audit = audit;
        this.callContext = callContext;
    }

    AapService() {
        // CDI proxy
    }

    /** The requested period (what overlaps it is returned) and the window everything is clipped to. */
    record Vindu(Periode forespurt, LocalDate fra, LocalDate til, String samtykkeId) {

        LocalDate klippFra(LocalDate d) {
            return d.isBefore(fra) ? fra : d;
        }

        LocalDate klippTil(LocalDate d) {
            return d.isAfter(til) ? til : d;
        }
    }

    @Transactional
    public List<Aapdata.Vedtak> vedtak(Foedselsnummer person, Optional<LocalDate> fom, Optional<LocalDate> tom, Optional<String> samtykke) {
        Vindu v = vindu(person, fom, tom, samtykke);
        List<Aapdata.Vedtak> ut = new ArrayList<>();
        if (!v.til().isBefore(v.fra())) {
            for (Object rad : les("""
                    select vedtak_id, type, status, fom, tom, dagsats, barnetillegg, beregningsgrunnlag, vedtaksdato
                    from aap_vedtak where ident = ?1 and fom <= ?2 and tom >= ?3 order by fom, vedtak_id""", person, v)) {
                Object[] c = (Object[]) rad;
                ut.add(new Aapdata.Vedtak(((Number) c[0]).longValue(), (String) c[1], (String) c[2], v.klippFra(dato(c[3])),
                        v.klippTil(dato(c[4])), ((Number) c[5]).intValue(), ((Number) c[6]).intValue(), ((Number) c[7]).intValue(),
                        dato(c[8])));
            }
        }
        revider(person, "vedtak", v);
        return ut;
    }

    @Transactional
    public List<Aapdata.Meldekort> meldekort(Foedselsnummer person, Optional<LocalDate> fom, Optional<LocalDate> tom, Optional<String> samtykke) {
        Vindu v = vindu(person, fom, tom, samtykke);
        List<Aapdata.Meldekort> ut = new ArrayList<>();
        if (!v.til().isBefore(v.fra())) {
            for (Object rad : les("""
                    select meldekort_id, fom, tom, status, mottatt, cast(timer as text)
                    from aap_meldekort where ident = ?1 and fom <= ?2 and tom >= ?3 order by fom""", person, v)) {
                Object[] c = (Object[]) rad;
                LocalDate mFom = dato(c[1]);
                String[] timer = ((String) c[5]).replaceAll("[{}]", "").split(",");
                List<Aapdata.Dag> dager = new ArrayList<>();
                for (int i = 0; i < timer.length; i++) {
                    LocalDate d = mFom.plusDays(i);
                    if (!d.isBefore(v.fra()) && !d.isAfter(v.til())) {
                        dager.add(new Aapdata.Dag(d, new BigDecimal(timer[i].trim())));
                    }
                }
                ut.add(new Aapdata.Meldekort(((Number) c[0]).longValue(), v.klippFra(mFom), v.klippTil(dato(c[2])), (String) c[3],
                        dato(c[4]), dager));
            }
        }
        revider(person, "meldekort", v);
        return ut;
    }

    private Vindu vindu(Foedselsnummer person, Optional<LocalDate> fom, Optional<LocalDate> tom, Optional<String> samtykke) {
        Samtykker.Godkjent g = samtykker.krev(samtykke, callContext.requireToken(), person, SAMTYKKE, fom, tom);
        // kontroller has checked that the consent has both dates
        LocalDate fra = g.samtykke().fraOgMed().orElseThrow();
        LocalDate til = g.samtykke().tilOgMed().orElseThrow();
        Periode p = g.periode();
        // nothing before the earliest date: the requested range and the clip window both start there at the earliest
        return new Vindu(new Periode(p.fraOgMed().isBefore(TIDLIGST) ? min(TIDLIGST, p.tilOgMed()) : p.fraOgMed(), p.tilOgMed()),
                fra.isBefore(TIDLIGST) ? TIDLIGST : fra, til, g.samtykke().id());
    }

    private List<?> les(String sql, Foedselsnummer person, Vindu v) {
        return em.createNativeQuery(sql).setParameter(1, person.verdi()).setParameter(2, v.forespurt().tilOgMed())
                .setParameter(3, v.forespurt().fraOgMed().isBefore(TIDLIGST) ? TIDLIGST : v.forespurt().fraOgMed()).getResultList();
    }

    private void revider(Foedselsnummer person, String kategori, Vindu v) {
        ValidatedToken t = callContext.requireToken();
        audit.skriv(AuditRecord.forToken(TJENESTE, person.verdi(), t, List.of(kategori), TJENESTE, v.samtykkeId(),
                callContext.korrelasjonsid()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static LocalDate dato(Object v) {
        return v == null ? null : v instanceof LocalDate d ? d : ((Date) v).toLocalDate();
    }
}

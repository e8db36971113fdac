package no.datadeling.pensjon.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import no.datadeling.infra.audit.AuditLog;
import no.datadeling.infra.audit.AuditRecord;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.security.CallContext;
import no.datadeling.infra.security.ValidatedToken;
import no.datadeling.pensjon.entity.Pensjonsvedtak;

/**
 * A person's samordningspliktige decisions for one ordning. Order: the tpnr must be the caller's (403), the person a
 * member of that ordning (else 404 "Person ikke funnet": an ordning sees only its own members), then the decisions
 * running on or after {@code fom}, then the audit row, all in one transaction; if the audit write fails nothing is
 * disclosed.
 */
@ApplicationScoped
public class VedtaksinformasjonService {

    public static final String TJENESTE = "nav:pensjon/vedtaksinformasjon";
    public static final String SCOPE = "nav:pensjon/vedtaksinformasjon.read";
    public static final String SCOPE_LEGACY = "nav:pensjon/v1/vedtaksinformasjon";

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    private TpTilgang tilgang;
    private AuditLog audit;
    private CallContext callContext;

    @Inject
    VedtaksinformasjonService(TpTilgang tilgang, AuditLog audit, CallContext callContext) {
        this.tilgang = tilgang;
        this.audit = audit;
        this.callContext = callContext;
    }

    VedtaksinformasjonService() {
        // CDI proxy
    }

    @Transactional
    public List<Pensjonsvedtak> hent(Foedselsnummer person, String tpnr, LocalDate fom) {
        tilgang.krevEier(tpnr);
        Number medlem = (Number) em.createNativeQuery("select count(*) from tp_forhold where ident = ?1 and tpnr = ?2")
                .setParameter(1, person.verdi()).setParameter(2, tpnr).getSingleResult();
        if (medlem.longValue() == 0) {
            throw ApiException.notFound("Person ikke funnet.");
        }
        List<Pensjonsvedtak> vedtak = new ArrayList<>();
        for (Object rad : em.createNativeQuery("""
                        select v.vedtak_id, v.sak_type, v.regelverk, v.vedtaks_kode, v.virk_fom, v.virk_tom, v.uttaksgrad, v.trygdetid,
                               v.totalbelop_netto, cast(extract(year from p.foedselsdato) as int)
                        from pensjonsvedtak v join person p on p.foedselsnummer = v.ident
                        where v.ident = ?1 and (v.virk_tom is null or v.virk_tom >= ?2)
                        order by v.virk_fom, v.vedtak_id""")
                .setParameter(1, person.verdi()).setParameter(2, fom).getResultList()) {
            Object[] c = (Object[]) rad;
            vedtak.add(new Pensjonsvedtak(((Number) c[0]).longValue(), (String) c[1], (String) c[2], (String) c[3], dato(c[4]),
                    dato(c[5]), ((Number) c[6]).intValue(), ((Number) c[7]).intValue(), ((Number) c[8]).intValue(),
                    ((Number) c[9]).intValue()));
        }
        ValidatedToken token = callContext.requireToken();
        audit.skriv(AuditRecord.forToken(TJENESTE, person.verdi(), token, kategorier(vedtak), token.hasScope(SCOPE) ? SCOPE : SCOPE_LEGACY,
                null, callContext.korrelasjonsid()));
        return vedtak;
    }

    /** Which lists were disclosed (never the values); "ingen" when the person has no decision from fom. */
    static List<String> kategorier(List<Pensjonsvedtak> vedtak) {
        LinkedHashSet<String> k = new LinkedHashSet<>();
        for (Pensjonsvedtak v : vedtak) {
            if ("AFP_PRIVAT".equals(v.sakType())) {
                k.add("afpPrivatInfoList");
            } else {
                if (v.kap19Tideler() > 0) {
                    k.add("kap19InfoList");
                }
                if (v.kap19Tideler() < 10) {
                    k.add("kap20InfoList");
                }
            }
        }
        return k.isEmpty() ? List.of("ingen") : List.copyOf(k);
    }

    private static LocalDate dato(Object v) {
        return v == null ? null : v instanceof LocalDate d ? d : ((Date) v).toLocalDate();
    }
}

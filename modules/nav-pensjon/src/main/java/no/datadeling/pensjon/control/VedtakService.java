package no.datadeling.pensjon.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.datadeling.domain.pensjon.Samordning;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.feed.Feed;
import no.datadeling.infra.feed.FeedHendelse;
import no.datadeling.infra.ident.Foedselsnummer;

/**
 * Makes a pension decision: closes the person's running decision of the same kind, stores the new one and publishes
 * its vedtakshendelse to every ordning the person is a member of, all in one transaction (the feeds are the
 * transaction's last work, in tpnr order so two decisions never wait on each other's counters crosswise). A decision
 * that fails or is rolled back leaves no event and no gap.
 */
@ApplicationScoped
public class VedtakService {

    private Feed feed;
    @PersistenceContext(unitName = "datadeling")
    EntityManager em;

    @Inject
    VedtakService(Feed feed) {
        this.feed = feed;
    }

    VedtakService() {
        // CDI proxy
    }

    /** What was written: the decision and its sekvensnummer in each ordning's vedtak feed. */
    public record Fattet(long vedtakId, Map<String, Long> sekvensnummer) {
    }

    @Transactional
    public Fattet fatt(Foedselsnummer person, String sakType, LocalDate virkFom, int totalbelopNetto, int uttaksgrad, boolean simulerFeil) {
        @SuppressWarnings("unchecked")
        List<String> tpnr = em.createNativeQuery("select tpnr from tp_forhold where ident = ?1 order by tpnr")
                .setParameter(1, person.verdi()).getResultList();
        if (tpnr.isEmpty()) {
            throw ApiException.notFound("Personen har ikke tjenestepensjonsforhold: vedtaket er ikke samordningspliktig.");
        }
        List<?> loepende = em.createNativeQuery("select vedtak_id, virk_fom from pensjonsvedtak where ident = ?1 and sak_type = ?2"
                + " and virk_tom is null for update").setParameter(1, person.verdi()).setParameter(2, sakType).getResultList();
        for (Object r : loepende) {
            Object[] c = (Object[]) r;
            LocalDate fom = c[1] instanceof LocalDate d ? d : ((Date) c[1]).toLocalDate();
            if (!virkFom.isAfter(fom)) {
                throw ApiException.invalidInput("virkFom må være etter det løpende vedtakets virkFom (" + fom + ").");
            }
            em.createNativeQuery("update pensjonsvedtak set virk_tom = ?1 where vedtak_id = ?2")
                    .setParameter(1, virkFom.minusDays(1)).setParameter(2, ((Number) c[0]).longValue()).executeUpdate();
        }
        Number foedselsaar = (Number) em.createNativeQuery("select cast(extract(year from foedselsdato) as int) from person"
                + " where foedselsnummer = ?1").setParameter(1, person.verdi()).getSingleResult();
        String regelverk = "AFP_PRIVAT".equals(sakType) || foedselsaar.intValue() >= 1963 ? "KAP20"
                : foedselsaar.intValue() < 1954 ? "KAP19" : "BEGGE";
        Number id = (Number) em.createNativeQuery("""
                        insert into pensjonsvedtak (ident, sak_type, regelverk, vedtaks_kode, virk_fom, uttaksgrad, trygdetid,
                                                    totalbelop_netto, vedtaksdato)
                        values (?1, ?2, ?3, ?4, ?5, ?6, 40, ?7, current_date) returning vedtak_id""")
                .setParameter(1, person.verdi()).setParameter(2, sakType).setParameter(3, regelverk)
                .setParameter(4, loepende.isEmpty() ? "FORSTEG_BH" : "ENDRING").setParameter(5, virkFom)
                .setParameter(6, uttaksgrad).setParameter(7, totalbelopNetto).getSingleResult();
        long vedtakId = id.longValue();
        Map<String, Long> numre = new LinkedHashMap<>();
        for (String t : tpnr) {
            numre.put(t, feed.publiser(Samordning.feed(Samordning.VEDTAK, t), new FeedHendelse(loepende.isEmpty() ? "FORSTEG_BH" : "ENDRING",
                    sakType, Samordning.vedtakshendelse(sakType, person.verdi(), vedtakId, t, virkFom, null))));
        }
        if (simulerFeil) {
            throw new ApiException(no.datadeling.infra.error.ErrorKind.UNEXPECTED, "Simulert feil etter publisering: alt er rullet tilbake.");
        }
        return new Fattet(vedtakId, numre);
    }
}

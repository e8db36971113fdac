package no.datadeling.helserefusjon.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.datadeling.helserefusjon.entity.Frikortvedtak;
import no.datadeling.infra.ident.Foedselsnummer;

/** A person's frikortvedtak, each with the egenandelstak of its year from the versioned tak table. */
@ApplicationScoped
public class FrikortService {

    private static final String SELECT = """
            select v.vedtak_id, v.personident, v.aar, t.beloep, v.dato_tak_naadd, v.sum_egenandeler, v.vedtaksdato
            from frikortvedtak v join egenandelstak t on t.aar = v.aar
            """;

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;

    public List<Frikortvedtak> vedtak(Foedselsnummer person, Optional<Integer> aar) {
        var q = em.createNativeQuery(SELECT + " where v.personident = ?1" + (aar.isPresent() ? " and v.aar = ?2" : "")
                + " order by v.aar, v.vedtak_id").setParameter(1, person.verdi());
        aar.ifPresent(a -> q.setParameter(2, a));
        return q.getResultList().stream().map(r -> tilVedtak((Object[]) r)).toList();
    }

    /** The vedtak, only if it is the given person's (another person's id answers like an unknown one). */
    public Optional<Frikortvedtak> vedtak(Foedselsnummer person, long vedtakId) {
        List<?> rader = em.createNativeQuery(SELECT + " where v.vedtak_id = ?1 and v.personident = ?2")
                .setParameter(1, vedtakId).setParameter(2, person.verdi()).getResultList();
        return rader.stream().map(r -> tilVedtak((Object[]) r)).findFirst();
    }

    private static Frikortvedtak tilVedtak(Object[] c) {
        return new Frikortvedtak(((Number) c[0]).longValue(), (String) c[1], ((Number) c[2]).intValue(), ((Number) c[3]).intValue(),
                dato(c[4]), ((Number) c[5]).intValue(), dato(c[6]));
    }

    private static LocalDate dato(Object v) {
        return v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
    }
}

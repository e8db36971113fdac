package no.datadeling.verktoy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.datadeling.domain.verktoy.OppgaveTilstand;

/**
 * The deadline timer's work: claims a batch of tasks whose dates call for a move (AKTIV past the frist, FRIST_PASSERT
 * past utløp), moves them, commits. Claimed with FOR UPDATE SKIP LOCKED, so instances of a cluster, each running the
 * timer, never take the same task, and never wait for each other or for a send that holds a task.
 */
@ApplicationScoped
public class FristService {

    /** Both work queues have a partial index (idx_verktoy_oppgave_aktiv_frist, idx_verktoy_oppgave_passert_utloper). */
    static final String KREV = """
            select oppgave_id, frist, utloper, tilstand from verktoy_oppgave
            where (tilstand = 'AKTIV' and frist < ?1) or (tilstand = 'FRIST_PASSERT' and utloper < ?1)
            order by oppgave_id
            limit ?2
            for update skip locked""";

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    Clock clock = Clock.system(Frister.OSLO);

    /** The moves one batch made, per new state. */
    public record Flytting(int krevd, Map<OppgaveTilstand, Integer> flyttet) {
    }

    public LocalDate idag() {
        return LocalDate.now(clock);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Flytting flyttNeste(LocalDate idag, int maks) {
        List<?> rader = em.createNativeQuery(KREV).setParameter(1, idag).setParameter(2, maks).getResultList();
        Map<OppgaveTilstand, List<Long>> til = new EnumMap<>(OppgaveTilstand.class);
        for (Object rad : rader) {
            Object[] r = (Object[]) rad;
            OppgaveTilstand ny = Frister.tilstand(dato(r[1]), dato(r[2]), idag);
            if (ny != OppgaveTilstand.valueOf((String) r[3])) {
                til.computeIfAbsent(ny, k -> new ArrayList<>()).add(((Number) r[0]).longValue());
            }
        }
        Map<OppgaveTilstand, Integer> flyttet = new EnumMap<>(OppgaveTilstand.class);
        Instant naa = Instant.now(clock);
        til.forEach((ny, ider) -> flyttet.put(ny, em.createQuery(
                        "update VerktoyOppgave o set o.tilstand = :ny, o.tilstandEndret = :naa where o.id in :ider")
                .setParameter("ny", ny).setParameter("naa", naa).setParameter("ider", ider).executeUpdate()));
        return new Flytting(rader.size(), flyttet);
    }

    private static LocalDate dato(Object o) {
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }
}

package no.datadeling.navhelse.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import no.datadeling.domain.medlemskap.Medlemskapsunntak;
import no.datadeling.domain.medlemskap.Trygdehendelsestype;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.navhelse.entity.Medlemskapsfilter;

/**
 * Medlemskapsunntak: lookups (no transaction: plain reads) and changes, each of which publishes its trygdehendelse
 * in the same transaction as the change, as that transaction's last step, so the feed never shows a change that did
 * not commit and never misses one that did.
 */
@ApplicationScoped
public class MedlemskapsunntakService {

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    private TrygdehendelseService hendelser;
    Clock clock = Clock.systemUTC();

    @Inject
    MedlemskapsunntakService(TrygdehendelseService hendelser) {
        this.hendelser = hendelser;
    }

    MedlemskapsunntakService() {
        // CDI proxy
    }

    /** The outcome of a change: the period and the number its event got in the feed. */
    public record Skrevet(long periodeId, long hendelsesnummer, Trygdehendelsestype type) {
    }

    public List<Medlemskapsunntak> finn(Foedselsnummer ident, Medlemskapsfilter f) {
        StringBuilder jpql = new StringBuilder("select m from Medlemskapsunntak m where m.ident = :ident");
        f.medlem().ifPresent(x -> jpql.append(" and m.medlem = :medlem"));
        f.fraOgMed().ifPresent(x -> jpql.append(" and m.tilOgMed >= :fraOgMed"));
        f.tilOgMed().ifPresent(x -> jpql.append(" and m.fraOgMed <= :tilOgMed"));
        if (!f.statuser().isEmpty()) {
            jpql.append(" and m.status in :statuser");
        }
        if (!f.ekskluderKilder().isEmpty()) {
            jpql.append(" and m.kilde not in :kilder");
        }
        jpql.append(" order by m.fraOgMed, m.unntakId");
        TypedQuery<Medlemskapsunntak> q = em.createQuery(jpql.toString(), Medlemskapsunntak.class).setParameter("ident", ident.verdi());
        f.medlem().ifPresent(x -> q.setParameter("medlem", x));
        f.fraOgMed().ifPresent(x -> q.setParameter("fraOgMed", x));
        f.tilOgMed().ifPresent(x -> q.setParameter("tilOgMed", x));
        if (!f.statuser().isEmpty()) {
            q.setParameter("statuser", f.statuser());
        }
        if (!f.ekskluderKilder().isEmpty()) {
            q.setParameter("kilder", f.ekskluderKilder());
        }
        return q.getResultList();
    }

    public Optional<Medlemskapsunntak> finn(long periodeId) {
        return Optional.ofNullable(em.find(Medlemskapsunntak.class, periodeId));
    }

    @Transactional
    public Skrevet opprett(Foedselsnummer ident, Medlemskapsunntak.Innhold innhold, String av, boolean simulerFeil) {
        boolean personFinnes = !em.createNativeQuery("select 1 from person where foedselsnummer = ?1")
                .setParameter(1, ident.verdi()).getResultList().isEmpty();
        if (!personFinnes) {
            throw ApiException.notFound("Personen finnes ikke i registeret.");
        }
        Medlemskapsunntak m = new Medlemskapsunntak(ident.verdi(), innhold, naa(), av);
        em.persist(m);
        return publiser(m, Trygdehendelsestype.OPPRETTET, simulerFeil);
    }

    @Transactional
    public Skrevet endre(long periodeId, Medlemskapsunntak.Innhold innhold, String av, boolean simulerFeil) {
        Medlemskapsunntak m = laas(periodeId);
        m.endre(innhold, naa(), av);
        return publiser(m, Trygdehendelsestype.ENDRET, simulerFeil);
    }

    @Transactional
    public Skrevet annuller(long periodeId, String av, boolean simulerFeil) {
        Medlemskapsunntak m = laas(periodeId);
        m.annuller(naa(), av);
        return publiser(m, Trygdehendelsestype.ANNULLERT, simulerFeil);
    }

    /** The period, locked against concurrent changes; an annulled one cannot change (409). */
    private Medlemskapsunntak laas(long periodeId) {
        Medlemskapsunntak m = em.find(Medlemskapsunntak.class, periodeId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw ApiException.notFound("Fant ikke medlemskapsunntak med periodeId " + periodeId + ".");
        }
        if (m.erAnnullert()) {
            throw new ApiException(ErrorKind.INVALID_INPUT, "ANNULLERT", 409, "Medlemskapsunntaket er annullert og kan ikke endres.");
        }
        return m;
    }

    private Skrevet publiser(Medlemskapsunntak m, Trygdehendelsestype type, boolean simulerFeil) {
        long nummer = hendelser.publiser(m, type);
        if (simulerFeil) {
            // fault injection for the feed's concurrency test: everything, numbering included, then a rollback
            throw new ApiException(ErrorKind.UNEXPECTED, "SIMULERT_FEIL", 500,
                    "Simulert feil etter nummerering: endringen og hendelsen er rullet tilbake.");
        }
        return new Skrevet(m.unntakId(), nummer, type);
    }

    private Instant naa() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}

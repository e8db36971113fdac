package no.datadeling.infra.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Writes audit rows into the disclosing transaction and reads a subject's rows back (package documentation: why this
 * is safe). {@link #skriv} must be the disclosing transaction's last database work before the response is built.
 */
@ApplicationScoped
public class AuditLog {

    static final String KOLONNER = "id, kjede, nummer, to_char(tidspunkt at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),"
            + " tjeneste, subjekt, konsument, klient_id, leverandoer, kategorier, scope, samtykke_id, korrelasjonsid,"
            + " forrige_hash, hash";

    /** Inserts the row and moves the chain head in one statement (the head row is already locked by us). */
    private static final String SKRIV = """
            with ny as (
                insert into audit_logg (kjede, nummer, tidspunkt, tjeneste, subjekt, konsument, klient_id, leverandoer,
                                        kategorier, scope, samtykke_id, korrelasjonsid, forrige_hash, hash)
                values (?1, ?2, cast(?3 as timestamptz), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                returning kjede, nummer, hash)
            update audit_kjede k set siste_nummer = ny.nummer, siste_hash = ny.hash from ny where k.kjede = ny.kjede""";

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    Clock clock = Clock.systemUTC();
    int kjeder = 4;

    @PostConstruct
    void konfigurer() {
        kjeder = ConfigProvider.getConfig(AuditLog.class.getClassLoader())
                .getOptionalValue("datadeling.audit.kjeder", Integer.class).orElse(4);
        if (kjeder < 1) {
            throw new IllegalStateException("datadeling.audit.kjeder must be at least 1");
        }
    }

    /** The chain a subject's rows of {@code tjeneste} go to: stable, so one person's rows form one chain. */
    static String kjede(String tjeneste, String subjekt, int kjeder) {
        return tjeneste + "#" + Math.floorMod(subjekt.hashCode(), kjeder);
    }

    /**
     * Appends the record to its chain. Runs only inside the caller's transaction: if this or the commit fails, the
     * caller's disclosure fails with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry skriv(AuditRecord r) {
        String kjede = kjede(r.tjeneste(), r.subjekt(), kjeder);
        em.flush(); // the caller's own changes go first, so the head lock is held only from here to commit
        Object[] hode = laasHode(kjede);
        long nummer = ((Number) hode[0]).longValue() + 1;
        String forrige = (String) hode[1];
        Instant tidspunkt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        AuditEntry uten = new AuditEntry(0, kjede, nummer, tidspunkt, r, forrige, null);
        String hash = AuditChain.hash(uten);
        int oppdatert = em.createNativeQuery(SKRIV)
                .setParameter(1, kjede).setParameter(2, nummer).setParameter(3, tidspunkt.toString())
                .setParameter(4, r.tjeneste()).setParameter(5, r.subjekt()).setParameter(6, r.konsument())
                .setParameter(7, r.klientId()).setParameter(8, r.leverandoer()).setParameter(9, String.join(",", r.kategorier()))
                .setParameter(10, r.scope()).setParameter(11, r.samtykkeId()).setParameter(12, r.korrelasjonsid())
                .setParameter(13, forrige).setParameter(14, hash)
                .executeUpdate();
        if (oppdatert != 1) {
            throw new IllegalStateException("audit chain head not moved");
        }
        return new AuditEntry(0, kjede, nummer, tidspunkt, r, forrige, hash);
    }

    private Object[] laasHode(String kjede) {
        String sql = "select siste_nummer, siste_hash from audit_kjede where kjede = ?1 for update";
        List<?> rows = em.createNativeQuery(sql).setParameter(1, kjede).getResultList();
        if (rows.isEmpty()) {
            em.createNativeQuery("insert into audit_kjede (kjede, siste_nummer, siste_hash) values (?1, 0, ?2) on conflict do nothing")
                    .setParameter(1, kjede).setParameter(2, AuditChain.GENESIS).executeUpdate();
            rows = em.createNativeQuery(sql).setParameter(1, kjede).getResultList();
        }
        return (Object[]) rows.get(0);
    }

    /** The subject's rows of the given services, newest first, at most {@code maks}. */
    public List<AuditEntry> forSubjekt(String subjekt, List<String> tjenester, int maks) {
        List<?> rows = em.createNativeQuery("select " + KOLONNER + " from audit_logg"
                        + " where subjekt = ?1 and tjeneste = any(cast(?2 as varchar[])) order by tidspunkt desc, id desc limit ?3")
                .setParameter(1, subjekt).setParameter(2, arrayLiteral(tjenester)).setParameter(3, maks)
                .getResultList();
        List<AuditEntry> out = new ArrayList<>();
        for (Object row : rows) {
            out.add(entry(Arrays.stream((Object[]) row).map(v -> v == null ? null : v.toString()).toArray(String[]::new)));
        }
        return out;
    }

    /** A row as {@link #KOLONNER} lists it, every value as text. */
    static AuditEntry entry(String[] c) {
        List<String> kategorier = c[9] == null || c[9].isEmpty() ? List.of() : List.of(c[9].split(","));
        AuditRecord r = new AuditRecord(c[4], c[5], c[6], c[7], c[8], kategorier, c[10], c[11], c[12]);
        return new AuditEntry(Long.parseLong(c[0]), c[1], Long.parseLong(c[2]), Instant.parse(c[3]), r, c[13], c[14]);
    }

    private static String arrayLiteral(List<String> values) {
        for (String v : values) {
            if (!v.matches("[A-Za-z0-9:/._-]{1,200}")) {
                throw new IllegalArgumentException("invalid service name");
            }
        }
        return "{" + String.join(",", values) + "}";
    }
}

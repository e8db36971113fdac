package no.datadeling.infra.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.ident.Organisasjonsnummer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests per consumer organisation per minute (Folkeregisteret: 60 000 a minute, "429 ... Vent i minimum antall ms
 * angitt i Retry-After"). The budget is a token bucket per organisation in the database, shared by every instance of
 * the cluster; an instance leases a small batch of tokens at a time and spends them locally, so the read path costs an
 * atomic decrement and the database sees one statement per batch (at the default rate, a batch is 100 requests: about
 * ten statements a second at full speed). A lease lapses after a second, so unused tokens cannot pile up across
 * instances: the cluster never grants more than the budget plus one lease per instance. Limits per organisation live
 * in table ratebegrensning_grense; the default is {@code datadeling.ratebegrensning.per-minutt}.
 *
 * <p>Why not Payara's JCache (Hazelcast): a distributed map entry per request would be a network round trip per
 * request across the cluster, and PostgreSQL is already where every other cluster-wide state lives.
 */
@ApplicationScoped
public class Ratebegrenser {

    static final long LEIETID_NANOS = 1_000_000_000L;
    private static final Logger LOG = Logger.getLogger(Ratebegrenser.class.getName());

    /** Tokens this instance may still spend for an organisation, until {@code utloeper}; or refused until {@code sperretTil}. */
    static final class Leie {
        final AtomicLong igjen;
        final long utloeper;
        final long sperretTil;
        final long perMinutt;

        Leie(long igjen, long utloeper, long sperretTil, long perMinutt) {
            this.igjen = new AtomicLong(igjen);
            this.utloeper = utloeper;
            this.sperretTil = sperretTil;
            this.perMinutt = perMinutt;
        }
    }

    private final ConcurrentMap<String, Leie> leier = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> laaser = new ConcurrentHashMap<>();
    private Boettelager lager;
    private long standardPerMinutt;
    private int maksLeie;
    private LongSupplier klokke = System::nanoTime;

    @Inject
    Ratebegrenser(Boettelager lager,
                  @ConfigProperty(name = "datadeling.ratebegrensning.per-minutt", defaultValue = "60000") long standardPerMinutt,
                  @ConfigProperty(name = "datadeling.ratebegrensning.maks-leie", defaultValue = "100") int maksLeie) {
        this.lager = lager;
        this.standardPerMinutt = standardPerMinutt;
        this.maksLeie = maksLeie;
    }

    Ratebegrenser() {
        // CDI proxy
    }

    Ratebegrenser(Boettelager lager, long standardPerMinutt, int maksLeie, LongSupplier klokke) {
        this(lager, standardPerMinutt, maksLeie);
        this.klokke = klokke;
    }

    /** Spends one request of the organisation's budget, or throws a 429 telling how many milliseconds to wait. */
    public void krevKvote(Organisasjonsnummer org) {
        String nr = org.verdi();
        long naa = klokke.getAsLong();
        Leie leie = leier.get(nr);
        if (leie != null && brukt(leie, naa)) {
            return;
        }
        synchronized (laaser.computeIfAbsent(nr, k -> new Object())) {
            leie = leier.get(nr);
            if (leie != null && brukt(leie, naa)) {
                return;
            }
            int oensket = leiestoerrelse(leie);
            Boettelager.Tildeling t = lager.lei(nr, oensket, standardPerMinutt);
            if (t.tokens() <= 0) {
                leier.put(nr, new Leie(0, naa, naa + t.ventMillis() * 1_000_000L, t.perMinutt()));
                throw forMange(org, t.ventMillis());
            }
            leier.put(nr, new Leie(t.tokens() - 1L, naa + LEIETID_NANOS, 0, t.perMinutt()));
        }
    }

    private boolean brukt(Leie leie, long naa) {
        if (naa < leie.sperretTil) {
            throw forMange(null, Math.max(1, (leie.sperretTil - naa + 999_999) / 1_000_000));
        }
        return naa < leie.utloeper && leie.igjen.getAndDecrement() > 0;
    }

    /**
     * About a tenth of a second's worth of the organisation's rate (known from the previous lease), at most
     * {@code maksLeie}; one token while the rate is unknown, and for small budgets, which are then exact.
     */
    private int leiestoerrelse(Leie forrige) {
        return forrige == null ? 1 : (int) Math.max(1, Math.min(maksLeie, forrige.perMinutt / 600));
    }

    private ApiException forMange(Organisasjonsnummer org, long ventMillis) {
        if (org != null) {
            LOG.info(() -> "organisation " + org + " over its request budget; Retry-After " + ventMillis + " ms");
        }
        return new ApiException(ErrorKind.TOO_MANY_REQUESTS,
                "For mange kall er gjort på kort tid. Vent i minimum antall millisekunder angitt i Retry-After før neste kall.")
                .withHeader("Retry-After", Long.toString(Math.max(1, ventMillis)));
    }
}

package no.datadeling.domain.skjema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.datadeling.infra.ratelimit.Boettelager;
import no.datadeling.infra.ratelimit.PostgresBoettelager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rate limiter's bucket statement against real PostgreSQL with the production migrations. */
class RatebegrensningSqlTest {

    private static EmbeddedPostgres pg;
    private static PostgresBoettelager lager;

    @BeforeAll
    static void start() throws Exception {
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        Migreringer.migrer(pg.getPostgresDatabase());
        lager = new PostgresBoettelager(pg.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws Exception {
        pg.close();
    }

    @Test
    void a_new_bucket_is_full_and_grants_what_it_holds_then_nothing_with_a_wait() {
        Boettelager.Tildeling a = lager.lei("974760673", 100, 250);
        assertEquals(100, a.tokens());
        assertEquals(250, a.perMinutt());
        Boettelager.Tildeling b = lager.lei("974760673", 200, 250);
        assertTrue(b.tokens() >= 150 && b.tokens() <= 151, "rest of the minute's budget: " + b.tokens());
        Boettelager.Tildeling c = lager.lei("974760673", 200, 250);
        assertTrue(c.tokens() <= 1, "refill is 250 a minute: " + c.tokens());
    }

    @Test
    void an_organisations_own_limit_overrides_the_default() throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into ratebegrensning_grense (organisasjonsnummer, per_minutt) values ('889640782', 2)");
        }
        assertEquals(1, lager.lei("889640782", 1, 60_000).tokens());
        assertEquals(1, lager.lei("889640782", 1, 60_000).tokens());
        Boettelager.Tildeling nei = lager.lei("889640782", 1, 60_000);
        assertEquals(0, nei.tokens());
        assertEquals(2, nei.perMinutt());
        assertTrue(nei.ventMillis() > 25_000 && nei.ventMillis() <= 30_000, "half a minute per token: " + nei.ventMillis());
    }

    @Test
    void concurrent_leases_never_grant_more_than_the_bucket_holds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> svar = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            svar.add(pool.submit(() -> lager.lei("916789642", 3, 600).tokens()));
        }
        int sum = 0;
        for (Future<Integer> f : svar) {
            sum += f.get();
        }
        pool.shutdown();
        // 600 in the bucket, plus at most what trickles in (10 a second) while the test runs
        assertTrue(sum >= 600 && sum <= 600 + 100, "granted " + sum);
    }
}

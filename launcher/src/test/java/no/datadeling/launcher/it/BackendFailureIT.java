package no.datadeling.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away: the API answers ARBEIDSFORHOLD-002 (never a stack trace), readiness goes DOWN, and both
 * recover without a restart once PostgreSQL accepts connections again.
 */
@Order(900)
@ExtendWith(DatadelingServer.class)
class BackendFailureIT {

    @Test
    void database_outage_gives_002_and_not_ready_then_recovers() throws Exception {
        var rel = Populasjonsdata.relasjoner().get(0);
        String path = Populasjonsdata.path(rel.oppdragsgiver(), rel.person().foedselsnummer());
        String auth = Http.bearer(TestTokens.maskinportenToken("skatteetaten:arbeidsforhold"));
        assertEquals(200, Http.get(path, "Authorization", auth).status());
        try (Connection admin = DatadelingServer.server().connectMaintenanceDatabase(); Statement s = admin.createStatement()) {
            s.execute("alter database datadeling allow_connections false");
            try {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'datadeling' and pid <> pg_backend_pid()");
                Http.Response r = Http.get(path, "Authorization", auth);
                assertEquals(500, r.status(), r.body());
                assertEquals("ARBEIDSFORHOLD-002", r.json().getString("kode"));
                assertEquals(503, Http.get("health/ready").status());
            } finally {
                s.execute("alter database datadeling allow_connections true");
            }
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        int status;
        do {
            Thread.sleep(200);
            status = Http.get(path, "Authorization", auth).status();
        } while (status != 200 && System.nanoTime() < deadline);
        assertEquals(200, status, "the API did not recover after the database came back");
        assertEquals(200, Http.get("health/ready").status());
    }
}

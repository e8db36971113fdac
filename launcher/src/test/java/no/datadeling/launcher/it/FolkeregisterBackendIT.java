package no.datadeling.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The database goes away: Folkeregisteret answers 500 with the seed's own message (FREG-002), then recovers. */
@Order(800)
@ExtendWith(DatadelingServer.class)
class FolkeregisterBackendIT {

    @Test
    void a_database_outage_is_a_500_in_freg_format_and_heals() throws Exception {
        String fnr = Folkeregisterdata.personer().keySet().iterator().next();
        assertEquals(200, Freg.get(Freg.OMH, fnr, null).status());
        try (Connection admin = DatadelingServer.server().connectMaintenanceDatabase(); Statement s = admin.createStatement()) {
            s.execute("alter database datadeling allow_connections false");
            try {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'datadeling' and pid <> pg_backend_pid()");
                Http.Response r = Freg.get(Freg.OMH, fnr, null);
                Freg.assertFeil(r, 500, "FREG-002");
                assertEquals("Feil i tjenesten. Vennligst prøv igjen seinere.", r.json().getString("melding"));
                assertFalse(r.body().contains("SQL") || r.body().contains("Exception"));
            } finally {
                s.execute("alter database datadeling allow_connections true");
            }
        }
        long frist = System.nanoTime() + 30_000_000_000L;
        int status;
        do {
            Thread.sleep(200);
            status = Freg.get(Freg.OMH, fnr, null).status();
        } while (status != 200 && System.nanoTime() < frist);
        assertEquals(200, status);
    }
}

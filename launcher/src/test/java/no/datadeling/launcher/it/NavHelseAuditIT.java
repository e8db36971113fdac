package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static no.datadeling.launcher.it.NavHelseData.assertNavFeil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.datadeling.infra.security.IssuerKind;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log's promises, tested against the running server and its database: no disclosure when the audit write
 * fails, rows the application cannot change, and the launcher's audit-verify command catching a row changed directly
 * in PostgreSQL (naming it) and passing again once the row is restored.
 */
@Order(60)
@ExtendWith(DatadelingServer.class)
class NavHelseAuditIT {

    static Http.Response ufore(String fnr) {
        var r = NavHelseData.altinn2(fnr, "5252_2");
        r.fraOgMed = java.time.LocalDate.of(2020, 1, 1);
        r.tilOgMed = java.time.LocalDate.of(2025, 12, 31);
        return Http.get("dsop-ufo/uforeopplysninger", "Authorization", bearer(NavHelseData.maskinporten("nav:helse/v1/uforeopplysninger")),
                "fnr", fnr, "NAV-Samtykke-Token", NavHelseData.mint(IssuerKind.ALTINN, r));
    }

    static String fnr() {
        return NavHelseData.sak(s -> "LOPENDE".equals(s.sak().status())).person().foedselsnummer();
    }

    static long rader() {
        return NavHelseData.tall("select count(*) from audit_logg");
    }

    @Test
    void when_the_audit_write_fails_nothing_is_disclosed() {
        String fnr = fnr();
        assertEquals(200, ufore(fnr).status());
        NavHelseData.utfor("""
                create function test_audit_nede() returns trigger language plpgsql as $$
                begin raise exception 'audit store refuses writes (test)'; end $$""",
                "create trigger trg_test_audit_nede before insert on audit_logg for each row execute function test_audit_nede()");
        long foer = rader();
        try {
            Http.Response r = ufore(fnr);
            assertNavFeil(r, 500);
            assertEquals(java.util.Set.of("timestamp", "status", "error", "message", "callId"), r.json().keySet(),
                    "an error body only: " + r.body());
            assertFalse(r.body().contains("beregningsperioder") || r.body().contains("LOPENDE"));
            assertEquals(foer, rader());
        } finally {
            NavHelseData.utfor("drop trigger trg_test_audit_nede on audit_logg", "drop function test_audit_nede()");
        }
        Http.Response igjen = ufore(fnr);
        assertEquals(200, igjen.status(), igjen.body());
        assertEquals(foer + 1, rader());
    }

    @Test
    void the_database_refuses_changing_or_deleting_audit_rows() throws SQLException {
        ufore(fnr());
        try (Connection c = DatadelingServer.server().connectDatabase(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("update audit_logg set konsument = '974760673'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_logg"));
            assertThrows(SQLException.class, () -> s.executeUpdate("truncate audit_logg cascade"));
        }
    }

    @Test
    void audit_verify_names_a_row_changed_in_the_database_and_passes_once_it_is_restored() throws Exception {
        String fnr = fnr();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, ufore(fnr).status());
        }
        Kjoring foer = auditVerify();
        assertEquals(0, foer.status(), foer.utdata());
        assertTrue(foer.utdata().contains("audit log intact"), foer.utdata());

        // the middle one of this person's last three rows (same chain: one subject, one chain)
        List<String> rad = List.of(NavHelseData.tekst("select concat_ws('|', id, kjede, nummer, konsument) from audit_logg"
                + " where subjekt = ? order by nummer desc offset 1 limit 1", fnr).orElseThrow().split("\\|"));
        String id = rad.get(0);
        tukle("update audit_logg set konsument = '974760673' where id = " + id);
        try {
            Kjoring brutt = auditVerify();
            assertEquals(1, brutt.status(), brutt.utdata());
            assertTrue(brutt.utdata().contains("chain " + rad.get(1) + ", row nummer " + rad.get(2) + " (id " + id + ")"), brutt.utdata());
            assertTrue(brutt.utdata().contains("content changed"), brutt.utdata());
            assertFalse(brutt.utdata().contains(fnr), "the command never prints an identity number");
        } finally {
            tukle("update audit_logg set konsument = '" + rad.get(3) + "' where id = " + id);
        }
        Kjoring etter = auditVerify();
        assertEquals(0, etter.status(), etter.utdata());
    }

    private static void tukle(String sql) {
        NavHelseData.utfor("set session_replication_role = replica; " + sql + "; set session_replication_role = origin");
    }

    record Kjoring(int status, String utdata) {
    }

    /** The real command, as an operator runs it: java -jar datadeling.jar audit-verify --data-dir DIR. */
    private static Kjoring auditVerify() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("datadeling.home", "target"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                home.resolve("datadeling.jar").toString(), "audit-verify", "--data-dir",
                DatadelingServer.server().dataDir().toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "audit-verify did not finish");
        return new Kjoring(p.exitValue(), out);
    }
}

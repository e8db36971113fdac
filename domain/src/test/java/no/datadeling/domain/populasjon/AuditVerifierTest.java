package no.datadeling.domain.populasjon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.datadeling.domain.skjema.Migreringer;
import no.datadeling.infra.audit.AuditChain;
import no.datadeling.infra.audit.AuditEntry;
import no.datadeling.infra.audit.AuditRecord;
import no.datadeling.infra.audit.AuditVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit tables' guarantees in PostgreSQL itself (insert-only, head only moves forward) and the verifier against
 * every kind of tampering a database superuser could do. Lives in domain because the migrations do.
 */
class AuditVerifierTest {

    private static EmbeddedPostgres pg;
    private Connection c;

    @BeforeAll
    static void start() throws Exception {
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        Migreringer.migrer(pg.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws Exception {
        pg.close();
    }

    @BeforeEach
    void chains() throws SQLException {
        c = pg.getPostgresDatabase().getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica"); // the triggers forbid the cleanup itself
            s.execute("delete from audit_logg");
            s.execute("delete from audit_kjede");
            s.execute("set session_replication_role = origin");
        }
        for (int i = 1; i <= 5; i++) {
            skriv("t#0", i, "0000000" + i % 10 + "0000");
        }
        for (int i = 1; i <= 3; i++) {
            skriv("t#1", i, "03851598730");
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    /** What AuditLog does, in plain JDBC: lock the head, hash, insert, move the head. */
    private void skriv(String kjede, long nummer, String subjekt) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("insert into audit_kjede values ('" + kjede + "', 0, '" + AuditChain.GENESIS + "') on conflict do nothing");
        }
        String forrige;
        try (Statement s = c.createStatement(); var rs = s.executeQuery("select siste_hash from audit_kjede where kjede = '" + kjede + "'")) {
            rs.next();
            forrige = rs.getString(1);
        }
        AuditRecord r = new AuditRecord("t", subjekt, "889640782", "klient", null, List.of("status", "beregningsperioder"), "scope",
                "samtykke", "korr-" + nummer);
        Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditChain.hash(new AuditEntry(0, kjede, nummer, t, r, forrige, null));
        try (PreparedStatement ps = c.prepareStatement("insert into audit_logg (kjede, nummer, tidspunkt, tjeneste, subjekt, konsument,"
                + " klient_id, leverandoer, kategorier, scope, samtykke_id, korrelasjonsid, forrige_hash, hash)"
                + " values (?, ?, cast(? as timestamptz), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Object[] v = {kjede, nummer, t.toString(), "t", subjekt, "889640782", "klient", null, "status,beregningsperioder", "scope",
                "samtykke", "korr-" + nummer, forrige, hash};
            for (int i = 0; i < v.length; i++) {
                ps.setObject(i + 1, v[i]);
            }
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.execute("update audit_kjede set siste_nummer = " + nummer + ", siste_hash = '" + hash + "' where kjede = '" + kjede + "'");
        }
    }

    private void tukle(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.execute(sql);
            s.execute("set session_replication_role = origin");
        }
    }

    private AuditVerifier.Brudd ettBrudd() throws SQLException {
        AuditVerifier.Resultat r = AuditVerifier.verifiser(c);
        assertEquals(1, r.brudd().size(), r.brudd().toString());
        return r.brudd().get(0);
    }

    @Test
    void an_untouched_log_verifies() throws SQLException {
        AuditVerifier.Resultat r = AuditVerifier.verifiser(c);
        assertTrue(r.ok(), r.brudd().toString());
        assertEquals(2, r.kjeder());
        assertEquals(8, r.rader());
    }

    @Test
    void the_database_refuses_update_delete_and_truncate() {
        assertThrows(SQLException.class, () -> c.createStatement().execute("update audit_logg set konsument = '974760673'"));
        assertThrows(SQLException.class, () -> c.createStatement().execute("delete from audit_logg where nummer = 5"));
        assertThrows(SQLException.class, () -> c.createStatement().execute("truncate audit_logg cascade"));
        assertThrows(SQLException.class, () -> c.createStatement().execute("delete from audit_kjede"));
        assertThrows(SQLException.class, () -> c.createStatement().execute("update audit_kjede set siste_nummer = 2 where kjede = 't#0'"));
    }

    @Test
    void a_changed_field_is_named_at_its_row() throws SQLException {
        tukle("update audit_logg set konsument = '974760673' where kjede = 't#0' and nummer = 3");
        AuditVerifier.Brudd b = ettBrudd();
        assertEquals("t#0", b.kjede());
        assertEquals(3, b.nummer());
        assertTrue(b.grunn().contains("content changed"), b.grunn());
    }

    @Test
    void a_recomputed_hash_breaks_the_link_of_the_next_row() throws SQLException {
        tukle("update audit_logg set konsument = '974760673', hash = repeat('a', 64) where kjede = 't#0' and nummer = 2");
        AuditVerifier.Brudd b = ettBrudd();
        assertEquals(2, b.nummer(), "the forged hash itself does not match its content");
    }

    @Test
    void a_removed_row_in_the_middle_and_at_the_end_is_found() throws SQLException {
        tukle("delete from audit_logg where kjede = 't#0' and nummer = 4");
        AuditVerifier.Brudd b = ettBrudd();
        assertEquals(5, b.nummer());
        assertTrue(b.grunn().contains("row missing"), b.grunn());
    }

    @Test
    void removed_last_rows_are_found_by_the_head() throws SQLException {
        tukle("delete from audit_logg where kjede = 't#1' and nummer = 3");
        AuditVerifier.Brudd b = ettBrudd();
        assertEquals("t#1", b.kjede());
        assertTrue(b.grunn().contains("at the end"), b.grunn());
    }
}

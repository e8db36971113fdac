package no.datadeling.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import no.datadeling.domain.skjema.Migreringer;
import no.datadeling.infra.audit.AuditVerifier;

/**
 * {@code audit-verify}: recomputes every audit hash chain in the database (the configured one, else the embedded
 * PostgreSQL of a running launcher, else the data directory's database started just for this) and names the first
 * broken row of each broken chain. Exit status 0 = intact, 1 = broken. Prints chain names and row numbers only.
 */
final class AuditVerify {

    private AuditVerify() {
    }

    static int run(Args a, PrintStream out) throws Exception {
        Path dataDir = Main.dataDir(a);
        Database db = Database.external(System.getenv()).or(() -> running(dataDir)).orElse(null);
        boolean started = db == null;
        if (started) {
            db = Database.embedded(dataDir);
            Migreringer.migrer(db.dataSource());
        }
        try (Connection c = db.connect()) {
            AuditVerifier.Resultat r = AuditVerifier.verifiser(c);
            if (r.ok()) {
                out.println("audit log intact: " + r.kjeder() + " chain(s), " + r.rader() + " row(s) verified");
                return 0;
            }
            out.println("audit log BROKEN: " + r.brudd().size() + " of " + r.kjeder() + " chain(s), " + r.rader() + " row(s) read");
            r.brudd().forEach(b -> out.println("  first broken row: " + b));
            return 1;
        } finally {
            if (started) {
                db.close();
            }
        }
    }

    private static Optional<Database> running(Path dataDir) {
        try {
            return Database.running(dataDir);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

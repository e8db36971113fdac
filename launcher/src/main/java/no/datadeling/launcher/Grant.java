package no.datadeling.launcher;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import no.datadeling.infra.ident.Organisasjonsnummer;

/**
 * Grants or revokes a rights package in the database: the configured one (DATADELING_DB_URL), else the embedded
 * PostgreSQL of a running launcher, else the data directory's database started just for this.
 */
final class Grant {

    private Grant() {
    }

    static int run(Args a, PrintStream out) throws Exception {
        String org = a.get("org").orElseThrow(() -> new Args.UsageException("--org is required"));
        String pakke = a.get("package").orElseThrow(() -> new Args.UsageException("--package is required"));
        Organisasjonsnummer.of(org);
        var dataDir = Main.dataDir(a);
        Database db = Database.external(System.getenv()).or(() -> {
            try {
                return Database.running(dataDir);
            } catch (java.io.IOException e) {
                return java.util.Optional.empty();
            }
        }).orElse(null);
        boolean started = db == null;
        if (started) {
            db = Database.embedded(dataDir);
            no.datadeling.domain.skjema.Migreringer.migrer(db.dataSource());
        }
        try (Connection c = db.connect()) {
            String sql = a.flag("revoke")
                    ? "delete from rettighetspakke_tilgang where organisasjonsnummer = ? and (rettighetspakke = ? or ? = '*')"
                    : """
                    insert into rettighetspakke_tilgang (organisasjonsnummer, rettighetspakke, kilde)
                    select ?, navn, 'cli' from rettighetspakke where navn = ? or ? = '*' on conflict do nothing""";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, org);
                ps.setString(2, pakke);
                ps.setString(3, pakke);
                int n = ps.executeUpdate();
                out.println((a.flag("revoke") ? "revoked " : "granted ") + n + " rettighetspakke(r) for " + org);
                if (n == 0 && !a.flag("revoke")) {
                    out.println("(unknown package, or already granted)");
                }
            }
        } finally {
            if (started) {
                db.close();
            }
        }
        return 0;
    }
}

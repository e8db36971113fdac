package no.datadeling.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the server runs on: a real PostgreSQL given by DATADELING_DB_URL/_USER/_PASSWORD, or otherwise an
 * embedded PostgreSQL (real binaries from Maven Central) whose data lives in the data directory, on 127.0.0.1 only.
 */
final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    static final String DB_NAME = "datadeling";

    final String url;
    final String user;
    final String password;
    private final EmbeddedPostgres embedded;

    private Database(String url, String user, String password, EmbeddedPostgres embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    static Optional<Database> external(Map<String, String> env) {
        String url = env.get("DATADELING_DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Database(url, env.getOrDefault("DATADELING_DB_USER", "datadeling"),
                env.getOrDefault("DATADELING_DB_PASSWORD", ""), null));
    }

    static Database embedded(Path dataDir) throws IOException, SQLException {
        Path pgData = dataDir.resolve("postgres");
        Path runtime = dataDir.resolve("postgres-runtime");
        Files.createDirectories(runtime);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(runtime.toFile())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                // PostgreSQL's DETAIL lines quote row values (e.g. a duplicate key): keep them out of the log
                .setServerConfig("log_error_verbosity", "terse")
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DB_NAME + "'")) {
            if (!rs.next()) {
                s.execute("create database " + DB_NAME);
            }
        }
        return new Database("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + DB_NAME, "postgres", "postgres", pg);
    }

    /**
     * The embedded PostgreSQL of a running launcher (its postmaster.pid names the port), so admin commands can work
     * while the server runs.
     */
    static Optional<Database> running(Path dataDir) throws IOException {
        Path pid = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pid);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + lines.get(3).trim() + "/" + DB_NAME;
        return Optional.of(new Database(url, "postgres", "postgres", null));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                LOG.warning("could not stop embedded PostgreSQL cleanly: " + e.getMessage());
            }
        }
    }
}

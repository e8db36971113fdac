package no.datadeling.arquillian;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.ArchUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.net.URL;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;

/** Client side only: the embedded PostgreSQL (real binaries, 127.0.0.1, data under target/arq) with database "datadeling". */
final class TestDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TestDatabase.class.getName());

    private final EmbeddedPostgres postgres;

    private TestDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static TestDatabase start() {
        int port = Integer.parseInt(requiredProperty("arq.db.port"));
        Path work = Path.of(requiredProperty("arq.work.dir"));
        try {
            // temp dirs handed to the test JVM (failsafe argLine) and to Payara Micro (arquillian.xml) must exist
            Path clientTmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            Files.createDirectories(work.resolve("payara-tmp"));
            if (clientTmp.toAbsolutePath().startsWith(work.toAbsolutePath())) {
                // the connector exports every deployment (~24 MB) to a temp dir it never deletes: drop earlier runs'
                try (var old = Files.newDirectoryStream(clientTmp, "arquillian-payara-micro*")) {
                    for (Path dir : old) {
                        deleteTree(dir);
                    }
                }
            }
            Path runtime = Files.createDirectories(work.resolve("postgres-runtime"));
            Path data = work.resolve("postgres");
            deleteTree(data); // left over by a run that was killed: initdb wants an empty directory
            long t0 = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setOverrideWorkingDirectory(runtime.toFile())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setPgBinaryResolver(TestDatabase::binaries)
                    .start();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database datadeling");
            }
            LOG.info(() -> "embedded PostgreSQL on 127.0.0.1:" + port + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            return new TestDatabase(pg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL on port " + port, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database datadeling", e);
        }
    }

    /**
     * Zonky's default resolver refuses a class path that holds its binaries twice, and ours does: the launcher jar's
     * manifest Class-Path (lib/*.jar, for java -jar) repeats every launcher dependency. Both copies are the same
     * artifact, so take the first.
     */
    private static InputStream binaries(String system, String machineHardware) throws IOException {
        String name = "postgres-" + system.toLowerCase(Locale.ROOT).replace(' ', '_') + "-" + ArchUtils.normalize(machineHardware) + ".txz";
        URL url = TestDatabase.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IOException("no embedded PostgreSQL binaries " + name + " on the class path");
        }
        return url.openStream();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run the *ArqIT tests through failsafe");
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

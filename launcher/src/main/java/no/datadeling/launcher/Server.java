package no.datadeling.launcher;

import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import no.datadeling.domain.populasjon.PopulasjonLaster;
import no.datadeling.domain.populasjon.PopulasjonSpec;
import no.datadeling.domain.skjema.Migreringer;

/**
 * One running Datadeling: database (embedded unless configured), schema, synthetic population, dev key, Payara Micro.
 * {@link #close()} stops everything it started, in reverse order. Used by {@code java -jar datadeling.jar} and by
 * the integration tests.
 */
public final class Server implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Server.class.getName());
    /** Dev and test JVM flags: about half the start time of the defaults (STACK-FACTS). */
    public static final List<String> DEV_JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx1g");

    /** How to start. {@code population} empty = whatever the database holds, or the default. */
    public record Settings(Path home, Path dataDir, int port, boolean fresh, Optional<PopulasjonSpec> population,
                           boolean devIssuer, Map<String, String> env, List<String> jvmFlags, Path payaraLog) {
    }

    private final Shutdown shutdown;
    private final Database database;
    private final PayaraMicro payara;
    private final RSAKey devKey;
    private final PopulasjonSpec population;
    private final Path dataDir;

    private Server(Shutdown shutdown, Database database, PayaraMicro payara, RSAKey devKey, PopulasjonSpec population,
                   Path dataDir) {
        this.shutdown = shutdown;
        this.database = database;
        this.payara = payara;
        this.devKey = devKey;
        this.population = population;
        this.dataDir = dataDir;
    }

    public static Server start(Settings s) throws Exception {
        return start(s, new Shutdown());
    }

    /** Starts with {@code shutdown} already in place (a JVM shutdown hook), so a stop during start-up stops what is up. */
    static Server start(Settings s, Shutdown shutdown) throws Exception {
        long t0 = System.nanoTime();
        Path payaraJar = s.home().resolve("payara-micro.jar");
        Path war = s.home().resolve("datadeling.war");
        for (Path p : List.of(payaraJar, war)) {
            if (!Files.isRegularFile(p)) {
                throw new IOException(p + " not found: build first (./mvnw -DskipTests package)");
            }
        }
        requireFreePort(s.port());
        if (s.fresh()) {
            LOG.info(() -> "--fresh: deleting " + s.dataDir());
            PayaraMicro.deleteTree(s.dataDir());
        }
        Files.createDirectories(s.dataDir());

        Optional<Database> external = Database.external(s.env());
        Database database = shutdown.register(external.isPresent() ? external.get() : Database.embedded(s.dataDir()));
        long tDb = System.nanoTime();
        LOG.info(() -> (database.isEmbedded() ? "embedded PostgreSQL" : "PostgreSQL") + " at " + database.url + " in "
                + ms(t0, tDb) + " ms");
        try {
            PopulasjonSpec spec = loadPopulation(database, s);
            long tPop = System.nanoTime();
            RSAKey key = DevKeys.loadOrCreate(s.dataDir().resolve("keys"));

            Map<String, String> env = new HashMap<>(s.env());
            env.put("DATADELING_DB_URL", database.url);
            env.put("DATADELING_DB_USER", database.user);
            env.put("DATADELING_DB_PASSWORD", database.password);
            env.put("DATADELING_DEV_ISSUER_ENABLED", String.valueOf(s.devIssuer()));
            env.put("DATADELING_DEV_ISSUER_JWKS_FILE", DevKeys.jwksFile(s.dataDir().resolve("keys")).toAbsolutePath().toString());
            env.putIfAbsent("DATADELING_GRANTS", Main.DEV_ORG + "=*");
            // the sandbox's write path (admin endpoints, scope datadeling:admin) goes with the dev issuer
            env.putIfAbsent("DATADELING_ADMIN_ENABLED", String.valueOf(s.devIssuer()));
            if (!env.containsKey("DATADELING_VERKTOY_PSEUDONYM_KEY")) {
                env.put("DATADELING_VERKTOY_PSEUDONYM_KEY", DevKeys.pseudonymKey(s.dataDir().resolve("keys")));
            }
            PayaraMicro payara = shutdown.register(PayaraMicro.start(payaraJar, war, s.port(), s.dataDir().resolve("payara"), env,
                    s.jvmFlags(), s.payaraLog()));
            Server server = new Server(shutdown, database, payara, key, spec, s.dataDir());
            payara.awaitReady(Duration.ofMinutes(5));
            long tReady = System.nanoTime();
            LOG.info(() -> String.format("datadeling ready at %s in %.1f s (database %.1f s, population %.1f s, payara %.1f s)",
                    server.baseUrl(), (tReady - t0) / 1e9, (tDb - t0) / 1e9, (tPop - tDb) / 1e9, (tReady - tPop) / 1e9));
            return server;
        } catch (Exception e) {
            shutdown.closeAll();
            throw e;
        }
    }

    /** Another server on the port would answer our readiness probe and hide that ours failed to bind. */
    static void requireFreePort(int port) throws IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
        } catch (java.net.BindException e) {
            throw new IOException("port " + port + " on 127.0.0.1 is already in use (choose another with --port)", e);
        }
    }

    private static PopulasjonSpec loadPopulation(Database db, Settings s) throws Exception {
        Migreringer.migrer(db.dataSource());
        try (Connection c = db.connect()) {
            Optional<PopulasjonSpec> loaded = PopulasjonLaster.lastet(c);
            PopulasjonSpec spec = s.population().or(() -> loaded).orElse(PopulasjonSpec.standard());
            var result = PopulasjonLaster.lastHvisTom(c, spec);
            if (!result.lastet()) {
                LOG.info(() -> "synthetic population already loaded: " + spec.antallPersoner() + " persons, seed " + spec.seed());
            }
            writePopulationFile(s.dataDir(), spec);
            return spec;
        }
    }

    static void writePopulationFile(Path dataDir, PopulasjonSpec spec) throws IOException {
        Properties p = new Properties();
        p.setProperty("seed", Long.toString(spec.seed()));
        p.setProperty("antallPersoner", Integer.toString(spec.antallPersoner()));
        try (OutputStream out = Files.newOutputStream(dataDir.resolve("populasjon.properties"))) {
            p.store(out, "synthetic population loaded in this data directory");
        }
    }

    static Optional<PopulasjonSpec> readPopulationFile(Path dataDir) throws IOException {
        Path f = dataDir.resolve("populasjon.properties");
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
            p.load(in);
        }
        return Optional.of(new PopulasjonSpec(Long.parseLong(p.getProperty("seed")), Integer.parseInt(p.getProperty("antallPersoner"))));
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + payara.port + "/";
    }

    public int port() {
        return payara.port;
    }

    public DevTokens devTokens() {
        return new DevTokens(devKey);
    }

    public PopulasjonSpec population() {
        return population;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A JDBC connection to the server's database, for tests and admin commands. */
    public Connection connectDatabase() throws java.sql.SQLException {
        return database.connect();
    }

    /** A connection to the cluster's maintenance database "postgres" (for tests that take the app database away). */
    public Connection connectMaintenanceDatabase() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(database.url.replaceFirst("/" + Database.DB_NAME + "(\\?|$)", "/postgres$1"),
                database.user, database.password);
    }

    public long payaraPid() {
        return payara.pid();
    }

    @Override
    public void close() {
        shutdown.closeAll();
    }
}

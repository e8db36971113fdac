package no.datadeling.launcher.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.datadeling.domain.populasjon.PopulasjonLaster;
import no.datadeling.domain.populasjon.PopulasjonSpec;
import no.datadeling.domain.skjema.Migreringer;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.launcher.DevKeys;
import no.datadeling.launcher.DevTokens;
import no.datadeling.launcher.Main;

/**
 * Deploys the EAR on full Payara Server and makes one real request: the driver behind {@link EarOnPayaraServerIT}.
 *
 * <p>Payara Server's default domain listens on every interface (4848, 8080, 8181, 3700, 8686, Hazelcast 4900), so
 * this runs only inside a private network namespace whose sole interface is loopback (the IT starts it with
 * {@code unshare --net}); it refuses to start otherwise. PostgreSQL and the HTTP client are in the same namespace,
 * which is also why the default ports can be used: nothing outside can clash with them or reach them.
 *
 * <p>Usage: {@code EarSmoke <payara6 dir> <ear> <work dir> <oppdragsgiver> <arbeidstaker>}. Prints
 * {@code RESPONSE <status> <body>} and {@code TIMING ...}; exits 0 only when the request answered 200.
 */
public final class EarSmoke {

    /** Small enough to load in a second, large enough to hold relations with several periods. */
    public static final PopulasjonSpec POPULATION = new PopulasjonSpec(PopulasjonSpec.DEFAULT_SEED, 500);
    static final String SCOPE = "skatteetaten:arbeidsforhold";
    static final String APP = "datadeling";
    /**
     * For the server and asadmin JVMs. Measured here (2 busy cores, back to back): start-domain + deploy + first
     * request 24 s with them, 29-37 s without. The domain's default heap (512 MB) stays.
     */
    static final List<String> SERVER_JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static final long T0 = System.nanoTime();

    private final Path payaraHome;
    private final Path work;
    private final Path domains;
    private final Map<String, String> env;

    EarSmoke(Path payaraHome, Path work, Map<String, String> env) {
        this.payaraHome = payaraHome;
        this.work = work;
        this.domains = work.resolve("domains");
        this.env = env;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: EarSmoke <payara6 dir> <ear> <work dir> <oppdragsgiver> <arbeidstaker>");
            System.exit(2);
        }
        Path payaraHome = Path.of(args[0]).toAbsolutePath();
        Path ear = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        String path = "arbeidsforholdioppdrag/v1/arbeidstilsynetHmsKort/oppdragsgiver/" + args[3] + "/arbeidstaker/" + args[4];
        System.exit(run(payaraHome, ear, work, path));
    }

    static int run(Path payaraHome, Path ear, Path work, String path) throws Exception {
        exec(Duration.ofSeconds(10), List.of("ip", "link", "set", "lo", "up"), Map.of());
        refuseUnlessLoopbackOnly();
        for (String stale : List.of("domains", "postgres", "keys")) {
            deleteTree(work.resolve(stale)); // postgres-runtime stays: zonky reuses the binaries it extracted there
        }

        long start = System.nanoTime();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(Files.createDirectories(work.resolve("postgres-runtime")).toFile())
                .setDataDirectory(work.resolve("postgres"))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start()) {
            Migreringer.migrer(pg.getPostgresDatabase());
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                PopulasjonLaster.lastHvisTom(c, POPULATION);
            }
            Path keys = work.resolve("keys");
            DevTokens.Request maskinporten = new DevTokens.Request();
            maskinporten.scope = SCOPE;
            maskinporten.org = Main.DEV_ORG;
            String token = new DevTokens(DevKeys.loadOrCreate(keys)).mint(IssuerKind.MASKINPORTEN, maskinporten);

            // MicroProfile Config reads environment variables, and asadmin hands its environment to the server JVM:
            // no asadmin quoting of the ':' and '=' in these values, no restart after setting them
            Map<String, String> env = new HashMap<>();
            env.put("AS_JAVA", System.getProperty("java.home"));
            env.put("AS_EXTRA_JAVA_OPTS", String.join(" ", SERVER_JVM_FLAGS)); // asadmin's own JVM starts faster too
            env.put("DATADELING_DB_URL", "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres");
            env.put("DATADELING_DB_USER", "postgres");
            env.put("DATADELING_DB_PASSWORD", "postgres");
            env.put("DATADELING_DEV_ISSUER_ENABLED", "true");
            env.put("DATADELING_DEV_ISSUER_JWKS_FILE", DevKeys.jwksFile(keys).toString());
            env.put("DATADELING_GRANTS", Main.DEV_ORG + "=*");
            say("PostgreSQL, schema and " + POPULATION.antallPersoner() + " persons ready in " + secs(start));
            return new EarSmoke(payaraHome, work, env).deployAndRequest(ear, path, token);
        }
    }

    private int deployAndRequest(Path ear, String path, String token) throws Exception {
        copyTree(payaraHome.resolve("glassfish/domains/domain1"), domains.resolve("domain1"));
        addJvmFlags(domains.resolve("domain1/config/domain.xml"));

        long tStart = System.nanoTime();
        // --verbose keeps the server a child of this asadmin process, so it is reaped (and killed) with us
        ProcessBuilder pb = new ProcessBuilder(asadminCommand("start-domain", "--verbose", "--domaindir", domains.toString(), "domain1"))
                .redirectErrorStream(true).redirectOutput(work.resolve("payara-console.log").toFile());
        pb.environment().putAll(env);
        Process server = pb.start();
        long startDomain = 0;
        long deploy = 0;
        long request = 0;
        boolean deployed = false;
        int status = -1;
        try {
            awaitAdmin(server, Duration.ofMinutes(3));
            startDomain = System.nanoTime() - tStart;
            say("start-domain: admin listener answers after " + secs(tStart));

            long tDeploy = System.nanoTime();
            asadmin(Duration.ofMinutes(3), "deploy", "--name", APP, ear.toString());
            deployed = true;
            deploy = System.nanoTime() - tDeploy;
            say("deploy: " + secs(tDeploy));

            long tRequest = System.nanoTime();
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/" + path)).timeout(Duration.ofSeconds(60))
                            .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            request = System.nanoTime() - tRequest;
            say("request: " + secs(tRequest));
            status = r.statusCode();
            System.out.println("RESPONSE " + status + " " + r.body().replace('\n', ' '));
        } finally {
            // best effort, and never hiding why we got here: the namespace's end kills whatever survives
            long tStop = System.nanoTime();
            if (deployed) {
                asadminQuietly(Duration.ofMinutes(1), "undeploy", APP);
            }
            if (server.isAlive()) {
                asadminQuietly(Duration.ofMinutes(1), "stop-domain", "--domaindir", domains.toString(), "domain1");
            }
            if (!server.waitFor(1, TimeUnit.MINUTES)) {
                server.destroyForcibly();
            }
            say("undeploy + stop-domain: " + secs(tStop));
        }
        System.out.printf("TIMING start-domain=%.1fs deploy=%.1fs request=%dms total=%.1fs%n",
                startDomain / 1e9, deploy / 1e9, request / 1_000_000, (System.nanoTime() - T0) / 1e9);
        return status == 200 ? 0 : 1;
    }

    /** Payara Server's listeners bind to 0.0.0.0: never start it where another interface could expose them. */
    private static void refuseUnlessLoopbackOnly() throws SocketException {
        List<String> others = NetworkInterface.networkInterfaces().filter(i -> !isLoopbackOrDown(i)).map(NetworkInterface::getName).toList();
        if (!others.isEmpty()) {
            throw new IllegalStateException("refusing to start Payara Server with interfaces " + others
                    + " up: run EarSmoke inside a private network namespace (unshare --net)");
        }
    }

    private static boolean isLoopbackOrDown(NetworkInterface i) {
        try {
            return i.isLoopback() || !i.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    private static void addJvmFlags(Path domainXml) throws IOException {
        String xml = Files.readString(domainXml);
        String heap = "<jvm-options>-Xmx512m</jvm-options>"; // first occurrence = server-config, the DAS's config
        if (!xml.contains(heap)) {
            throw new IllegalStateException(domainXml + " has no " + heap + ": has the domain template changed?");
        }
        StringBuilder extra = new StringBuilder(heap);
        SERVER_JVM_FLAGS.forEach(f -> extra.append("<jvm-options>").append(f).append("</jvm-options>"));
        Files.writeString(domainXml, xml.replaceFirst(java.util.regex.Pattern.quote(heap), extra.toString()));
    }

    /** Waits until the admin listener runs commands (what non-verbose start-domain waits for). */
    private void awaitAdmin(Process server, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest uptime = HttpRequest.newBuilder(URI.create("http://127.0.0.1:4848/__asadmin/uptime"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!server.isAlive()) {
                throw new IllegalStateException("start-domain exited with " + server.exitValue() + " (see payara-console.log)");
            }
            try {
                if (http.send(uptime, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // admin listener not open yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Payara Server's admin listener did not answer within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(250);
        }
    }

    private void asadmin(Duration timeout, String... args) throws Exception {
        exec(timeout, asadminCommand(args), env);
    }

    private void asadminQuietly(Duration timeout, String... args) {
        try {
            asadmin(timeout, args);
        } catch (Exception e) {
            say("cleanup step failed: " + e.getMessage());
        }
    }

    private List<String> asadminCommand(String... args) {
        List<String> cmd = new ArrayList<>(List.of(payaraHome.resolve("bin/asadmin").toString(), "--interactive=false"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs a command with its output in ours; anything but a timely exit 0 is a failure. */
    private static void exec(Duration timeout, List<String> cmd, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", cmd) + " did not finish within " + timeout.toSeconds() + " s");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " exited with " + p.exitValue());
        }
    }

    private static void say(String what) {
        System.out.printf("[EarSmoke %6.1fs] %s%n", (System.nanoTime() - T0) / 1e9, what);
    }

    private static String secs(long since) {
        return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}

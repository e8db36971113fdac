package no.datadeling.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Payara Micro as a child process running our WAR, bound to loopback only: HTTP listener address set by a preboot
 * command file, Hazelcast on 127.0.0.1 through --interfaces/--clustermode/-Dhazelcast.socket.bind.any=false
 * (never --nocluster, which binds the data grid to 0.0.0.0; STACK-FACTS).
 */
final class PayaraMicro implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PayaraMicro.class.getName());

    private final Process process;
    final int port;

    private PayaraMicro(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static PayaraMicro start(Path payaraJar, Path war, int port, Path workDir, Map<String, String> env, List<String> jvmFlags,
                             Path logFile) throws IOException {
        Files.createDirectories(workDir);
        Path preboot = workDir.resolve("preboot.asadmin");
        int threads = httpThreads(env);
        Files.writeString(preboot, """
                set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
                set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.address=127.0.0.1
                set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=%d
                set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=%d
                """.formatted(threads, threads));
        Path rootDir = workDir.resolve("root");
        deleteTree(rootDir); // stale runtime state from an earlier run must not leak into this one
        int hazelcastPort = freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-Dhazelcast.socket.bind.any=false", "-Djava.net.preferIPv4Stack=true",
                "-jar", payaraJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(port),
                "--clustermode", "tcpip:127.0.0.1:" + hazelcastPort, "--interfaces", "127.0.0.1",
                "--startport", String.valueOf(hazelcastPort),
                "--prebootcommandfile", preboot.toString(),
                "--rootdir", rootDir.toString(),
                "--disablephonehome"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (logFile != null) {
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        } else {
            pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        }
        pb.environment().putAll(env);
        return new PayaraMicro(pb.start(), port);
    }

    /**
     * HTTP worker threads: DATADELING_HTTP_THREADS, else twice the cores (at least 4). Payara's default of 200 lets 32
     * connections run 32 requests at once on 2 cores, and the time slicing between them tripled the p99 (measured with
     * wrk -c32 on /health/live: p99 50 ms with 200 threads, 12 ms with 4, at higher throughput). Requests wait in
     * Grizzly's queue instead, which is fair to them; a database far away may need more threads.
     */
    static int httpThreads(Map<String, String> env) {
        String configured = env.get("DATADELING_HTTP_THREADS");
        if (configured != null && !configured.isBlank()) {
            try {
                int n = Integer.parseInt(configured.trim());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("DATADELING_HTTP_THREADS must be a whole number of at least 1, not '" + configured + "'");
        }
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** Waits until /health/ready answers 200 (database reachable, app deployed). */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("Payara Micro exited with status " + process.exitValue() + " before it was ready");
            }
            try {
                var r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // listener not up yet
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("Payara Micro not ready within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(250);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM: Payara undeploys and closes its pool before exiting
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                LOG.warning("Payara Micro did not stop within 30 s; killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

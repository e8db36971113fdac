package no.datadeling.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The README's first command as a user runs it: {@code java -jar launcher/target/datadeling.jar}, a token from the
 * {@code token} command accepted by that server, SIGTERM stopping every process it started, and a restart keeping the
 * data (the population is not loaded twice).
 */
@Order(600)
class LauncherProcessIT {

    static final Path HOME = Path.of(System.getProperty("datadeling.home", "target"));
    static final Path DATA = HOME.resolve("it-launcher-data");

    @Test
    void starts_serves_a_token_it_minted_stops_cleanly_and_keeps_its_data_across_a_restart() throws Exception {
        int port = freePort();
        Launched first = launch(port, "--fresh", "--population", "300");
        try {
            assertTrue(first.output().stream().anyMatch(l -> l.contains("loaded synthetic population: 300 persons")), first.tail());
            String token = run("token", "--issuer", "maskinporten", "--scope", "skatteetaten:arbeidsforhold").trim();
            String pair = run("sample", "--kind", "arbeidsforhold", "--count", "1").trim().split("\\s+", 3)[0] + "/arbeidstaker/"
                    + run("sample", "--kind", "arbeidsforhold", "--count", "1").trim().split("\\s+", 3)[1];
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/arbeidsforholdioppdrag/v1/arbeidstilsynetHmsKort/oppdragsgiver/" + pair))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
        } finally {
            first.stop();
        }
        first.assertEverythingStopped();

        Launched second = launch(port);
        try {
            assertTrue(second.output().stream().anyMatch(l -> l.contains("synthetic population already loaded: 300 persons")),
                    second.tail());
        } finally {
            second.stop();
        }
        second.assertEverythingStopped();
    }

    /** Ctrl-C while Payara Micro is still deploying: what has started by then must stop too, not be orphaned. */
    @Test
    void a_sigterm_during_start_up_stops_what_has_started() throws Exception {
        Path data = HOME.resolve("it-launcher-early-stop");
        Process p = new ProcessBuilder(java(), "-jar", HOME.resolve("datadeling.jar").toString(), "serve", "--port",
                String.valueOf(freePort()), "--data-dir", data.toString(), "--fresh", "--population", "50")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            ProcessHandle payara = null;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (payara == null && p.isAlive() && System.nanoTime() < deadline) {
                payara = p.toHandle().children().filter(c -> c.info().commandLine().orElse("").contains("payara-micro.jar"))
                        .findFirst().orElse(null);
                Thread.sleep(50);
            }
            assertTrue(payara != null, "Payara Micro never started");
            long postgresPid = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
            new Launched(p, List.of(), postgresPid, payara.pid()).stop();
            new Launched(p, List.of(), postgresPid, payara.pid()).assertEverythingStopped();
        } finally {
            p.destroyForcibly();
        }
    }

    record Launched(Process process, List<String> output, long postgresPid, long payaraPid) {
        void stop() throws InterruptedException {
            process.destroy(); // SIGTERM, like Ctrl-C
            assertTrue(process.waitFor(90, TimeUnit.SECONDS), "launcher did not exit after SIGTERM");
        }

        void assertEverythingStopped() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline && (alive(postgresPid) || alive(payaraPid))) {
                Thread.sleep(200);
            }
            assertFalse(alive(payaraPid), "Payara Micro (pid " + payaraPid + ") outlived the launcher");
            assertFalse(alive(postgresPid), "PostgreSQL (pid " + postgresPid + ") outlived the launcher");
        }

        String tail() {
            synchronized (output) {
                return String.join("\n", output.subList(Math.max(0, output.size() - 30), output.size()));
            }
        }
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static Launched launch(int port, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), "-jar", HOME.resolve("datadeling.jar").toString(), "serve",
                "--port", String.valueOf(port), "--data-dir", DATA.toString()));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.add(line);
                    if (line.contains("datadeling ready at")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException ignored) {
                // process ended
            }
            ready.complete(false);
        });
        reader.setDaemon(true);
        reader.start();
        boolean ok = ready.get(5, TimeUnit.MINUTES);
        if (!ok) {
            p.destroyForcibly();
            throw new AssertionError("launcher never became ready:\n" + String.join("\n", output));
        }
        long postgresPid = Long.parseLong(Files.readAllLines(DATA.resolve("postgres/postmaster.pid")).get(0).trim());
        long payaraPid = p.toHandle().children().filter(c -> c.info().commandLine().orElse("").contains("payara-micro.jar"))
                .findFirst().orElseThrow(() -> new AssertionError("no Payara Micro child process")).pid();
        return new Launched(p, output, postgresPid, payaraPid);
    }

    static String run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), "-jar", HOME.resolve("datadeling.jar").toString()));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--data-dir", DATA.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "datadeling.jar " + String.join(" ", args) + " failed");
        return out;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}

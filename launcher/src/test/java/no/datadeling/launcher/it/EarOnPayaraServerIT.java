package no.datadeling.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.datadeling.domain.populasjon.SyntetiskArbeidsforhold;
import no.datadeling.launcher.it.Populasjonsdata.Relasjon;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The EAR (not the WAR Payara Micro runs) deploys on full Payara Server and answers a real request through the whole
 * chain: JAX-RS resource in the EJB module, token filter and scope interceptor from the lib/ jar, JPA on PostgreSQL.
 *
 * <p>Payara Server listens on all interfaces, so {@link EarSmoke} runs it in private network and PID namespaces
 * ({@code unshare}): nothing is reachable from outside, its default ports cannot clash with the shared Payara Micro
 * of the other ITs, and when the namespace's first process ends, the kernel kills whatever it left behind.
 * Needs root (CAP_SYS_ADMIN for unshare); where unshare is refused, this test fails and says so.
 */
@Order(500)
class EarOnPayaraServerIT {

    static final long TIMEOUT_MINUTES = 6;

    @Test
    void the_ear_deploys_on_payara_server_and_answers_200_with_the_relation() throws Exception {
        Path target = Path.of(System.getProperty("datadeling.home", "target")).toAbsolutePath();
        Path payara = target.resolve("payara-server/payara6");
        Path ear = target.resolve("datadeling.ear");
        assertTrue(Files.isRegularFile(payara.resolve("bin/asadmin")), payara + " missing: the pre-integration-test unpack did not run");
        assertTrue(Files.isRegularFile(ear), ear + " missing: build the launcher module first");
        List<String> namespaces = List.of("unshare", "--net", "--pid", "--fork", "--mount-proc", "--kill-child", "--");
        assertUnsharePermitted(namespaces, target);

        Relasjon rel = Populasjonsdata.relasjoner(EarSmoke.POPULATION).stream()
                .filter(r -> r.perioder().size() >= 2).findFirst().orElseThrow();
        List<String> cmd = new ArrayList<>(namespaces);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                EarSmoke.class.getName(), payara.toString(), ear.toString(), target.resolve("ear-smoke").toString(),
                rel.oppdragsgiver(), rel.person().foedselsnummer()));
        Path log = target.resolve("ear-smoke.log");
        Process smoke = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!smoke.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            smoke.destroyForcibly().waitFor(); // --kill-child: the namespace and everything in it go with it
            fail("EAR smoke test did not finish within " + TIMEOUT_MINUTES + " min; see " + log);
        }
        String out = Files.readString(log);
        out.lines().filter(l -> l.startsWith("TIMING ")).forEach(System.out::println);
        String response = out.lines().filter(l -> l.startsWith("RESPONSE ")).findFirst()
                .orElseThrow(() -> new AssertionError("no response: the EAR did not deploy or start; see " + log + "\n" + tail(out)));
        assertEquals(0, smoke.exitValue(), response + "\nsee " + log);

        String[] parts = response.split(" ", 3);
        assertEquals("200", parts[1], response);
        try (var reader = Json.createReader(new StringReader(parts[2]))) {
            assertEquals(expected(rel), reader.readObject());
        }
    }

    /** What Skatteetaten's API answers for the relation, computed from the generator rather than read back. */
    static JsonObject expected(Relasjon rel) {
        JsonArrayBuilder perioder = Json.createArrayBuilder();
        for (SyntetiskArbeidsforhold p : rel.perioder()) {
            JsonObjectBuilder periode = Json.createObjectBuilder().add("startdato", p.startdato().toString());
            if (p.sluttdato() != null) {
                periode.add("sluttdato", p.sluttdato().toString());
            }
            perioder.add(periode);
        }
        return Json.createObjectBuilder().add("aktiv", rel.aktivIdag() ? "JA" : "NEI").add("perioder", perioder).build();
    }

    private static void assertUnsharePermitted(List<String> namespaces, Path target) throws Exception {
        List<String> probe = new ArrayList<>(namespaces);
        probe.add("true");
        Path out = target.resolve("ear-smoke-unshare.log");
        String why;
        try {
            Process p = new ProcessBuilder(probe).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            boolean exited = p.waitFor(30, TimeUnit.SECONDS);
            if (!exited) {
                p.destroyForcibly();
            }
            if (exited && p.exitValue() == 0) {
                return;
            }
            why = Files.readString(out).strip();
        } catch (java.io.IOException e) {
            why = e.getMessage();
        }
        fail("cannot create private network/PID namespaces (" + String.join(" ", probe) + ": " + why + "). This test runs"
                + " Payara Server, whose listeners bind to all interfaces, only inside such a namespace; it needs root (CAP_SYS_ADMIN),"
                + " util-linux's unshare and iproute2's ip.");
    }

    private static String tail(String s) {
        List<String> lines = s.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}

package no.datadeling.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operations tooling sees: health, metrics, OpenAPI, and nothing listening beyond loopback. */
@Order(30)
@ExtendWith(DatadelingServer.class)
class OperationsIT {

    @Test
    void readiness_checks_the_database() {
        Http.Response r = Http.get("health/ready");
        assertEquals(200, r.status(), r.body());
        JsonObject body = r.json();
        assertEquals("UP", body.getString("status"));
        assertTrue(body.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> "database".equals(c.getString("name")) && "UP".equals(c.getString("status"))), body.toString());
    }

    @Test
    void liveness_is_up() {
        Http.Response r = Http.get("health/live");
        assertEquals(200, r.status());
        assertEquals("UP", r.json().getString("status"));
    }

    @Test
    void metrics_include_the_lookup_timer() {
        var rel = Populasjonsdata.relasjoner().get(0);
        Http.get(Populasjonsdata.path(rel.oppdragsgiver(), rel.person().foedselsnummer()),
                "Authorization", Http.bearer(TestTokens.maskinportenToken("skatteetaten:arbeidsforhold")));
        Http.Response r = Http.get("metrics", "Accept", "text/plain");
        assertEquals(200, r.status());
        assertTrue(r.body().contains("arbeidsforhold_oppslag"), "no arbeidsforhold_oppslag metric in /metrics");
    }

    @Test
    void openapi_describes_the_endpoint_with_scope_and_error_codes() {
        Http.Response r = Http.get("openapi", "Accept", "application/json");
        assertEquals(200, r.status());
        String doc = r.body();
        assertTrue(doc.contains("/arbeidsforholdioppdrag/v1/{rettighetspakke}/oppdragsgiver/{organisasjonsnummer}/arbeidstaker/{foedselsEllerDNummer}"), doc);
        assertTrue(doc.contains("skatteetaten:arbeidsforhold"));
        for (String kode : List.of("004", "005", "006", "007", "008")) {
            assertTrue(doc.contains("ARBEIDSFORHOLD-" + kode), "OpenAPI lacks ARBEIDSFORHOLD-" + kode);
        }
    }

    @Test
    void unknown_paths_outside_every_api_get_a_json_404() {
        Http.Response r = Http.get("finnes-ikke");
        assertEquals(404, r.status());
    }

    @Test
    void payara_listens_on_loopback_only() throws Exception {
        long pid = DatadelingServer.server().payaraPid();
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (Exception ignored) {
                    // fd closed meanwhile
                }
            });
        }
        int listening = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table)).size())) {
                String[] f = line.trim().split("\\s+");
                boolean listen = "0A".equals(f[3]);
                if (listen && inodes.contains(f[9])) {
                    listening++;
                    String address = f[1].substring(0, f[1].indexOf(':'));
                    assertTrue(address.equals("0100007F") || address.equals("00000000000000000000000001000000"),
                            "Payara listens on a non-loopback address: " + line);
                }
            }
        }
        assertFalse(listening == 0, "found no listening socket of Payara Micro (pid " + pid + ")");
    }
}

package no.datadeling.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.datadeling.domain.populasjon.PopulasjonSpec;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.launcher.Server;
import org.junit.jupiter.api.Test;

/**
 * The SAR export of 1 000 000 rows from a server whose Payara JVM has a 256 MB heap: it answers all of it, so the export
 * streams rather than holding the set. A server of its own (small population, the rows added with generate_series),
 * so the shared test server's data stay as the other tests expect.
 */
class HelserefusjonSarStorEksportIT {

    static final int RADER = 1_000_000;

    @Test
    void a_million_row_export_streams_from_a_256_mb_heap() throws Exception {
        Path home = Path.of(System.getProperty("datadeling.home", "target"));
        int port;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        List<String> jvm = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx256m");
        try (Server server = Server.start(new Server.Settings(home, home.resolve("it-data-sar-eksport"), port, true,
                Optional.of(new PopulasjonSpec(PopulasjonSpec.DEFAULT_SEED, 500)), true, Map.of(), jvm,
                home.resolve("it-payara-sar-eksport.log")))) {
            try (Connection c = server.connectDatabase(); Statement st = c.createStatement()) {
                st.execute("""
                        insert into samhandler (samhandler_id, navn, samhandlertype, hpr_nummer, organisasjonsnummer, kommunenummer,
                          gyldig_fra_og_med, gyldig_til_og_med, versjon, sist_endret)
                        select (82000000000 + g)::text, 'Syntetisk samhandler ' || g, (array['LE','FT','PS','APOK'])[1 + (g % 4)::int],
                          case when g % 4 < 3 then (2000000 + g)::text end, null, '0301', date '2010-01-01' + (g % 5000)::int, null, 1, now()
                        from generate_series(1, """ + RADER + " - (select count(*) from samhandler)) g");
                st.execute("analyze samhandler");
            }
            String token = server.devTokens().mint(IssuerKind.MASKINPORTEN, TestTokens.maskinporten("nav:helserefusjon/v1/sareksport",
                    no.datadeling.launcher.Main.DEV_ORG));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            long t0 = System.nanoTime();
            HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "helserefusjon/v1/sareksport/samhandlere"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, r.statusCode());
            long linjer = 0;
            String forrige = "";
            try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8), 1 << 16)) {
                for (String linje; (linje = in.readLine()) != null; ) {
                    if (linjer % 100_000 == 0) {
                        try (var j = Json.createReader(new StringReader(linje))) {
                            String id = j.readObject().getString("samhandlerId");
                            assertTrue(id.compareTo(forrige) > 0, "sorted by samhandlerId");
                            forrige = id;
                        }
                    } else {
                        assertTrue(linje.startsWith("{\"samhandlerId\""), linje);
                    }
                    linjer++;
                }
            }
            double sekunder = (System.nanoTime() - t0) / 1e9;
            System.out.printf("SAR export: %d rows in %.1f s (%.0f rows/s) from a 256 MB heap%n", linjer, sekunder, linjer / sekunder);
            assertEquals(RADER, linjer);
            HttpResponse<String> helse = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "health/live")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, helse.statusCode(), "the server is still up after the export");
        }
    }
}

package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static no.datadeling.launcher.it.NavHelseData.assertNavFeil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import no.datadeling.domain.populasjon.SyntetiskSamhandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** Helserefusjon SAR eksport: the changes feed from a position, and the full export as NDJSON. */
@ExtendWith(DatadelingServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HelserefusjonSarIT {

    static final String SCOPE = "nav:helserefusjon/v1/sareksport";
    static final String BASE = "helserefusjon/v1/sareksport/";
    static String token;
    static List<SyntetiskSamhandler> sar;

    @BeforeAll
    static void setUp() {
        token = NavHelseData.maskinporten(SCOPE);
        sar = HelserefusjonData.generator().samhandlere();
    }

    static void sammenlign(SyntetiskSamhandler s, JsonObject o) {
        assertEquals(s.samhandlerId(), o.getString("samhandlerId"));
        assertEquals(s.navn(), o.getString("navn"));
        assertEquals(s.samhandlertype(), o.getString("samhandlertype"));
        assertEquals(s.organisasjonsnummer(), o.getString("organisasjonsnummer"));
        assertEquals(s.gyldigFraOgMed().toString(), o.getString("gyldigFraOgMed"));
        assertEquals(s.versjon(), o.getInt("versjon"));
    }

    @Test
    @Order(1)
    void changes_from_a_position_are_consecutive_and_carry_the_samhandler() {
        Http.Response r = Http.get(BASE + "endringer?sekvensnummer=3&antall=5", "Authorization", bearer(token));
        assertEquals(200, r.status(), r.body());
        JsonArray e = r.json().getJsonArray("endringer");
        assertEquals(5, e.size());
        for (int i = 0; i < 5; i++) {
            JsonObject o = e.getJsonObject(i);
            assertEquals(3 + i, o.getJsonNumber("sekvensnummer").longValue());
            assertEquals("OPPRETTET", o.getString("type"));
            sammenlign(sar.get(2 + i), o.getJsonObject("samhandler"));
        }
        assertEquals(sar.size(), r.json().getJsonNumber("sisteSekvensnummer").longValue());
        Http.Response slutt = Http.get(BASE + "endringer?sekvensnummer=" + (sar.size() + 1), "Authorization", bearer(token));
        assertEquals(0, slutt.json().getJsonArray("endringer").size());
    }

    @Test
    @Order(2)
    void the_full_export_is_ndjson_with_every_samhandler_and_the_position_to_continue_from() {
        Http.Response r = Http.get(BASE + "samhandlere", "Authorization", bearer(token), "Nav-Call-Id", "sar-test");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/x-ndjson"), r.contentType());
        assertEquals("sar-test", r.header("Nav-Call-Id"));
        assertEquals(sar.size(), Long.parseLong(r.header("Nav-Sar-Sekvensnummer")));
        String[] linjer = r.body().split("\n");
        assertEquals(sar.size(), linjer.length);
        List<SyntetiskSamhandler> sortert = sar.stream().sorted(java.util.Comparator.comparing(SyntetiskSamhandler::samhandlerId)).toList();
        for (int i = 0; i < linjer.length; i++) {
            try (var reader = Json.createReader(new StringReader(linjer[i]))) {
                sammenlign(sortert.get(i), reader.readObject());
            }
        }
    }

    @Test
    @Order(3)
    void bad_requests_answer_in_navs_error_format() {
        assertNavFeil(Http.get(BASE + "endringer?antall=0", "Authorization", bearer(token)), 400);
        assertNavFeil(Http.get(BASE + "endringer?sekvensnummer=x", "Authorization", bearer(token)), 400);
        assertNavFeil(Http.get(BASE + "samhandlere", "Authorization", bearer(NavHelseData.maskinporten("nav:helserefusjon/v1/frikort"))), 403);
        assertNavFeil(Http.get(BASE + "samhandlere"), 401);
    }

    @Test
    @Order(3)
    void the_contract_is_in_the_openapi_document() {
        Http.Response r = Http.get("openapi", "Accept", "application/json");
        assertEquals(200, r.status());
        JsonObject doc = r.json();
        JsonObject paths = doc.getJsonObject("paths");
        for (String p : List.of("/helserefusjon/v1/frikort/vedtak", "/helserefusjon/v1/frikort/vedtak/{vedtakId}/brev",
                "/helserefusjon/v1/kuhrfkrhendelse/hendelser", "/helserefusjon/v1/sareksport/endringer", "/helserefusjon/v1/sareksport/samhandlere")) {
            assertTrue(paths.containsKey(p), "OpenAPI lacks " + p);
        }
        JsonObject skjema = doc.getJsonObject("components").getJsonObject("schemas");
        for (String s : List.of("Frikortvedtak", "Frikortvedtaksbrev", "KuhrFkrHendelse", "KuhrFkrInnsending", "KuhrFkrKvittering",
                "KuhrFkrHendelseside", "Samhandler", "SarEndringsside")) {
            assertTrue(skjema.containsKey(s), "OpenAPI lacks schema " + s);
        }
        assertTrue(skjema.getJsonObject("KuhrFkrHendelse").getJsonObject("properties").containsKey("hendelseId"));
    }

    /** Runs last: it changes a row, which the tests above compare with the generator. */
    @Test
    @Order(4)
    void a_change_is_the_next_event_of_the_feed_and_in_the_next_export() {
        SyntetiskSamhandler s = sar.get(sar.size() - 1);
        long foer = Http.get(BASE + "endringer?sekvensnummer=1&antall=1", "Authorization", bearer(token)).json()
                .getJsonNumber("sisteSekvensnummer").longValue();
        String admin = NavHelseData.maskinporten("datadeling:admin");
        Http.Response r = Http.send(java.net.http.HttpRequest.newBuilder(Http.uri("admin/nav-helserefusjon/v1/samhandlere/" + s.samhandlerId()))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"navn\":\"Nytt Navn Legekontor\",\"gyldigTilOgMed\":\"2026-06-30\"}")),
                "Authorization", bearer(admin), "Content-Type", "application/json");
        assertEquals(200, r.status(), r.body());
        assertEquals(foer + 1, r.json().getJsonNumber("sekvensnummer").longValue());
        Http.Response e = Http.get(BASE + "endringer?sekvensnummer=" + (foer + 1), "Authorization", bearer(token));
        JsonArray endringer = e.json().getJsonArray("endringer");
        assertEquals(1, endringer.size());
        JsonObject endring = endringer.getJsonObject(0);
        assertEquals("ENDRET", endring.getString("type"));
        JsonObject etter = endring.getJsonObject("samhandler");
        assertEquals(s.samhandlerId(), etter.getString("samhandlerId"));
        assertEquals("Nytt Navn Legekontor", etter.getString("navn"));
        assertEquals("2026-06-30", etter.getString("gyldigTilOgMed"));
        assertEquals(s.versjon() + 1, etter.getInt("versjon"));
        Http.Response eksport = Http.get(BASE + "samhandlere", "Authorization", bearer(token));
        assertEquals(foer + 1, Long.parseLong(eksport.header("Nav-Sar-Sekvensnummer")));
        JsonObject eksportert = java.util.Arrays.stream(eksport.body().split("\n")).map(l -> {
            try (var reader = Json.createReader(new StringReader(l))) {
                return reader.readObject();
            }
        }).filter(o -> o.getString("samhandlerId").equals(s.samhandlerId())).findFirst().orElseThrow();
        assertEquals(etter, eksportert, "the export has the row as the change left it");
        assertNavFeil(Http.send(java.net.http.HttpRequest.newBuilder(Http.uri("admin/nav-helserefusjon/v1/samhandlere/99999999999"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"navn\":\"X\"}")), "Authorization", bearer(admin),
                "Content-Type", "application/json"), 404);
        assertNavFeil(Http.send(java.net.http.HttpRequest.newBuilder(Http.uri("admin/nav-helserefusjon/v1/samhandlere/" + s.samhandlerId()))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{}")), "Authorization", bearer(admin),
                "Content-Type", "application/json"), 400);
    }
}

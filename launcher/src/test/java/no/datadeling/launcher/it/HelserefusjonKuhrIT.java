package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static no.datadeling.launcher.it.NavHelseData.assertNavFeil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Helserefusjon KUHR FKR hendelser: receiving (idempotent, validated per event, stored before the answer) and reading
 * downstream through the gap-free feed.
 */
@ExtendWith(DatadelingServer.class)
class HelserefusjonKuhrIT {

    static final String SCOPE = "nav:helserefusjon/v1/kuhrfkrhendelse";
    static final String PATH = "helserefusjon/v1/kuhrfkrhendelse/hendelser";
    static String token;
    static List<String> fnr;

    @BeforeAll
    static void setUp() {
        token = NavHelseData.maskinporten(SCOPE);
        fnr = NavHelseData.personer().stream().limit(50).map(p -> p.foedselsnummer()).toList();
    }

    static JsonObject innvilget(String id, int i) {
        return Json.createObjectBuilder().add("hendelseId", id).add("hendelsestype", "FRIKORT_INNVILGET")
                .add("personident", fnr.get(i % fnr.size())).add("aar", 2025).add("gyldigFraOgMed", "2025-05-" + (10 + i % 18))
                .add("opprettet", "2025-05-30T10:15:00+02:00").build();
    }

    static Http.Response post(String body) {
        return Http.send(HttpRequest.newBuilder(Http.uri(PATH)).POST(HttpRequest.BodyPublishers.ofString(body)),
                "Authorization", bearer(token), "Content-Type", "application/json", "Nav-Call-Id", "kuhr-test");
    }

    static String batch(List<JsonObject> hendelser) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        hendelser.forEach(a::add);
        return Json.createObjectBuilder().add("hendelser", a).build().toString();
    }

    static List<JsonObject> hundre(String prefiks) {
        List<JsonObject> ut = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ut.add(innvilget(prefiks + "-" + i, i));
        }
        return ut;
    }

    static long lagret(String prefiks) {
        return NavHelseData.tall("select count(*) from kuhr_fkr_hendelse where hendelse_id like ?", prefiks + "-%");
    }

    @Test
    void a_batch_is_stored_numbered_densely_and_readable_downstream_in_order() {
        String prefiks = "fkr-" + UUID.randomUUID();
        List<JsonObject> hendelser = hundre(prefiks);
        Http.Response r = post(batch(hendelser));
        assertEquals(200, r.status(), r.body());
        assertEquals("kuhr-test", r.header("Nav-Call-Id"));
        JsonObject k = r.json();
        assertEquals(100, k.getInt("antallMottatt"));
        assertEquals(0, k.getInt("antallAvvist"));
        JsonArray res = k.getJsonArray("resultater");
        long foerste = res.getJsonObject(0).getJsonNumber("sekvensnummer").longValue();
        for (int i = 0; i < 100; i++) {
            assertEquals(prefiks + "-" + i, res.getJsonObject(i).getString("hendelseId"));
            assertEquals("MOTTATT", res.getJsonObject(i).getString("status"));
            assertEquals(foerste + i, res.getJsonObject(i).getJsonNumber("sekvensnummer").longValue());
        }
        assertEquals(100, lagret(prefiks), "stored before the answer");
        Http.Response les = Http.get(PATH + "?sekvensnummer=" + foerste + "&antall=100", "Authorization", bearer(token));
        assertEquals(200, les.status(), les.body());
        JsonArray lest = les.json().getJsonArray("hendelser");
        assertEquals(100, lest.size());
        for (int i = 0; i < 100; i++) {
            JsonObject h = lest.getJsonObject(i);
            assertEquals(foerste + i, h.getJsonNumber("sekvensnummer").longValue());
            JsonObject innhold = h.getJsonObject("hendelse");
            assertEquals(hendelser.get(i).getString("hendelseId"), innhold.getString("hendelseId"));
            assertEquals(hendelser.get(i).getString("personident"), innhold.getString("personident"));
            assertEquals(hendelser.get(i).getString("gyldigFraOgMed"), innhold.getString("gyldigFraOgMed"));
            assertEquals("FRIKORT_INNVILGET", innhold.getString("hendelsestype"));
        }
        assertTrue(les.json().getJsonNumber("sisteSekvensnummer").longValue() >= foerste + 99);
    }

    @Test
    void a_resent_batch_is_acknowledged_and_not_stored_twice() {
        String prefiks = "fkr-" + UUID.randomUUID();
        String body = batch(hundre(prefiks));
        JsonArray foerst = post(body).json().getJsonArray("resultater");
        long feedFoer = NavHelseData.tall("select siste from feed_teller where feed = 'helserefusjon/kuhr-fkr'");
        Http.Response igjen = post(body);
        assertEquals(200, igjen.status(), igjen.body());
        assertEquals(100, igjen.json().getInt("antallDuplikater"));
        assertEquals(0, igjen.json().getInt("antallMottatt"));
        JsonArray andre = igjen.json().getJsonArray("resultater");
        for (int i = 0; i < 100; i++) {
            assertEquals("DUPLIKAT", andre.getJsonObject(i).getString("status"));
            assertEquals(foerst.getJsonObject(i).getJsonNumber("sekvensnummer"), andre.getJsonObject(i).getJsonNumber("sekvensnummer"));
        }
        assertEquals(100, lagret(prefiks));
        assertEquals(feedFoer, NavHelseData.tall("select siste from feed_teller where feed = 'helserefusjon/kuhr-fkr'"));
    }

    @Test
    void the_same_batch_sent_twice_at_once_is_stored_once() {
        String prefiks = "fkr-" + UUID.randomUUID();
        String body = batch(hundre(prefiks));
        var a = CompletableFuture.supplyAsync(() -> post(body));
        var b = CompletableFuture.supplyAsync(() -> post(body));
        JsonObject ka = a.join().json();
        JsonObject kb = b.join().json();
        assertEquals(100, ka.getInt("antallMottatt") + kb.getInt("antallMottatt"));
        assertEquals(100, ka.getInt("antallDuplikater") + kb.getInt("antallDuplikater"));
        assertEquals(100, lagret(prefiks));
    }

    @Test
    void invalid_events_are_rejected_one_by_one_and_the_valid_ones_kept() {
        String p = "fkr-" + UUID.randomUUID();
        post(batch(List.of(innvilget(p + "-tidligere", 1))));
        List<JsonObject> hendelser = List.of(
                innvilget(p + "-ok", 2),
                Json.createObjectBuilder(innvilget(p + "-fnr", 3)).add("personident", "12345678901").build(),
                Json.createObjectBuilder(innvilget(p + "-type", 4)).add("hendelsestype", "NOE_ANNET").build(),
                Json.createObjectBuilder(innvilget(p + "-dato", 5)).add("gyldigFraOgMed", "2024-12-31").build(),
                innvilget(p + "-ok", 6),
                Json.createObjectBuilder(innvilget(p + "-tidligere", 7)).build(),
                Json.createObjectBuilder().add("hendelseId", p + "-refusjon").add("hendelsestype", "EGENANDEL_REFUSJON")
                        .add("personident", fnr.get(0)).add("aar", 2025).add("beloep", 134.5).build(),
                Json.createObjectBuilder().add("hendelseId", p + "-refusjon0").add("hendelsestype", "EGENANDEL_REFUSJON")
                        .add("personident", fnr.get(0)).add("aar", 2025).add("beloep", 0).build(),
                Json.createObjectBuilder(innvilget(p + "-felt", 8)).add("ukjent", 1).build(),
                Json.createObjectBuilder().add("hendelsestype", "FRIKORT_ANNULLERT").build());
        Http.Response r = post(batch(hendelser));
        assertEquals(200, r.status(), r.body());
        JsonArray res = r.json().getJsonArray("resultater");
        List<String> status = res.getValuesAs(JsonObject.class).stream().map(o -> o.getString("status")).toList();
        assertEquals(List.of("MOTTATT", "AVVIST", "AVVIST", "AVVIST", "AVVIST", "AVVIST", "MOTTATT", "AVVIST", "AVVIST", "AVVIST"), status);
        assertEquals(2, r.json().getInt("antallMottatt"));
        assertEquals(8, r.json().getInt("antallAvvist"));
        for (JsonObject o : res.getValuesAs(JsonObject.class)) {
            if ("AVVIST".equals(o.getString("status"))) {
                String aarsak = o.getString("aarsak");
                assertTrue(!aarsak.isBlank() && !aarsak.contains("12345678901"), aarsak);
            }
        }
        assertTrue(res.getJsonObject(5).getString("aarsak").contains("annet innhold"));
        assertTrue(res.getJsonObject(4).getString("aarsak").contains("mer enn én gang"));
        assertEquals(1, NavHelseData.tall("select count(*) from kuhr_fkr_hendelse where hendelse_id = ?", p + "-ok"));
        assertEquals(0, NavHelseData.tall("select count(*) from kuhr_fkr_hendelse where hendelse_id = ?", p + "-fnr"));
    }

    @Test
    void one_event_without_a_batch_is_accepted() {
        String id = "fkr-" + UUID.randomUUID();
        Http.Response r = post(Json.createObjectBuilder().add("hendelseId", id).add("hendelsestype", "FRIKORT_ANNULLERT")
                .add("personident", fnr.get(0)).add("aar", 2025).build().toString());
        assertEquals(200, r.status(), r.body());
        assertEquals("MOTTATT", r.json().getJsonArray("resultater").getJsonObject(0).getString("status"));
    }

    @Test
    void a_malformed_request_is_rejected_whole() {
        assertNavFeil(post("ikke json"), 400);
        assertNavFeil(post("[]"), 400);
        assertNavFeil(post("{\"hendelser\":[]}"), 400);
        List<JsonObject> for_mange = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            for_mange.add(innvilget("fkr-for-mange-" + i, i));
        }
        assertNavFeil(post(batch(for_mange)), 400);
        assertEquals(0, NavHelseData.tall("select count(*) from kuhr_fkr_hendelse where hendelse_id like 'fkr-for-mange-%'"));
        assertNavFeil(Http.get(PATH + "?antall=1001", "Authorization", bearer(token)), 400);
        assertNavFeil(Http.get(PATH + "?sekvensnummer=0", "Authorization", bearer(token)), 400);
        Http.Response feilScope = Http.send(HttpRequest.newBuilder(Http.uri(PATH)).POST(HttpRequest.BodyPublishers.ofString("{}")),
                "Authorization", bearer(NavHelseData.maskinporten("nav:helserefusjon/v1/frikort")), "Content-Type", "application/json");
        assertNavFeil(feilScope, 403);
    }
}

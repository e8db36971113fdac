package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static no.datadeling.launcher.it.NavHelseData.assertNavFeil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.UUID;
import no.datadeling.domain.populasjon.SyntetiskPensjon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A pension decision and its samordning events in one transaction: the decision appears in Vedtaksinformasjon and as
 * the next number of every ordning the person is a member of; a rolled-back decision leaves neither a row nor a gap.
 */
@Order(56)
@ExtendWith(DatadelingServer.class)
class PensjonVedtakIT {

    static final String ADMIN = "admin/nav-pensjon/v1/vedtak";
    static String admin;
    static String samordning;
    static SyntetiskPensjon toOrdninger;

    @BeforeAll
    static void setUp() {
        admin = NavHelseData.maskinporten("datadeling:admin");
        samordning = NavHelseData.maskinporten("nav:pensjon/v1/samordning");
        toOrdninger = PensjonData.pensjoner().stream().filter(s -> s.forhold().size() == 2 && PensjonData.medlem(s, "3010")
                && s.vedtak().stream().anyMatch(v -> v.sakType().equals("ALDER") && v.virkTom() == null)).findFirst().orElseThrow();
    }

    static Http.Response fatt(String body, String query) {
        return Http.send(HttpRequest.newBuilder(Http.uri(ADMIN + query)).POST(HttpRequest.BodyPublishers.ofString(body)),
                "Authorization", bearer(admin), "Content-Type", "application/json");
    }

    static String vedtak(String fnr, String virkFom) {
        return "{\"fnr\":\"" + fnr + "\",\"sakType\":\"ALDER\",\"virkFom\":\"" + virkFom + "\",\"totalbelopNetto\":31000,\"uttaksgrad\":80}";
    }

    static long siste(String tpnr) {
        return NavHelseData.tall("select siste from feed_teller where feed = ?", "samordning/vedtak/" + tpnr);
    }

    @Test
    void a_decision_is_the_next_event_of_each_of_the_persons_ordninger_and_closes_the_running_one() {
        String annen = toOrdninger.forhold().stream().map(SyntetiskPensjon.Forhold::tpnr).filter(t -> !t.equals("3010")).findFirst().orElseThrow();
        long foer3010 = siste("3010");
        long foerAnnen = siste(annen);
        Http.Response r = fatt(vedtak(toOrdninger.ident(), "2026-05-01"), "");
        assertEquals(201, r.status(), r.body());
        JsonObject svar = r.json();
        long vedtakId = svar.getJsonNumber("vedtakId").longValue();
        assertEquals(foer3010 + 1, svar.getJsonObject("sekvensnummer").getJsonNumber("3010").longValue());
        assertEquals(foerAnnen + 1, svar.getJsonObject("sekvensnummer").getJsonNumber(annen).longValue());

        JsonObject side = Http.get("samordning/hendelser/vedtak?tpnr=3010&sekvensnummer=" + (foer3010 + 1), "Authorization",
                bearer(samordning)).json();
        assertEquals(1, side.getJsonArray("hendelser").size());
        JsonObject h = side.getJsonArray("hendelser").getJsonObject(0);
        assertEquals("ALDER", h.getString("ytelsesType"));
        assertEquals(toOrdninger.ident(), h.getString("identifikator"));
        assertEquals(Long.toString(vedtakId), h.getString("vedtakId"));
        assertEquals(Long.toString(vedtakId * 10_000 + 3010), h.getString("samId"));
        assertEquals("2026-05-01", h.getString("fom"));
        assertTrue(h.isNull("tom"));
        assertEquals(foer3010 + 1, side.getJsonNumber("sisteLesteSekvensnummer").longValue());

        JsonObject info = Http.get("pensjon/vedtak/informasjon?fom=2026-01-01", "Authorization",
                bearer(NavHelseData.maskinporten("nav:pensjon/vedtaksinformasjon.read")), "fnr", toOrdninger.ident(), "tp-nr", "3010",
                "x-request-id", UUID.randomUUID().toString()).json();
        var liste = info.getJsonArray(toOrdninger.vedtak().get(0).regelverk().equals("KAP19") ? "kap19InfoList" : "kap20InfoList");
        JsonObject forrige = liste.getJsonObject(liste.size() - 2).asJsonObject();
        JsonObject ny = liste.getJsonObject(liste.size() - 1).asJsonObject();
        assertEquals("2026-04-30", forrige.getString("virkTom"));
        assertEquals(vedtakId, ny.getJsonNumber("vedtakId").longValue());
        assertEquals("ENDRING", ny.getString("vedtaksKode"));
    }

    @Test
    void a_rolled_back_decision_leaves_no_event_and_no_gap() {
        SyntetiskPensjon p = PensjonData.pensjoner().stream().filter(s -> s.forhold().size() == 1 && PensjonData.medlem(s, "3010")
                && s.vedtak().isEmpty()).findFirst().orElseThrow();
        long foer = siste("3010");
        long rader = NavHelseData.tall("select count(*) from pensjonsvedtak where ident = ?", p.ident());
        assertNavFeil(fatt(vedtak(p.ident(), "2026-03-01"), "?simulerFeil=true"), 500);
        assertEquals(foer, siste("3010"));
        assertEquals(rader, NavHelseData.tall("select count(*) from pensjonsvedtak where ident = ?", p.ident()));
        Http.Response ok = fatt(vedtak(p.ident(), "2026-03-01"), "");
        assertEquals(201, ok.status(), ok.body());
        assertEquals(foer + 1, ok.json().getJsonObject("sekvensnummer").getJsonNumber("3010").longValue());
        assertEquals(foer + 1, siste("3010"));
    }

    @Test
    void bad_decisions_are_refused() {
        assertNavFeil(fatt(vedtak(PensjonData.personUtenPensjon().foedselsnummer(), "2026-03-01"), ""), 404);
        assertNavFeil(fatt(vedtak(toOrdninger.ident(), "2012-01-01"), ""), 400);
        assertNavFeil(fatt("{\"fnr\":\"" + toOrdninger.ident() + "\",\"sakType\":\"UFOREP\",\"virkFom\":\"2027-01-01\",\"totalbelopNetto\":1}", ""), 400);
        assertNavFeil(fatt("ikke json", ""), 400);
        assertNavFeil(Http.send(HttpRequest.newBuilder(Http.uri(ADMIN)).POST(HttpRequest.BodyPublishers.ofString(vedtak(toOrdninger.ident(), "2027-01-01"))),
                "Authorization", bearer(samordning), "Content-Type", "application/json"), 403);
    }
}

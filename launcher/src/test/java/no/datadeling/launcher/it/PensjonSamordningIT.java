package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static no.datadeling.launcher.it.NavHelseData.assertNavFeil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import no.datadeling.domain.pensjon.Samordning;
import no.datadeling.domain.populasjon.SamordningHendelser;
import no.datadeling.infra.security.IssuerKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pensjon Samordningspliktige hendelser exactly as nav-samordning-hendelser.yaml, against the feeds the population
 * loaded (runs before any test makes a decision: numbers and totals are exact).
 */
@Order(47)
@ExtendWith(DatadelingServer.class)
class PensjonSamordningIT {

    static final String SCOPE = "nav:pensjon/v1/samordning";
    static final Set<String> FEED_FELTER = Set.of("hendelser", "sisteSekvensnummer", "sisteLesteSekvensnummer", "nextUrl");
    static String token;
    static List<SamordningHendelser.Hendelse> vedtak;

    @BeforeAll
    static void setUp() {
        token = NavHelseData.maskinporten(SCOPE);
        vedtak = PensjonData.feed(Samordning.VEDTAK, PensjonData.EGEN_TPNR);
        assertTrue(vedtak.size() > 2000, "the dev ordning's vedtak feed is worth paging: " + vedtak.size());
        assertEquals(vedtak.size(), NavHelseData.tall("select siste from feed_teller where feed = 'samordning/vedtak/3010'"),
                "this class expects the feed exactly as loaded");
    }

    static Http.Response hent(String path, String query) {
        return Http.get("samordning/hendelser" + path + query, "Authorization", bearer(token));
    }

    static JsonObject innhold(SamordningHendelser.Hendelse h) {
        return Json.createReader(new StringReader(h.innhold())).readObject();
    }

    @Test
    void a_page_of_vedtak_has_the_feed_schema_and_the_vedtakshendelse_fields_in_order() {
        Http.Response r = hent("/vedtak", "?tpnr=3010&antall=5");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonObject body = r.json();
        assertEquals(FEED_FELTER, body.keySet());
        var hendelser = body.getJsonArray("hendelser");
        assertEquals(5, hendelser.size());
        for (int i = 0; i < 5; i++) {
            JsonObject h = hendelser.getJsonObject(i);
            assertEquals(List.of("ytelsesType", "identifikator", "vedtakId", "samId", "fom", "tom"), List.copyOf(h.keySet()));
            assertEquals(innhold(vedtak.get(i)), h);
        }
        assertEquals(5, body.getJsonNumber("sisteSekvensnummer").longValue());
        assertEquals(vedtak.size(), body.getJsonNumber("sisteLesteSekvensnummer").longValue());
        assertTrue(body.getString("nextUrl").contains("side=1"), body.getString("nextUrl"));
    }

    @Test
    void following_next_url_until_null_reads_the_whole_feed_once_in_order() {
        String url = Http.uri("samordning/hendelser/vedtak?tpnr=3010&antall=997").toString();
        int lest = 0;
        int sider = 0;
        while (url != null) {
            Http.Response r = Http.send(HttpRequest.newBuilder(URI.create(url)).GET(), "Authorization", bearer(token));
            assertEquals(200, r.status(), r.body());
            JsonObject body = r.json();
            var hendelser = body.getJsonArray("hendelser");
            for (int i = 0; i < hendelser.size(); i++) {
                assertEquals(innhold(vedtak.get(lest)), hendelser.getJsonObject(i));
                lest++;
            }
            assertEquals(lest, body.getJsonNumber("sisteSekvensnummer").longValue());
            sider++;
            url = body.isNull("nextUrl") ? null : body.getString("nextUrl");
        }
        assertEquals(vedtak.size(), lest);
        assertEquals((vedtak.size() + 996) / 997, sider);
    }

    @Test
    void the_default_page_is_10000_events_and_antall_above_10000_is_refused() {
        JsonObject body = hent("/vedtak", "?tpnr=3010").json();
        assertEquals(Math.min(10_000, vedtak.size()), body.getJsonArray("hendelser").size());
        assertEquals(vedtak.size() > 10_000, !body.isNull("nextUrl"));
        assertNavFeil(hent("/vedtak", "?tpnr=3010&antall=10001"), 400);
    }

    @Test
    void sekvensnummer_is_an_offset_and_side_counts_pages_from_it() {
        JsonObject body = hent("/vedtak", "?tpnr=3010&sekvensnummer=101&antall=10&side=2").json();
        var h = body.getJsonArray("hendelser");
        assertEquals(10, h.size());
        assertEquals(innhold(vedtak.get(120)), h.getJsonObject(0));
        assertEquals(130, body.getJsonNumber("sisteSekvensnummer").longValue());
        assertTrue(body.getString("nextUrl").contains("sekvensnummer=101") && body.getString("nextUrl").contains("side=3"));
    }

    @Test
    void the_last_page_has_next_url_null_and_past_the_end_is_an_empty_page() {
        JsonObject siste = hent("/vedtak", "?tpnr=3010&sekvensnummer=" + (vedtak.size() - 1) + "&antall=10").json();
        assertEquals(2, siste.getJsonArray("hendelser").size());
        assertEquals(JsonValue.NULL, siste.get("nextUrl"));
        assertEquals(vedtak.size(), siste.getJsonNumber("sisteSekvensnummer").longValue());
        JsonObject forbi = hent("/vedtak", "?tpnr=3010&sekvensnummer=" + (vedtak.size() + 5)).json();
        assertEquals(0, forbi.getJsonArray("hendelser").size());
        assertEquals(JsonValue.NULL, forbi.get("nextUrl"));
        assertEquals(vedtak.size(), forbi.getJsonNumber("sisteLesteSekvensnummer").longValue());
    }

    @Test
    void the_deprecated_hendelser_endpoint_is_the_vedtak_feed() {
        String q = "?tpnr=3010&antall=50&sekvensnummer=7";
        JsonObject gammel = hent("", q).json();
        JsonObject ny = hent("/vedtak", q).json();
        assertEquals(ny.getJsonArray("hendelser"), gammel.getJsonArray("hendelser"));
        assertEquals(ny.get("sisteSekvensnummer"), gammel.get("sisteSekvensnummer"));
        assertEquals(ny.get("sisteLesteSekvensnummer"), gammel.get("sisteLesteSekvensnummer"));
        assertTrue(gammel.getString("nextUrl").contains("/samordning/hendelser?"), gammel.getString("nextUrl"));
    }

    @Test
    void ytelser_personer_and_manglende_refusjonskrav_carry_sekvensnummer_and_their_schema_fields() {
        record Feed(String kind, List<String> felter) {
        }
        for (Feed f : List.of(
                new Feed(Samordning.YTELSER, List.of("sekvensnummer", "tpnr", "identifikator", "hendelseType", "ytelseType", "datoFom", "datoTom")),
                new Feed(Samordning.PERSONER, List.of("sekvensnummer", "tpnr", "fnr", "fnrGammelt", "sivilstand", "sivilstandDato", "doedsdato",
                        "adresse", "meldingskode")),
                new Feed(Samordning.MANGLENDE_REFUSJONSKRAV, List.of("sekvensnummer", "tpnr", "fnr", "samId", "svarfrist")))) {
            List<SamordningHendelser.Hendelse> forventet = PensjonData.feed(f.kind(), PensjonData.EGEN_TPNR);
            assertTrue(forventet.size() > 3, f.kind());
            JsonObject body = hent("/" + f.kind(), "?tpnr=3010&antall=3&sekvensnummer=2").json();
            var h = body.getJsonArray("hendelser");
            assertEquals(3, h.size(), f.kind());
            for (int i = 0; i < 3; i++) {
                JsonObject e = h.getJsonObject(i);
                assertEquals(f.felter(), List.copyOf(e.keySet()), f.kind());
                assertEquals(2 + i, e.getJsonNumber("sekvensnummer").longValue());
                JsonObject lagret = innhold(forventet.get(1 + i));
                lagret.forEach((k, v) -> assertEquals(v, e.get(k), f.kind() + "." + k));
                if (e.containsKey("adresse") && !e.isNull("adresse")) {
                    assertEquals(List.of("adresselinje1", "adresselinje2", "adresselinje3", "postnr", "poststed", "land"),
                            List.copyOf(e.getJsonObject("adresse").keySet()));
                }
            }
            assertEquals(forventet.size(), body.getJsonNumber("sisteLesteSekvensnummer").longValue());
        }
    }

    @Test
    void another_organisations_tpnr_and_an_unknown_tpnr_are_403() {
        assertNavFeil(hent("/vedtak", "?tpnr=" + PensjonData.ANNEN_TPNR), 403);
        assertNavFeil(hent("/ytelser", "?tpnr=9999"), 403);
        String eier = NavHelseData.tekst("select organisasjonsnummer from tp_ordning where tpnr = ?", PensjonData.ANNEN_TPNR).orElseThrow();
        String annenOrg = NavHelseData.mint(IssuerKind.MASKINPORTEN, TestTokens.maskinporten(SCOPE, eier));
        assertEquals(200, Http.get("samordning/hendelser/personer?tpnr=" + PensjonData.ANNEN_TPNR, "Authorization", bearer(annenOrg)).status());
        assertNavFeil(Http.get("samordning/hendelser/personer?tpnr=3010", "Authorization", bearer(annenOrg)), 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?tpnr=", "?tpnr=30100", "?tpnr=abcd", "?tpnr=3010&antall=0", "?tpnr=3010&antall=1.5",
        "?tpnr=3010&antall=x", "?tpnr=3010&side=-1", "?tpnr=3010&side=y", "?tpnr=3010&sekvensnummer=-1",
        "?tpnr=3010&sekvensnummer=z", "?tpnr=3010&sekvensnummer=9223372036854775807&side=2&antall=10000"})
    void bad_parameters_are_400_in_navs_format(String query) {
        for (String path : List.of("", "/vedtak", "/ytelser", "/personer", "/manglendeRefusjonskrav")) {
            assertNavFeil(hent(path, query), 400);
        }
    }

    @Test
    void no_token_is_401_and_a_token_without_the_scope_is_403() {
        assertNavFeil(Http.get("samordning/hendelser/vedtak?tpnr=3010"), 401);
        String feilScope = NavHelseData.maskinporten("nav:helse/v1/trygdehendelser");
        assertNavFeil(Http.get("samordning/hendelser/vedtak?tpnr=3010", "Authorization", bearer(feilScope)), 403);
        assertNavFeil(Http.get("samordning/hendelser/ukjent?tpnr=3010", "Authorization", bearer(token)), 404);
    }
}

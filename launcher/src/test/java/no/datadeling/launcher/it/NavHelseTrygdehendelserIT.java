package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static no.datadeling.launcher.it.NavHelseData.assertNavFeil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import no.datadeling.domain.medlemskap.Hjemmelgruppe;
import no.datadeling.domain.populasjon.SyntetiskTrygdehendelse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Helse Trygdehendelser as a consumer of NAV's API sees it, against the feed the population loaded (runs before any
 * test writes to the feed: totals are exact).
 */
@Order(40)
@ExtendWith(DatadelingServer.class)
class NavHelseTrygdehendelserIT {

    static final String SCOPE = "nav:helse/v1/trygdehendelser";
    static String token;
    static List<SyntetiskTrygdehendelse> lastet;

    @BeforeAll
    static void setUp() {
        token = NavHelseData.maskinporten(SCOPE);
        lastet = NavHelseData.lastedeHendelser();
        assertEquals(lastet.size(), NavHelseData.tall("select siste from feed_teller where feed = 'nav-helse/trygdehendelser'"),
                "this class expects the feed exactly as loaded");
    }

    static Http.Response hent(String query) {
        return Http.get("helse/v1/trygdehendelser/hendelser" + query, "Authorization", bearer(token));
    }

    static void sammenlign(SyntetiskTrygdehendelse forventet, JsonObject h) {
        assertEquals(forventet.hendelsesnummer(), h.getJsonNumber("hendelsesnummer").longValue());
        assertEquals(forventet.type().name(), h.getString("type"));
        assertEquals(forventet.periodeId(), h.getJsonObject("innhold").getJsonNumber("periodeId").longValue());
        assertEquals(forventet.personident(), h.getJsonObject("innhold").getString("personident"));
        assertEquals(forventet.hjemmelgruppe().name(), h.getJsonObject("metadata").getString("hjemmelgruppe"));
        assertEquals(forventet.opprettet(), OffsetDateTime.parse(h.getJsonObject("metadata").getString("opprettetDato")).toInstant());
    }

    @Test
    void a_full_page_from_1_is_the_first_100_events_with_the_exact_schema() {
        Http.Response r = hent("?hendelsesnummer=1&antallHendelser=100");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"));
        JsonObject body = r.json();
        assertEquals(Set.of("antallHendelser", "hendelser", "totaltAntallHendelser"), body.keySet());
        assertEquals(100, body.getInt("antallHendelser"));
        assertEquals(lastet.size(), body.getJsonNumber("totaltAntallHendelser").longValue());
        var hendelser = body.getJsonArray("hendelser");
        assertEquals(100, hendelser.size());
        for (int i = 0; i < 100; i++) {
            JsonObject h = hendelser.getJsonObject(i);
            assertEquals(Set.of("hendelsesnummer", "innhold", "metadata", "type"), h.keySet());
            assertEquals(Set.of("periodeId", "personident"), h.getJsonObject("innhold").keySet());
            assertEquals(Set.of("hjemmelgruppe", "opprettetDato"), h.getJsonObject("metadata").keySet());
            sammenlign(lastet.get(i), h);
        }
        assertEquals("no-store", r.header("Cache-Control"));
    }

    @Test
    void paging_by_last_seen_plus_one_walks_the_whole_feed_without_gaps() {
        long neste = 1;
        int sider = 0;
        while (true) {
            JsonObject body = hent("?hendelsesnummer=" + neste + "&antallHendelser=100").json();
            var hendelser = body.getJsonArray("hendelser");
            assertEquals(Math.max(0, lastet.size() - neste + 1), body.getJsonNumber("totaltAntallHendelser").longValue());
            if (hendelser.isEmpty()) {
                break;
            }
            for (int i = 0; i < hendelser.size(); i++) {
                sammenlign(lastet.get((int) neste - 1), hendelser.getJsonObject(i));
                neste++;
            }
            sider++;
        }
        assertEquals(lastet.size() + 1, neste);
        assertEquals((lastet.size() + 99) / 100, sider);
    }

    @Test
    void antall_hendelser_defaults_to_100_and_can_be_1() {
        assertEquals(Math.min(100, lastet.size()), hent("?hendelsesnummer=1").json().getInt("antallHendelser"));
        JsonObject en = hent("?hendelsesnummer=7&antallHendelser=1").json();
        assertEquals(1, en.getInt("antallHendelser"));
        sammenlign(lastet.get(6), en.getJsonArray("hendelser").getJsonObject(0));
    }

    @Test
    void hendelsesnummer_0_starts_at_the_first_event_and_past_the_end_gives_an_empty_page() {
        JsonObject fra0 = hent("?hendelsesnummer=0&antallHendelser=3").json();
        assertEquals(1, fra0.getJsonArray("hendelser").getJsonObject(0).getJsonNumber("hendelsesnummer").longValue());
        assertEquals(lastet.size(), fra0.getJsonNumber("totaltAntallHendelser").longValue());
        JsonObject forbi = hent("?hendelsesnummer=" + (lastet.size() + 1)).json();
        assertEquals(0, forbi.getInt("antallHendelser"));
        assertEquals(0, forbi.getJsonArray("hendelser").size());
        assertEquals(0, forbi.getJsonNumber("totaltAntallHendelser").longValue());
    }

    @Test
    void the_last_page_is_short_and_counts_what_is_left() {
        JsonObject body = hent("?hendelsesnummer=" + (lastet.size() - 2) + "&antallHendelser=100").json();
        assertEquals(3, body.getInt("antallHendelser"));
        assertEquals(3, body.getJsonNumber("totaltAntallHendelser").longValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"EOS", "OEVRIGE"})
    void hjemmelgruppe_filters_events_and_their_total(String gruppe) {
        List<SyntetiskTrygdehendelse> iGruppen = lastet.stream().filter(h -> h.hjemmelgruppe() == Hjemmelgruppe.valueOf(gruppe)).toList();
        long fra = lastet.get(lastet.size() / 3).hendelsesnummer();
        List<SyntetiskTrygdehendelse> forventet = iGruppen.stream().filter(h -> h.hendelsesnummer() >= fra).toList();
        JsonObject body = hent("?hendelsesnummer=" + fra + "&antallHendelser=50&hjemmelgruppe=" + gruppe).json();
        assertEquals(forventet.size(), body.getJsonNumber("totaltAntallHendelser").longValue());
        var hendelser = body.getJsonArray("hendelser");
        assertEquals(Math.min(50, forventet.size()), hendelser.size());
        for (int i = 0; i < hendelser.size(); i++) {
            sammenlign(forventet.get(i), hendelser.getJsonObject(i));
        }
    }

    @Test
    void hjemmelgruppe_alle_and_no_filter_are_both_groups() {
        JsonObject alle = hent("?hendelsesnummer=1&antallHendelser=100&hjemmelgruppe=ALLE").json();
        JsonObject ingen = hent("?hendelsesnummer=1&antallHendelser=100").json();
        assertEquals(ingen.getJsonArray("hendelser"), alle.getJsonArray("hendelser"));
        assertEquals(lastet.size(), alle.getJsonNumber("totaltAntallHendelser").longValue());
        assertTrue(alle.getJsonArray("hendelser").stream().map(v -> v.asJsonObject().getJsonObject("metadata").getString("hjemmelgruppe"))
                .distinct().count() == 2, "a page from 1 mixes both groups");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?antallHendelser=10", "?hendelsesnummer=", "?hendelsesnummer=abc", "?hendelsesnummer=-1",
        "?hendelsesnummer=1.5", "?hendelsesnummer=99999999999999999999", "?hendelsesnummer=1&antallHendelser=0",
        "?hendelsesnummer=1&antallHendelser=101", "?hendelsesnummer=1&antallHendelser=-5", "?hendelsesnummer=1&antallHendelser=x",
        "?hendelsesnummer=1&hjemmelgruppe=eos", "?hendelsesnummer=1&hjemmelgruppe=EØS", "?hendelsesnummer=1&hjemmelgruppe=ANDRE"})
    void invalid_parameters_are_400_in_navs_format(String query) {
        assertNavFeil(hent(query), 400);
    }

    @Test
    void without_a_token_401_and_without_the_scope_403() {
        Http.Response uten = Http.get("helse/v1/trygdehendelser/hendelser?hendelsesnummer=1");
        assertNavFeil(uten, 401);
        assertTrue(uten.header("WWW-Authenticate").startsWith("Bearer"));
        assertNavFeil(Http.get("helse/v1/trygdehendelser/hendelser?hendelsesnummer=1", "Authorization",
                bearer(NavHelseData.maskinporten("nav:helse/v1/medlemskapsunntak"))), 403);
        assertNavFeil(Http.get("helse/v1/trygdehendelser/hendelser?hendelsesnummer=1", "Authorization",
                bearer(NavHelseData.maskinporten("nav:helse/v1/trygdehendelser2"))), 403);
    }

    @Test
    void unknown_paths_and_methods_below_the_base_answer_in_navs_format() {
        assertNavFeil(Http.get("helse/v1/trygdehendelser/ukjent", "Authorization", bearer(token)), 404);
        assertNavFeil(Http.send(java.net.http.HttpRequest.newBuilder(Http.uri("helse/v1/trygdehendelser/hendelser?hendelsesnummer=1"))
                .DELETE(), "Authorization", bearer(token)), 405);
    }
}

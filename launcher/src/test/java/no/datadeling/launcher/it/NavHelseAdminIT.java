package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static no.datadeling.launcher.it.NavHelseData.assertNavFeil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import no.datadeling.domain.populasjon.SyntetiskPerson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The write path: each change to a medlemskapsunntak and its trygdehendelse commit together or not at all (the
 * simulated failure rolls back after the feed number was taken: neither the change nor the event remains).
 */
@Order(55)
@ExtendWith(DatadelingServer.class)
class NavHelseAdminIT {

    static final String ADMIN = "admin/nav-helse/v1/medlemskapsunntak";
    static String admin;
    static String medl;
    static String feed;
    static SyntetiskPerson person;

    @BeforeAll
    static void setUp() {
        admin = NavHelseData.maskinporten("datadeling:admin");
        medl = NavHelseData.maskinporten("nav:helse/v1/medlemskapsunntak");
        feed = NavHelseData.maskinporten("nav:helse/v1/trygdehendelser");
        person = NavHelseData.personer().stream().filter(p -> !p.erDNummer()).skip(5).findFirst().orElseThrow();
    }

    static Http.Response post(String path, String body) {
        return Http.send(HttpRequest.newBuilder(Http.uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)),
                "Authorization", bearer(admin), "Content-Type", "application/json");
    }

    static Http.Response put(String path, String body) {
        return Http.send(HttpRequest.newBuilder(Http.uri(path)).PUT(HttpRequest.BodyPublishers.ofString(body)),
                "Authorization", bearer(admin), "Content-Type", "application/json");
    }

    static String periode(String ident, String fra, String til, String grunnlag) {
        return "{" + (ident == null ? "" : "\"ident\":\"" + ident + "\",") + "\"fraOgMed\":\"" + fra + "\",\"tilOgMed\":\"" + til
                + "\",\"grunnlag\":\"" + grunnlag + "\",\"medlem\":false,\"dekning\":\"Unntatt\",\"helsedel\":false,\"lovvalgsland\":\"SWE\"}";
    }

    static long hode() {
        return NavHelseData.tall("select siste from feed_teller where feed = 'nav-helse/trygdehendelser'");
    }

    static JsonObject hendelse(long nummer) {
        JsonObject side = Http.get("helse/v1/trygdehendelser/hendelser?hendelsesnummer=" + nummer + "&antallHendelser=1",
                "Authorization", bearer(feed)).json();
        return side.getJsonArray("hendelser").getJsonObject(0);
    }

    static JsonObject periodeMedSporing(long id) {
        return Http.get("helse/v1/medlemskapsunntak/" + id + "?inkluderSporingsinfo=true", "Authorization", bearer(medl)).json();
    }

    @Test
    void create_change_and_annul_each_publish_their_event_with_the_change() {
        long foer = hode();
        Http.Response opprettet = post(ADMIN, periode(person.foedselsnummer(), "2026-03-01", "2027-02-28", "FO_11_3_a"));
        assertEquals(201, opprettet.status(), opprettet.body());
        long id = opprettet.json().getJsonNumber("periodeId").longValue();
        assertEquals(foer + 1, opprettet.json().getJsonNumber("hendelsesnummer").longValue());
        JsonObject h1 = hendelse(foer + 1);
        assertEquals("OPPRETTET", h1.getString("type"));
        assertEquals(id, h1.getJsonObject("innhold").getJsonNumber("periodeId").longValue());
        assertEquals(person.foedselsnummer(), h1.getJsonObject("innhold").getString("personident"));
        assertEquals("EOS", h1.getJsonObject("metadata").getString("hjemmelgruppe"));
        assertEquals(0, periodeMedSporing(id).getJsonObject("sporingsinformasjon").getInt("versjon"));

        Http.Response endret = put(ADMIN + "/" + id, periode(null, "2026-03-01", "2027-08-31", "FTL_2-8"));
        assertEquals(200, endret.status(), endret.body());
        assertEquals(foer + 2, endret.json().getJsonNumber("hendelsesnummer").longValue());
        JsonObject h2 = hendelse(foer + 2);
        assertEquals("ENDRET", h2.getString("type"));
        assertEquals("OEVRIGE", h2.getJsonObject("metadata").getString("hjemmelgruppe"), "the group follows the new grunnlag");
        JsonObject etterEndring = periodeMedSporing(id);
        assertEquals("2027-08-31", etterEndring.getString("tilOgMed"));
        assertEquals(1, etterEndring.getJsonObject("sporingsinformasjon").getInt("versjon"));

        Http.Response annullert = post(ADMIN + "/" + id + "/annullering", "");
        assertEquals(200, annullert.status(), annullert.body());
        assertEquals("ANNULLERT", hendelse(foer + 3).getString("type"));
        JsonObject etterAnnullering = periodeMedSporing(id);
        assertEquals("AVST", etterAnnullering.getString("status"));
        assertEquals("Feilregistrert", etterAnnullering.getString("statusaarsak"));
        assertEquals(2, etterAnnullering.getJsonObject("sporingsinformasjon").getInt("versjon"));

        assertNavFeil(post(ADMIN + "/" + id + "/annullering", ""), 409);
        assertNavFeil(put(ADMIN + "/" + id, periode(null, "2026-03-01", "2027-08-31", "FTL_2-8")), 409);
        assertEquals(foer + 3, hode(), "refused changes publish nothing");
    }

    @Test
    void a_failure_after_numbering_leaves_neither_change_nor_event_nor_hole() {
        long foer = hode();
        long perioder = NavHelseData.tall("select count(*) from medlemskapsunntak where ident = ?", person.foedselsnummer());
        Http.Response feil = post(ADMIN + "?simulerFeil=true", periode(person.foedselsnummer(), "2026-05-01", "2026-12-31", "FO_12_2"));
        assertNavFeil(feil, 500);
        assertEquals("SIMULERT_FEIL", feil.json().getString("kode"));
        assertEquals(foer, hode());
        assertEquals(perioder, NavHelseData.tall("select count(*) from medlemskapsunntak where ident = ?", person.foedselsnummer()));

        Http.Response ok = post(ADMIN, periode(person.foedselsnummer(), "2026-05-01", "2026-12-31", "FO_12_2"));
        assertEquals(201, ok.status());
        assertEquals(foer + 1, ok.json().getJsonNumber("hendelsesnummer").longValue(), "the returned number is reused");
        long id = ok.json().getJsonNumber("periodeId").longValue();

        assertNavFeil(put(ADMIN + "/" + id + "?simulerFeil=true", periode(null, "2026-05-01", "2027-12-31", "FO_12_2")), 500);
        assertEquals("2026-12-31", periodeMedSporing(id).getString("tilOgMed"));
        assertEquals(0, periodeMedSporing(id).getJsonObject("sporingsinformasjon").getInt("versjon"));
        assertEquals(foer + 1, hode());
    }

    @Test
    void needs_the_admin_scope() {
        Http.Response r = Http.send(HttpRequest.newBuilder(Http.uri(ADMIN))
                        .POST(HttpRequest.BodyPublishers.ofString(periode(person.foedselsnummer(), "2026-01-01", "2026-02-01", "FO_12_1"))),
                "Authorization", bearer(medl), "Content-Type", "application/json");
        assertNavFeil(r, 403);
        assertNavFeil(Http.send(HttpRequest.newBuilder(Http.uri(ADMIN)).POST(HttpRequest.BodyPublishers.ofString("{}")),
                "Content-Type", "application/json"), 401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[]", "{\"fraOgMed\":\"2026-01-01\",\"tilOgMed\":\"2026-02-01\",\"grunnlag\":\"FO_12_1\"}",
        "{\"ident\":\"%s\",\"fraOgMed\":\"2026-01-01\",\"tilOgMed\":\"2025-02-01\",\"grunnlag\":\"FO_12_1\"}",
        "{\"ident\":\"%s\",\"fraOgMed\":\"2026-01-01\",\"tilOgMed\":\"2026-02-01\"}",
        "{\"ident\":\"%s\",\"fraOgMed\":\"2026-01-01\",\"tilOgMed\":\"2026-02-01\",\"grunnlag\":\"FO_12_1\",\"status\":\"OK\"}",
        "{\"ident\":\"%s\",\"fraOgMed\":\"2026-01-01\",\"tilOgMed\":\"2026-02-01\",\"grunnlag\":\"FO_12_1\",\"medlem\":\"ja\"}",
        "{\"ident\":\"12345678901\",\"fraOgMed\":\"2026-01-01\",\"tilOgMed\":\"2026-02-01\",\"grunnlag\":\"FO_12_1\"}"})
    void invalid_bodies_are_400(String body) {
        long foer = hode();
        assertNavFeil(post(ADMIN, body.formatted(person.foedselsnummer())), 400);
        assertEquals(foer, hode());
    }

    @Test
    void unknown_person_or_period_is_404() {
        assertNavFeil(post(ADMIN, periode("30108299939", "2026-01-01", "2026-02-01", "FO_12_1")), 404);
        assertNavFeil(put(ADMIN + "/1", periode(null, "2026-01-01", "2026-02-01", "FO_12_1")), 404);
        assertNavFeil(post(ADMIN + "/1/annullering", ""), 404);
    }
}

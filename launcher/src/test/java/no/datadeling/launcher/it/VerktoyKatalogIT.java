package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Verktoydata.KATALOG;
import static no.datadeling.launcher.it.Verktoydata.assertFeil;
import static no.datadeling.launcher.it.Verktoydata.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.datadeling.domain.populasjon.SyntetiskVerktoy;
import no.datadeling.launcher.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;

/** Verktøymetadataliste and Verktøymetadata: every filter and paging edge against the generated catalogue. */
@Order(40)
@ExtendWith(DatadelingServer.class)
class VerktoyKatalogIT {

    static final String LISTE = "verktoy/v1/SelvstendigVerktoy";
    static String token;

    @BeforeAll
    static void token() {
        token = Verktoydata.helseid(KATALOG, Main.DEV_ORG);
    }

    static JsonArray side(String query) {
        Http.Response r = get(LISTE + query, token);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"));
        return (JsonArray) r.jsonStructure();
    }

    /** Every tool the filter gives, page by page (50 per page) until a short page. */
    static List<JsonObject> alle(String filter) {
        List<JsonObject> out = new ArrayList<>();
        for (int side = 1; ; side++) {
            JsonArray a = side("?AntallVerktoy=50&Sidereferanse=" + side + filter);
            a.forEach(v -> out.add(v.asJsonObject()));
            if (a.size() < 50) {
                return out;
            }
        }
    }

    static Set<String> ider(List<JsonObject> verktoy) {
        return verktoy.stream().map(o -> o.getString("VerktoyId")).collect(Collectors.toSet());
    }

    static Set<String> forventet(Predicate<SyntetiskVerktoy> p) {
        return Verktoydata.verktoy().stream().filter(p).map(v -> v.verktoyId().toString()).collect(Collectors.toSet());
    }

    @Test
    void default_page_is_the_first_10_tools_by_name() {
        JsonArray a = side("");
        assertEquals(10, a.size());
        assertEquals(side("?Sidereferanse=1&AntallVerktoy=10"), a);
        List<String> navn = a.stream().map(v -> v.asJsonObject().getString("Navn")).toList();
        assertEquals(navn, side("?AntallVerktoy=50").stream().limit(10).map(v -> v.asJsonObject().getString("Navn")).toList());
    }

    @Test
    void the_pages_cover_the_whole_catalogue_once_and_end_with_an_empty_page() {
        List<JsonObject> alle = alle("");
        assertEquals(Verktoydata.verktoy().size(), alle.size());
        assertEquals(forventet(v -> true), ider(alle));
        assertEquals(0, side("?AntallVerktoy=50&Sidereferanse=11").size());
        assertEquals(0, side("?AntallVerktoy=10&Sidereferanse=100000").size());
        assertEquals(1, side("?AntallVerktoy=1").size());
        // page 0 or below is the first page
        assertEquals(side("?AntallVerktoy=5"), side("?AntallVerktoy=5&Sidereferanse=0"));
        // consecutive small pages continue each other
        JsonArray to = side("?AntallVerktoy=2");
        assertEquals(to.get(1), side("?AntallVerktoy=1&Sidereferanse=2").get(0));
    }

    @Test
    void an_invalid_page_size_is_vk_001206() {
        for (String q : List.of("?AntallVerktoy=0", "?AntallVerktoy=51", "?AntallVerktoy=-1", "?AntallVerktoy=ti", "?Sidereferanse=x")) {
            assertFeil(get(LISTE + q, token), 400, "VK-001206");
        }
    }

    @Test
    void list_filters_or_within_and_between_parameters() {
        assertEquals(forventet(v -> v.fagomrade().id() == 2), ider(alle("&Fagomrader=2")));
        assertEquals(forventet(v -> v.fagomrade().id() != 2), ider(alle("&Fagomrader=1&Fagomrader=3")));
        assertEquals(forventet(v -> v.fagomrade().id() != 2), ider(alle("&Fagomrader=1,3")));
        assertEquals(forventet(v -> v.malgruppe().id() == 2), ider(alle("&Malgrupper=2")));
        assertEquals(forventet(v -> v.sprak().id() == 1 || v.sprak().id() == 4), ider(alle("&Sprak=1&Sprak=4")));
        String kode = Verktoydata.verktoy().get(0).klassifiseringKode();
        assertEquals(forventet(v -> v.klassifiseringKode().equals(kode)), ider(alle("&Klassifiseringer=" + kode)));
        assertEquals(Set.of(), ider(alle("&Klassifiseringer=000000")));
        assertEquals(forventet(v -> v.fagomrade().id() == 1 && v.malgruppe().id() == 3 && v.sprak().id() == 1),
                ider(alle("&Fagomrader=1&Malgrupper=3&Sprak=1")));
    }

    @Test
    void boolean_filters() {
        Set<String> kanLeggesTil = forventet(v -> !v.kreverForskrivning());
        assertFalse(kanLeggesTil.isEmpty());
        assertEquals(kanLeggesTil, ider(alle("&KanLeggesTilAvInnbygger=true")));
        assertEquals(forventet(SyntetiskVerktoy::kreverForskrivning), ider(alle("&KanLeggesTilAvInnbygger=false")));
        assertEquals(forventet(SyntetiskVerktoy::anonymTilgang), ider(alle("&KunAnonymTilgang=true")));
        assertEquals(forventet(v -> !v.anonymTilgang()), ider(alle("&KunAnonymTilgang=False")));
        assertEquals(forventet(v -> !v.kreverForskrivning() && !v.anonymTilgang() && v.fagomrade().id() == 2),
                ider(alle("&KanLeggesTilAvInnbygger=true&KunAnonymTilgang=false&Fagomrader=2")));
        assertFeil(get(LISTE + "?KunAnonymTilgang=ja", token), 400, "HTTP-400");
    }

    @Test
    void an_undefined_enumeration_value_is_ver_000204() {
        for (String q : List.of("?Fagomrader=4", "?Malgrupper=0", "?Sprak=5", "?Sprak=bokmal", "?Fagomrader=1&Fagomrader=9")) {
            assertFeil(get(LISTE + q, token), 400, "VER-000204");
        }
    }

    /** Verktøymetadata's fields in the order of the seed's table. */
    static final List<String> FELT = List.of("VerktoyId", "Navn", "Ingress", "Beskrivelse", "OpprettetDato", "EndretDato",
            "VerktoyFormalTypeId", "VerktoyFormalNavn", "FagligAnsvarlig", "UtvikletAv", "SprakKode", "SprakNavn", "FagomradeType",
            "FagomradeNavn", "LenkeType", "LenkeTypeNavn", "Url", "Sokeord", "MalgruppeTypeId", "MalgruppeNavn", "GrafiskElementId",
            "GrafiskElementTypeNavn", "InnholdstypeId", "InnholdstypeNavn", "Behandlerinnsyn", "KlassifiseringKode",
            "KlassifiseringNavn", "KreverForskrivning", "Organisasjonsnummer", "Organisasjonsnavn", "AntattTid");

    @Test
    void metadata_has_every_field_as_the_catalogue_holds_it() {
        for (SyntetiskVerktoy v : List.of(Verktoydata.verktoy().get(7),
                Verktoydata.verktoy().stream().filter(x -> x.antattTid() == null).findFirst().orElseThrow())) {
            Http.Response r = get(LISTE + "/" + v.verktoyId(), token);
            assertEquals(200, r.status(), r.body());
            JsonObject o = r.json();
            assertEquals(FELT, List.copyOf(o.keySet()), "the fields in the seed's order");
            assertEquals(v.verktoyId().toString(), o.getString("VerktoyId"));
            assertEquals(v.navn(), o.getString("Navn"));
            assertEquals(v.ingress(), o.getString("Ingress"));
            assertEquals(v.beskrivelse(), o.getString("Beskrivelse"));
            assertEquals(v.opprettetDato(), OffsetDateTime.parse(o.getString("OpprettetDato")).toInstant());
            assertEquals(v.endretDato(), OffsetDateTime.parse(o.getString("EndretDato")).toInstant());
            assertEquals(v.formal().id(), o.getInt("VerktoyFormalTypeId"));
            assertEquals(v.formal().navn(), o.getString("VerktoyFormalNavn"));
            assertEquals(v.fagligAnsvarlig(), o.getString("FagligAnsvarlig"));
            assertEquals(v.utvikletAv(), o.getString("UtvikletAv"));
            assertEquals(v.sprak().kode(), o.getString("SprakKode"));
            assertEquals(v.sprak().navn(), o.getString("SprakNavn"));
            assertEquals(v.fagomrade().id(), o.getInt("FagomradeType"));
            assertEquals(v.fagomrade().navn(), o.getString("FagomradeNavn"));
            assertEquals(50, o.getInt("LenkeType"));
            assertEquals("Lenke til verktøy", o.getString("LenkeTypeNavn"));
            assertEquals(v.url(), o.getString("Url"));
            assertEquals(v.sokeord(), o.getJsonArray("Sokeord").getValuesAs(jakarta.json.JsonString::getString));
            assertEquals(v.malgruppe().id(), o.getInt("MalgruppeTypeId"));
            assertEquals(v.malgruppe().navn(), o.getString("MalgruppeNavn"));
            assertEquals(v.grafiskElementId(), o.getInt("GrafiskElementId"));
            assertEquals(v.grafiskElementType().navn(), o.getString("GrafiskElementTypeNavn"));
            assertEquals(v.innholdstype().id(), o.getInt("InnholdstypeId"));
            assertEquals(v.innholdstype().navn(), o.getString("InnholdstypeNavn"));
            assertEquals(v.behandlerinnsyn(), o.getString("Behandlerinnsyn"));
            assertEquals(v.klassifiseringKode(), o.getString("KlassifiseringKode"));
            assertEquals(v.klassifiseringNavn(), o.getString("KlassifiseringNavn"));
            assertEquals(v.kreverForskrivning(), o.getBoolean("KreverForskrivning"));
            assertEquals(Integer.parseInt(v.organisasjonsnummer()), o.getInt("Organisasjonsnummer"));
            assertEquals(v.organisasjonsnavn(), o.getString("Organisasjonsnavn"));
            if (v.antattTid() == null) {
                assertEquals(JsonValue.NULL, o.get("AntattTid"), "AntattTid is present and null");
            } else {
                assertEquals(v.antattTid().intValue(), o.getInt("AntattTid"));
            }
            assertEquals(o, side("?AntallVerktoy=50&Sidereferanse=" + (1 + indeksIListen(v) / 50)).stream()
                    .map(JsonValue::asJsonObject).filter(x -> x.getString("VerktoyId").equals(v.verktoyId().toString()))
                    .findFirst().orElseThrow(), "the list shows the same object");
        }
    }

    private static int indeksIListen(SyntetiskVerktoy v) {
        List<JsonObject> alle = alle("");
        for (int i = 0; i < alle.size(); i++) {
            if (alle.get(i).getString("VerktoyId").equals(v.verktoyId().toString())) {
                return i;
            }
        }
        throw new AssertionError("not listed: " + v.verktoyId());
    }

    @Test
    void metadata_accepts_the_dotnet_guid_forms() {
        SyntetiskVerktoy v = Verktoydata.verktoy().get(3);
        String n = v.verktoyId().toString().replace("-", "").toUpperCase();
        assertEquals(v.navn(), get(LISTE + "/" + n, token).json().getString("Navn"));
        assertEquals(v.navn(), get(LISTE + "/%7B" + v.verktoyId() + "%7D", token).json().getString("Navn"));
    }

    @Test
    void unknown_tool_is_vk_001126_and_a_malformed_id_ver_000209() {
        assertFeil(get(LISTE + "/08ead360-0d65-448c-ba9e-8a08f0921c90", token), 404, "VK-001126");
        assertFeil(get(LISTE + "/ikke-en-guid", token), 400, "VER-000209");
        assertFeil(get(LISTE + "/1-1-1-1-1", token), 400, "VER-000209");
        assertFeil(get(LISTE + "/00000000-0000-0000-0000-000000000000", token), 400, "VER-000209");
    }

    @Test
    void tokens_scopes_and_unknown_urls_answer_in_helsenorges_format() {
        Http.Response utenToken = Http.get(LISTE);
        assertFeil(utenToken, 401, "HTTP-401");
        assertNotNull(utenToken.header("WWW-Authenticate"));
        assertFeil(get(LISTE, Verktoydata.helseid(Verktoydata.SEND, Main.DEV_ORG)), 403, "HTTP-403");
        assertFeil(get(LISTE, Verktoydata.helseid("verktoykatalog_read2", Main.DEV_ORG)), 403, "HTTP-403");
        assertFeil(get(LISTE, "not.a.token"), 401, "HTTP-401");
        assertFeil(get("verktoy/v1/Finnesikke", token), 404, "HTTP-404");
        assertFeil(Http.send(java.net.http.HttpRequest.newBuilder(Http.uri(LISTE)).DELETE(), "Authorization", Http.bearer(token)),
                405, "HTTP-405");
        assertEquals("no-store", get(LISTE, token).header("Cache-Control"));
    }

    @Test
    void catalogue_reads_are_not_audited() throws Exception {
        long foer = Verktoydata.tall("select count(*) from audit_logg where tjeneste like 'helsenorge:verktoy%'");
        side("");
        assertEquals(foer, Verktoydata.tall("select count(*) from audit_logg where tjeneste like 'helsenorge:verktoy%'"));
    }
}

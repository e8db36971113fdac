package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static no.datadeling.launcher.it.NavHelseData.assertNavFeil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.datadeling.domain.populasjon.SyntetiskPensjon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pensjon Vedtaksinformasjon exactly as nav-vedtaksinformasjon.yaml: headers fnr, tp-nr, x-request-id, query fom, both
 * scopes, the five lists, tp-nr ownership, membership (404), and one audit row per disclosure (runs before any decision
 * is made).
 */
@Order(48)
@ExtendWith(DatadelingServer.class)
class PensjonVedtaksinformasjonIT {

    static final String PATH = "pensjon/vedtak/informasjon";
    static String token;
    static SyntetiskPensjon begge;
    static SyntetiskPensjon kap19;

    @BeforeAll
    static void setUp() {
        token = NavHelseData.maskinporten("nav:pensjon/vedtaksinformasjon.read");
        begge = PensjonData.pensjoner().stream().filter(s -> PensjonData.medlem(s, "3010") && s.vedtak().size() >= 4
                && s.vedtak().get(0).regelverk().equals("BEGGE")).findFirst().orElseThrow();
        kap19 = PensjonData.pensjoner().stream().filter(s -> PensjonData.medlem(s, "3010") && s.vedtak().size() >= 4
                && s.vedtak().get(0).regelverk().equals("KAP19") && s.vedtak().stream().allMatch(v -> v.sakType().equals("ALDER")))
                .findFirst().orElseThrow();
    }

    static Http.Response hent(String access, String fnr, String tpnr, String requestId, String fom) {
        List<String> h = new ArrayList<>(List.of("Authorization", bearer(access)));
        if (fnr != null) {
            h.addAll(List.of("fnr", fnr));
        }
        if (tpnr != null) {
            h.addAll(List.of("tp-nr", tpnr));
        }
        if (requestId != null) {
            h.addAll(List.of("x-request-id", requestId));
        }
        return Http.get(PATH + (fom == null ? "" : "?fom=" + fom), h.toArray(String[]::new));
    }

    static Http.Response hent(SyntetiskPensjon s, String fom) {
        return hent(token, s.ident(), "3010", UUID.randomUUID().toString(), fom);
    }

    @Test
    void all_decisions_from_fom_are_listed_and_a_1954_1962_decision_is_shared_between_kap19_and_kap20() {
        Http.Response r = hent(begge, "2000-01-01");
        assertEquals(200, r.status(), r.body());
        JsonObject body = r.json();
        assertEquals(Set.of("kap20InfoList", "kap19InfoList", "afpPrivatInfoList", "afpOffentligInfoList", "ap67InfoList"), body.keySet());
        List<SyntetiskPensjon.Vedtak> alder = begge.vedtak().stream().filter(v -> v.sakType().equals("ALDER"))
                .sorted(java.util.Comparator.comparing(SyntetiskPensjon.Vedtak::virkFom)).toList();
        JsonArray k19 = body.getJsonArray("kap19InfoList");
        JsonArray k20 = body.getJsonArray("kap20InfoList");
        assertEquals(alder.size(), k19.size());
        assertEquals(alder.size(), k20.size());
        for (int i = 0; i < alder.size(); i++) {
            var v = alder.get(i);
            JsonObject a = k19.getJsonObject(i);
            JsonObject b = k20.getJsonObject(i);
            assertEquals(v.vedtakId(), a.getJsonNumber("vedtakId").longValue());
            assertEquals(v.vedtakId(), b.getJsonNumber("vedtakId").longValue());
            assertEquals(v.virkFom().toString(), a.getString("virkFom"));
            assertEquals(v.virkTom() == null ? null : v.virkTom().toString(), a.containsKey("virkTom") ? a.getString("virkTom") : null);
            assertEquals(v.vedtaksKode(), a.getString("vedtaksKode"));
            assertEquals("ALDER", a.getString("sakType"));
            assertEquals(v.totalbelopNetto(), a.getInt("totalbelopNetto") + b.getInt("totalbelopNetto"));
            assertTrue(a.getInt("totalbelopNetto") > 0 && b.getInt("totalbelopNetto") > 0);
            assertEquals(v.uttaksgrad(), a.getInt("uttaksgrad"));
            assertEquals(v.trygdetid(), a.getInt("trygdetidAnvendt"));
            int sum = a.getJsonArray("ytelseskomponenter").stream().mapToInt(y -> y.asJsonObject().getInt("netto")).sum();
            assertEquals(a.getInt("totalbelopNetto"), sum);
        }
        long afp = begge.vedtak().stream().filter(v -> v.sakType().equals("AFP_PRIVAT")).count();
        assertEquals(afp, body.getJsonArray("afpPrivatInfoList").size());
        assertEquals(0, body.getJsonArray("afpOffentligInfoList").size());
        assertEquals(0, body.getJsonArray("ap67InfoList").size());
    }

    @Test
    void fom_leaves_out_decisions_that_ended_before_it() {
        var v = kap19.vedtak().stream().filter(x -> x.virkTom() != null).skip(1).findFirst().orElseThrow();
        JsonObject body = hent(kap19, v.virkTom().toString()).json();
        long forventet = kap19.vedtak().stream().filter(x -> x.sakType().equals("ALDER")
                && (x.virkTom() == null || !x.virkTom().isBefore(v.virkTom()))).count();
        assertEquals(forventet, body.getJsonArray("kap19InfoList").size());
        assertEquals(0, body.getJsonArray("kap20InfoList").size());
        assertEquals(v.vedtakId(), body.getJsonArray("kap19InfoList").getJsonObject(0).getJsonNumber("vedtakId").longValue());
        JsonObject naa = hent(kap19, LocalDate.of(2030, 1, 1).toString()).json();
        assertEquals(1, naa.getJsonArray("kap19InfoList").size(), "only the running decision");
    }

    @Test
    void a_member_without_decisions_gets_five_empty_lists_and_a_non_member_is_404() {
        SyntetiskPensjon uten = PensjonData.pensjoner().stream().filter(s -> PensjonData.medlem(s, "3010") && s.vedtak().isEmpty())
                .findFirst().orElseThrow();
        JsonObject body = hent(uten, "2020-01-01").json();
        body.values().forEach(v -> assertEquals(0, v.asJsonArray().size()));
        SyntetiskPensjon annen = PensjonData.pensjoner().stream().filter(s -> !PensjonData.medlem(s, "3010") && !s.vedtak().isEmpty())
                .findFirst().orElseThrow();
        assertNavFeil(hent(annen, "2020-01-01"), 404);
        assertNavFeil(hent(token, PensjonData.personUtenPensjon().foedselsnummer(), "3010", UUID.randomUUID().toString(), "2020-01-01"), 404);
    }

    @Test
    void another_organisations_tp_nr_is_403_even_for_its_member() {
        SyntetiskPensjon medlem = PensjonData.pensjoner().stream().filter(s -> PensjonData.medlem(s, PensjonData.ANNEN_TPNR))
                .findFirst().orElseThrow();
        assertNavFeil(hent(token, medlem.ident(), PensjonData.ANNEN_TPNR, UUID.randomUUID().toString(), "2020-01-01"), 403);
        assertNavFeil(hent(token, begge.ident(), "9999", UUID.randomUUID().toString(), "2020-01-01"), 403);
    }

    @Test
    void both_scopes_work_and_others_are_403_no_token_401() {
        String legacy = NavHelseData.maskinporten("nav:pensjon/v1/vedtaksinformasjon");
        assertEquals(200, hent(legacy, begge.ident(), "3010", UUID.randomUUID().toString(), "2020-01-01").status());
        String feil = NavHelseData.maskinporten("nav:pensjon/v1/samordning");
        assertNavFeil(hent(feil, begge.ident(), "3010", UUID.randomUUID().toString(), "2020-01-01"), 403);
        assertNavFeil(Http.get(PATH + "?fom=2020-01-01", "fnr", begge.ident(), "tp-nr", "3010", "x-request-id", UUID.randomUUID().toString()), 401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fnr-mangler", "fnr-ugyldig", "tpnr-mangler", "tpnr-ugyldig", "request-id-mangler", "request-id-ugyldig",
        "fom-mangler", "fom-ugyldig"})
    void every_missing_or_malformed_header_and_fom_is_400(String feil) {
        String fnr = feil.equals("fnr-mangler") ? null : feil.equals("fnr-ugyldig") ? "12345678901" : begge.ident();
        String tp = feil.equals("tpnr-mangler") ? null : feil.equals("tpnr-ugyldig") ? "30x0" : "3010";
        String id = feil.equals("request-id-mangler") ? null : feil.equals("request-id-ugyldig") ? "abc" : UUID.randomUUID().toString();
        String fom = feil.equals("fom-mangler") ? null : feil.equals("fom-ugyldig") ? "01.01.2020" : "2020-01-01";
        Http.Response r = hent(token, fnr, tp, id, fom);
        assertNavFeil(r, 400);
        assertFalse(r.body().contains(begge.ident()), "the error never echoes the fnr");
    }

    @Test
    void every_disclosure_is_audited_and_a_refusal_is_not() {
        String sql = "select count(*) from audit_logg where subjekt = ? and tjeneste = 'nav:pensjon/vedtaksinformasjon'";
        long foer = NavHelseData.tall(sql, kap19.ident());
        Http.Response r = hent(kap19, "2020-01-01");
        assertEquals(200, r.status());
        assertEquals(foer + 1, NavHelseData.tall(sql, kap19.ident()));
        assertEquals(r.header("Korrelasjonsid"), NavHelseData.tekst("select korrelasjonsid from audit_logg where subjekt = ?"
                + " and tjeneste = 'nav:pensjon/vedtaksinformasjon' order by id desc limit 1", kap19.ident()).orElseThrow());
        assertEquals("kap19InfoList", NavHelseData.tekst("select kategorier from audit_logg where subjekt = ?"
                + " and tjeneste = 'nav:pensjon/vedtaksinformasjon' order by id desc limit 1", kap19.ident()).orElseThrow());
        hent(token, kap19.ident(), PensjonData.ANNEN_TPNR, UUID.randomUUID().toString(), "2020-01-01");
        assertEquals(foer + 1, NavHelseData.tall(sql, kap19.ident()));
    }
}

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
import java.util.function.Consumer;
import no.datadeling.domain.populasjon.AapGenerator;
import no.datadeling.domain.populasjon.SyntetiskAap;
import no.datadeling.infra.consent.Avvisning;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.launcher.DevTokens;
import no.datadeling.launcher.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Arbeid AAP with the consent rules of API-FACTS: nothing outside the consent period, missing dates default to it,
 * overlapping items returned whole but clipped to it, a range outside it is 403, nothing before 2010-03-01, an unknown
 * person gets an empty list; one audit row per disclosure.
 */
@Order(52)
@ExtendWith(DatadelingServer.class)
class NavArbeidAapIT {

    static final String SCOPE = "nav:arbeid/v1/aap";
    static SyntetiskAap aap;
    static String fnr;
    static String tilgang;
    /** Consent covering everything the person has. */
    static LocalDate fra;
    static LocalDate til;

    @BeforeAll
    static void setUp() {
        var pop = NavHelseData.pop();
        AapGenerator g = new AapGenerator(pop);
        List<SyntetiskAap> alle = new ArrayList<>();
        pop.forEachPerson(p -> g.aap(p).ifPresent(alle::add));
        aap = alle.stream().filter(a -> a.vedtak().size() == 2 && a.meldekort().size() > 20).findFirst().orElseThrow();
        fnr = aap.ident();
        fra = aap.vedtak().get(0).fom().minusYears(1);
        til = aap.vedtak().get(1).tom().plusYears(1);
        tilgang = NavHelseData.maskinporten(SCOPE);
    }

    static String samtykke(LocalDate fraOgMed, LocalDate tilOgMed, Consumer<DevTokens.Request> endring) {
        DevTokens.Request r = NavHelseData.altinn2(fnr, "5252_1");
        r.fraOgMed = fraOgMed;
        r.tilOgMed = tilOgMed;
        endring.accept(r);
        return NavHelseData.mint(IssuerKind.ALTINN, r);
    }

    static Http.Response hent(String hva, String query, String fnrHeader, String samtykke) {
        List<String> h = new ArrayList<>(List.of("Authorization", bearer(tilgang)));
        if (fnrHeader != null) {
            h.addAll(List.of("fnr", fnrHeader));
        }
        if (samtykke != null) {
            h.addAll(List.of("NAV-Samtykke-Token", samtykke));
        }
        return Http.get("arbeid/v1/aap/" + hva + query, h.toArray(String[]::new));
    }

    static JsonArray vedtak(String query, String samtykke) {
        Http.Response r = hent("vedtak", query, fnr, samtykke);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("vedtak");
    }

    static JsonArray meldekort(String query, String samtykke) {
        Http.Response r = hent("meldekort", query, fnr, samtykke);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("meldekort");
    }

    @Test
    void without_dates_everything_in_the_consent_period_is_returned_as_generated() {
        String s = samtykke(fra, til, r -> { });
        JsonArray v = vedtak("", s);
        assertEquals(2, v.size());
        for (int i = 0; i < 2; i++) {
            var forventet = aap.vedtak().get(i);
            JsonObject o = v.getJsonObject(i);
            assertEquals(List.of("vedtakId", "type", "status", "periode", "dagsats", "barnetillegg", "beregningsgrunnlag", "vedtaksdato"),
                    List.copyOf(o.keySet()));
            assertEquals(Long.toString(forventet.vedtakId()), o.getString("vedtakId"));
            assertEquals(forventet.type(), o.getString("type"));
            assertEquals(forventet.status(), o.getString("status"));
            assertEquals(forventet.fom().toString(), o.getJsonObject("periode").getString("fraOgMedDato"));
            assertEquals(forventet.tom().toString(), o.getJsonObject("periode").getString("tilOgMedDato"));
            assertEquals(forventet.dagsats(), o.getInt("dagsats"));
        }
        JsonArray m = meldekort("", s);
        assertEquals(aap.meldekort().size(), m.size());
        var forste = aap.meldekort().get(0);
        JsonObject o = m.getJsonObject(0);
        assertEquals(List.of("meldekortId", "periode", "status", "mottattDato", "dager"), List.copyOf(o.keySet()));
        assertEquals(14, o.getJsonArray("dager").size());
        for (int d = 0; d < 14; d++) {
            JsonObject dag = o.getJsonArray("dager").getJsonObject(d);
            assertEquals(forste.fom().plusDays(d).toString(), dag.getString("dato"));
            assertEquals(0, forste.timer().get(d).compareTo(dag.getJsonNumber("timerArbeidet").bigDecimalValue()));
        }
    }

    @Test
    void items_overlapping_the_range_are_returned_whole_but_clipped_to_the_consent_period() {
        var m = aap.meldekort().get(5);
        LocalDate kFra = m.fom().plusDays(3);   // consent begins inside meldekort 5
        String s = samtykke(kFra, til, r -> { });
        JsonArray v = vedtak("?fomDato=" + kFra.plusDays(1) + "&tomDato=" + kFra.plusDays(2), s);
        assertEquals(1, v.size());
        assertEquals(kFra.toString(), v.getJsonObject(0).getJsonObject("periode").getString("fraOgMedDato"), "clipped to the consent, not the range");
        assertEquals(aap.vedtak().get(0).tom().toString(), v.getJsonObject(0).getJsonObject("periode").getString("tilOgMedDato"), "whole");
        JsonArray mk = meldekort("?fomDato=" + kFra.plusDays(1) + "&tomDato=" + kFra.plusDays(2), s);
        assertEquals(1, mk.size());
        JsonObject o = mk.getJsonObject(0);
        assertEquals(Long.toString(m.meldekortId()), o.getString("meldekortId"));
        assertEquals(kFra.toString(), o.getJsonObject("periode").getString("fraOgMedDato"));
        assertEquals(m.tom().toString(), o.getJsonObject("periode").getString("tilOgMedDato"));
        assertEquals(11, o.getJsonArray("dager").size(), "the three days before the consent are left out");
        JsonArray standard = meldekort("", s);
        assertEquals(aap.meldekort().size() - 5, standard.size(), "missing dates = the consent period");
    }

    @Test
    void a_range_outside_the_consent_period_is_403() {
        String s = samtykke(fra, til, r -> { });
        Http.Response r = hent("vedtak", "?fomDato=" + fra.minusDays(1), fnr, s);
        assertNavFeil(r, 403);
        assertEquals(Avvisning.UTENFOR_PERIODE.kode(), r.json().getString("kode"));
        assertNavFeil(hent("meldekort", "?tomDato=" + til.plusDays(1), fnr, s), 403);
    }

    @Test
    void nothing_before_2010_03_01_and_an_unknown_person_gets_an_empty_list() {
        String s = samtykke(LocalDate.of(2005, 1, 1), LocalDate.of(2030, 12, 31), r -> { });
        assertEquals(0, vedtak("?fomDato=2005-01-01&tomDato=" + AapGenerator.TIDLIGST.minusDays(1), s).size());
        assertEquals(0, meldekort("?fomDato=2005-01-01&tomDato=" + AapGenerator.TIDLIGST.minusDays(1), s).size());
        var uten = NavHelseData.personer().stream().filter(p -> new AapGenerator(NavHelseData.pop()).aap(p).isEmpty()).findFirst().orElseThrow();
        DevTokens.Request r = NavHelseData.altinn2(uten.foedselsnummer(), "5252_3");
        r.fraOgMed = fra;
        r.tilOgMed = til;
        Http.Response svar = hent("vedtak", "", uten.foedselsnummer(), NavHelseData.mint(IssuerKind.ALTINN, r));
        assertEquals(200, svar.status(), svar.body());
        assertEquals(0, svar.json().getJsonArray("vedtak").size());
    }

    @Test
    void any_5252_edition_and_altinn_3_are_accepted_other_services_and_persons_are_not() {
        assertEquals(2, vedtak("", samtykke(fra, til, r -> r.services = new ArrayList<>(List.of("5252_7")))).size());
        Http.Response feil = hent("vedtak", "", fnr, samtykke(fra, til, r -> r.services = new ArrayList<>(List.of("4629_2"))));
        assertNavFeil(feil, 403);
        assertEquals(Avvisning.FEIL_TJENESTE.kode(), feil.json().getString("kode"));
        Http.Response annen = hent("vedtak", "", NavHelseData.personUtenNavData().foedselsnummer(), samtykke(fra, til, r -> { }));
        assertNavFeil(annen, 403);
        assertEquals(Avvisning.FEIL_PERSON.kode(), annen.json().getString("kode"));
        assertNavFeil(hent("vedtak", "", fnr, null), 403);
        DevTokens.Request a3 = TestTokens.maskinporten(SCOPE, Main.DEV_ORG);
        a3.consentFor = fnr;
        a3.fraOgMed = fra;
        a3.tilOgMed = til;
        Http.Response r3 = Http.get("arbeid/v1/aap/meldekort", "Authorization", bearer(NavHelseData.mint(IssuerKind.MASKINPORTEN, a3)), "fnr", fnr);
        assertEquals(200, r3.status(), r3.body());
        assertEquals(aap.meldekort().size(), r3.json().getJsonArray("meldekort").size());
    }

    @Test
    void each_disclosure_writes_one_audit_row_and_a_refusal_none() {
        String sql = "select count(*) from audit_logg where subjekt = ? and tjeneste = 'nav:arbeid/v1/aap'";
        long foer = NavHelseData.tall(sql, fnr);
        vedtak("", samtykke(fra, til, r -> { }));
        meldekort("", samtykke(fra, til, r -> { }));
        assertEquals(foer + 2, NavHelseData.tall(sql, fnr));
        hent("vedtak", "?fomDato=" + fra.minusDays(1), fnr, samtykke(fra, til, r -> { }));
        assertEquals(foer + 2, NavHelseData.tall(sql, fnr));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vedtak", "meldekort"})
    void bad_input_is_400_no_token_401_wrong_scope_403(String hva) {
        String s = samtykke(fra, til, r -> { });
        assertNavFeil(hent(hva, "", null, s), 400);
        Http.Response ugyldig = hent(hva, "", "12345678901", s);
        assertNavFeil(ugyldig, 400);
        assertFalse(ugyldig.body().contains("12345678901"));
        assertNavFeil(hent(hva, "?fomDato=01.01.2020", fnr, s), 400);
        assertNavFeil(hent(hva, "?tomDato=2020-13-01", fnr, s), 400);
        assertNavFeil(Http.get("arbeid/v1/aap/" + hva, "fnr", fnr), 401);
        assertNavFeil(Http.get("arbeid/v1/aap/" + hva, "Authorization", bearer(NavHelseData.maskinporten("nav:helse/v1/uforeopplysninger")),
                "fnr", fnr, "NAV-Samtykke-Token", s), 403);
        assertTrue(hent(hva, "", fnr, s).status() == 200);
    }
}

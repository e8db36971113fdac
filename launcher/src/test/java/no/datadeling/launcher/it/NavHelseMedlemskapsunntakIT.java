package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static no.datadeling.launcher.it.NavHelseData.assertNavFeil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import no.datadeling.domain.populasjon.SyntetiskMedlemskapsunntak;
import no.datadeling.launcher.it.NavHelseData.PersonMedUnntak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Helse Medlemskapsunntak: by person (header Nav-Personident) with every filter, and by periodeId. */
@Order(45)
@ExtendWith(DatadelingServer.class)
class NavHelseMedlemskapsunntakIT {

    static final String SCOPE = "nav:helse/v1/medlemskapsunntak";
    static final String BASE = "helse/v1/medlemskapsunntak";
    static String token;

    @BeforeAll
    static void setUp() {
        token = NavHelseData.maskinporten(SCOPE);
    }

    static Http.Response forPerson(String ident, String query) {
        return Http.get(BASE + query, "Authorization", bearer(token), "Nav-Personident", ident);
    }

    static JsonArray liste(String ident, String query) {
        Http.Response r = forPerson(ident, query);
        assertEquals(200, r.status(), r.body());
        return r.jsonStructure().asJsonArray();
    }

    static List<SyntetiskMedlemskapsunntak> sortert(List<SyntetiskMedlemskapsunntak> l, Predicate<SyntetiskMedlemskapsunntak> f) {
        return l.stream().filter(f).sorted(Comparator.comparing(SyntetiskMedlemskapsunntak::fraOgMed)
                .thenComparingLong(SyntetiskMedlemskapsunntak::unntakId)).toList();
    }

    static void sammenlign(SyntetiskMedlemskapsunntak m, JsonObject o) {
        assertEquals(m.unntakId(), o.getJsonNumber("unntakId").longValue());
        assertEquals(m.ident(), o.getString("ident"));
        assertEquals(m.fraOgMed().toString(), o.getString("fraOgMed"));
        assertEquals(m.tilOgMed().toString(), o.getString("tilOgMed"));
        assertEquals(m.status(), o.getString("status"));
        assertEquals(m.statusaarsak(), o.containsKey("statusaarsak") ? o.getString("statusaarsak") : null);
        assertEquals(m.dekning(), o.getString("dekning"));
        assertEquals(m.helsedel(), o.getBoolean("helsedel"));
        assertEquals(m.medlem(), o.getBoolean("medlem"));
        assertEquals(m.lovvalg(), o.getString("lovvalg"));
        assertEquals(m.lovvalgsland(), o.containsKey("lovvalgsland") ? o.getString("lovvalgsland") : null);
        assertEquals(m.grunnlag(), o.getString("grunnlag"));
        assertEquals(m.studie() != null, o.containsKey("studieinformasjon"));
        if (m.studie() != null) {
            assertEquals(m.studie().studieland(), o.getJsonObject("studieinformasjon").getString("studieland"));
        }
    }

    static void sammenlign(List<SyntetiskMedlemskapsunntak> forventet, JsonArray faktisk) {
        assertEquals(forventet.size(), faktisk.size(), faktisk.toString());
        for (int i = 0; i < forventet.size(); i++) {
            sammenlign(forventet.get(i), faktisk.getJsonObject(i));
        }
    }

    @Test
    void every_period_of_a_person_ordered_by_fra_og_med_without_sporingsinformasjon() {
        PersonMedUnntak p = NavHelseData.unntak(u -> u.unntak().size() == 2);
        JsonArray body = liste(p.person().foedselsnummer(), "");
        sammenlign(sortert(p.unntak(), m -> true), body);
        body.forEach(v -> assertFalse(v.asJsonObject().containsKey("sporingsinformasjon")));
    }

    @Test
    void a_sample_of_persons_matches_the_generator() {
        for (PersonMedUnntak p : NavHelseData.unntak().stream().filter(u -> u.person().nummer() % 37 == 0).limit(25).toList()) {
            sammenlign(sortert(p.unntak(), m -> true), liste(p.person().foedselsnummer(), ""));
        }
    }

    @Test
    void a_trailing_slash_and_a_d_nummer_work() {
        PersonMedUnntak p = NavHelseData.unntak(u -> u.person().erDNummer());
        sammenlign(sortert(p.unntak(), m -> true), liste(p.person().foedselsnummer(), "/"));
    }

    @Test
    void type_filters_on_medlem() {
        PersonMedUnntak p = NavHelseData.unntak(u -> u.unntak().stream().anyMatch(m -> m.medlem())
                && u.unntak().stream().anyMatch(m -> !m.medlem()));
        String fnr = p.person().foedselsnummer();
        sammenlign(sortert(p.unntak(), SyntetiskMedlemskapsunntak::medlem), liste(fnr, "?type=MED_MEDLEMSKAP"));
        sammenlign(sortert(p.unntak(), m -> !m.medlem()), liste(fnr, "?type=UTEN_MEDLEMSKAP"));
    }

    @Test
    void fra_og_med_and_til_og_med_keep_the_periods_that_touch_the_interval() {
        PersonMedUnntak p = NavHelseData.unntak(u -> u.unntak().size() == 2
                && !u.unntak().get(0).fraOgMed().equals(u.unntak().get(1).fraOgMed()));
        String fnr = p.person().foedselsnummer();
        SyntetiskMedlemskapsunntak en = p.unntak().get(0);
        LocalDate fra = en.tilOgMed();
        LocalDate til = en.tilOgMed().plusDays(10);
        sammenlign(sortert(p.unntak(), m -> !m.tilOgMed().isBefore(fra) && !m.fraOgMed().isAfter(til)),
                liste(fnr, "?fraOgMed=" + fra + "&tilOgMed=" + til));
        sammenlign(sortert(p.unntak(), m -> !m.tilOgMed().isBefore(en.tilOgMed().plusDays(1))),
                liste(fnr, "?fraOgMed=" + en.tilOgMed().plusDays(1)));
        sammenlign(sortert(p.unntak(), m -> !m.fraOgMed().isAfter(en.fraOgMed().minusDays(1))),
                liste(fnr, "?tilOgMed=" + en.fraOgMed().minusDays(1)));
    }

    @Test
    void statuser_as_repeated_and_comma_separated_values() {
        PersonMedUnntak p = NavHelseData.unntak(u -> u.unntak().stream().anyMatch(m -> !"GYLD".equals(m.status()))
                && u.unntak().stream().anyMatch(m -> "GYLD".equals(m.status())));
        String fnr = p.person().foedselsnummer();
        sammenlign(sortert(p.unntak(), m -> "GYLD".equals(m.status())), liste(fnr, "?statuser=GYLD"));
        sammenlign(sortert(p.unntak(), m -> !"GYLD".equals(m.status())), liste(fnr, "?statuser=AVST&statuser=UAVK"));
        sammenlign(sortert(p.unntak(), m -> true), liste(fnr, "?statuser=GYLD,AVST,UAVK"));
    }

    @Test
    void ekskluder_kilder_leaves_out_lanekassen() {
        PersonMedUnntak p = NavHelseData.unntak(u -> u.unntak().stream().anyMatch(m -> "LAANEKASSEN".equals(m.kilde())));
        String fnr = p.person().foedselsnummer();
        sammenlign(sortert(p.unntak(), m -> !"LAANEKASSEN".equals(m.kilde())), liste(fnr, "?ekskluderKilder=LAANEKASSEN"));
        sammenlign(sortert(p.unntak(), m -> true), liste(fnr, "?ekskluderKilder=AVGSYS"));
    }

    @Test
    void inkluder_sporingsinfo_adds_version_sources_and_times() {
        PersonMedUnntak p = NavHelseData.unntak(u -> u.unntak().stream().anyMatch(m -> m.versjon() > 0));
        SyntetiskMedlemskapsunntak m = p.unntak().stream().filter(x -> x.versjon() > 0).findFirst().orElseThrow();
        JsonObject o = liste(p.person().foedselsnummer(), "?inkluderSporingsinfo=true").stream().map(v -> v.asJsonObject())
                .filter(x -> x.getJsonNumber("unntakId").longValue() == m.unntakId()).findFirst().orElseThrow();
        JsonObject s = o.getJsonObject("sporingsinformasjon");
        assertEquals(m.versjon(), s.getInt("versjon"));
        assertEquals(m.kilde(), s.getString("kilde"));
        assertEquals(m.registrert().toString(), s.getString("registrert"));
        assertEquals(m.opprettetAv(), s.getString("opprettetAv"));
        assertEquals(m.sistEndretAv(), s.getString("sistEndretAv"));
        assertTrue(s.getString("sistEndret").compareTo(s.getString("opprettet")) > 0);
        assertFalse(liste(p.person().foedselsnummer(), "?inkluderSporingsinfo=false").getJsonObject(0).containsKey("sporingsinformasjon"));
    }

    @Test
    void the_feed_holds_one_event_per_version_of_a_period() {
        PersonMedUnntak p = NavHelseData.unntak(u -> u.unntak().stream().anyMatch(m -> m.versjon() >= 2));
        SyntetiskMedlemskapsunntak m = p.unntak().stream().filter(x -> x.versjon() >= 2).findFirst().orElseThrow();
        JsonObject o = Http.get(BASE + "/" + m.unntakId() + "?inkluderSporingsinfo=true", "Authorization", bearer(token)).json();
        long hendelser = NavHelseData.lastedeHendelser().stream().filter(h -> h.periodeId() == m.unntakId()).count();
        assertEquals(o.getJsonObject("sporingsinformasjon").getInt("versjon") + 1, hendelser);
    }

    @Test
    void by_periode_id() {
        PersonMedUnntak p = NavHelseData.unntak(u -> true);
        SyntetiskMedlemskapsunntak m = p.unntak().get(0);
        Http.Response r = Http.get(BASE + "/" + m.unntakId(), "Authorization", bearer(token));
        assertEquals(200, r.status(), r.body());
        sammenlign(m, r.json());
        assertFalse(r.json().containsKey("sporingsinformasjon"));
        assertTrue(Http.get(BASE + "/" + m.unntakId() + "?inkluderSporingsinfo=true", "Authorization", bearer(token)).json()
                .containsKey("sporingsinformasjon"));
    }

    @Test
    void unknown_periode_id_is_404_and_a_non_number_400() {
        assertNavFeil(Http.get(BASE + "/1", "Authorization", bearer(token)), 404);
        assertNavFeil(Http.get(BASE + "/abc", "Authorization", bearer(token)), 400);
        assertNavFeil(Http.get(BASE + "/20000000?inkluderSporingsinfo=ja", "Authorization", bearer(token)), 400);
    }

    @Test
    void a_person_without_periods_and_an_unknown_valid_number_give_an_empty_list() {
        assertEquals(0, liste(NavHelseData.personUtenNavData().foedselsnummer(), "").size());
        assertEquals(0, liste("30108299939", "").size());
    }

    @Test
    void missing_or_invalid_ident_is_400() {
        assertNavFeil(Http.get(BASE, "Authorization", bearer(token)), 400);
        assertNavFeil(forPerson("12345678901", ""), 400);
        assertNavFeil(forPerson("abc", ""), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?type=MEDLEM", "?fraOgMed=2024-13-01", "?tilOgMed=01.01.2024", "?fraOgMed=2025-01-01&tilOgMed=2024-01-01",
        "?statuser=GYLDIG", "?statuser=GYLD,XX", "?inkluderSporingsinfo=1"})
    void invalid_filters_are_400(String query) {
        assertNavFeil(forPerson(NavHelseData.unntak().get(0).person().foedselsnummer(), query), 400);
    }

    @Test
    void without_a_token_401_and_without_the_scope_403() {
        String fnr = NavHelseData.unntak().get(0).person().foedselsnummer();
        assertNavFeil(Http.get(BASE, "Nav-Personident", fnr), 401);
        assertNavFeil(Http.get(BASE, "Authorization", bearer(NavHelseData.maskinporten("nav:helse/v1/trygdehendelser")),
                "Nav-Personident", fnr), 403);
        assertNavFeil(Http.get(BASE + "/20000000", "Authorization", bearer(NavHelseData.maskinporten("nav:helse/v1/trygdehendelser"))), 403);
    }
}

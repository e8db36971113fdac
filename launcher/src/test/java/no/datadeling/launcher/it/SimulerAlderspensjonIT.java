package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import no.datadeling.domain.populasjon.OpptjeningGenerator;
import no.datadeling.domain.populasjon.Populasjon;
import no.datadeling.domain.populasjon.SyntetiskOpptjening;
import no.datadeling.domain.populasjon.SyntetiskUforesak;
import no.datadeling.domain.populasjon.UforeGenerator;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.launcher.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pensjon Simuler Alderspensjon v3 exactly as NAV's spec: a computed answer for each cohort group, every header, the
 * tp-nr ownership, and each 400 variant with the spec's {code, message} body.
 */
@Order(70)
@ExtendWith(DatadelingServer.class)
class SimulerAlderspensjonIT {

    static final String SCOPE = "nav:pensjon/v3/alderspensjon";
    static final String PATH = "simuler/alderspensjon/v3";
    static final String TPNR = "3010";
    static String token;
    static List<SyntetiskOpptjening> alle;
    static Map<String, SyntetiskUforesak> ufore;
    static String utenOpptjening;

    @BeforeAll
    static void setUp() {
        token = TestTokens.maskinportenToken(SCOPE);
        Populasjon pop = new Populasjon(DatadelingServer.server().population());
        OpptjeningGenerator g = new OpptjeningGenerator(pop);
        UforeGenerator u = new UforeGenerator(pop);
        alle = new ArrayList<>();
        ufore = new HashMap<>();
        List<String> unge = new ArrayList<>();
        pop.forEachPerson(p -> {
            g.opptjening(p).ifPresent(alle::add);
            u.uforesak(p).ifPresent(sak -> ufore.put(sak.ident(), sak));
            if (p.foedselsdato().getYear() > OpptjeningGenerator.SISTE_KULL && p.foedselsdato().getYear() < 2000) {
                unge.add(p.foedselsnummer());
            }
        });
        utenOpptjening = unge.get(0);
    }

    static SyntetiskOpptjening person(Predicate<SyntetiskOpptjening> krav) {
        return alle.stream().filter(krav).findFirst().orElseThrow(() -> new AssertionError("no such person in the population"));
    }

    static int kull(SyntetiskOpptjening o) {
        return o.foedselsdato().getYear();
    }

    /** Average income of the last 20 years in G, with G roughly 4 % higher a year (only to pick test persons). */
    static double snittIG(SyntetiskOpptjening o) {
        int[] inn = o.inntekter();
        int n = Math.min(20, inn.length);
        double sum = 0;
        for (int i = inn.length - n; i < inn.length; i++) {
            sum += inn[i] / (122_225 * Math.pow(1.039, o.foersteAar() + i - 2024));
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Born in [fra, til], earning well, without a running pension on the old rules. */
    static SyntetiskOpptjening vanlig(int fra, int til) {
        return person(o -> kull(o) >= fra && kull(o) <= til && snittIG(o) > 3.5
                && (o.lopendeUttakFom() == null || !o.lopendeUttakFom().isBefore(LocalDate.of(2011, 1, 1))));
    }

    /** The first day of the month after the birthday at that age. */
    static LocalDate ved(SyntetiskOpptjening o, int alder) {
        LocalDate d = o.foedselsdato().plusYears(alder);
        return d.getDayOfMonth() == 1 ? d : d.plusMonths(1).withDayOfMonth(1);
    }

    static String kropp(String fnr, LocalDate forste, int grad, LocalDate helt, String ekstra) {
        return "{\"fnr\":\"" + fnr + "\""
                + (forste == null ? "" : ",\"forsteUttak\":{\"datoFom\":\"" + forste + "T00:00:00\",\"grad\":" + grad + "}")
                + (helt == null ? "" : ",\"heltUttak\":{\"datoFom\":\"" + helt + "T00:00:00\",\"grad\":100}")
                + ",\"sivilstandVedPensjonering\":\"UGIF\",\"epsPensjon\":false,\"eps2G\":false" + ekstra + "}";
    }

    static Http.Response post(String body, String... headere) {
        return Http.send(HttpRequest.newBuilder(Http.uri(PATH)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"), headere);
    }

    static Http.Response simuler(String body, String... ekstraHeadere) {
        List<String> h = new ArrayList<>(List.of("Authorization", bearer(token), "tp-nr", TPNR));
        h.addAll(List.of(ekstraHeadere));
        return post(body, h.toArray(String[]::new));
    }

    static void assertAvslag(Http.Response r, String kode) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonObject b = r.json();
        assertEquals(Set.of("code", "message"), b.keySet(), "the spec's Error schema exactly");
        assertEquals(kode, b.getString("code"));
        assertFalse(b.getString("message").isBlank());
    }

    static int sum(JsonObject ap) {
        return ap.getJsonArray("delytelser").getValuesAs(JsonObject.class).stream().mapToInt(d -> d.getInt("belop")).sum();
    }

    @Test
    void mixed_cohort_full_withdrawal_at_67_is_computed() {
        SyntetiskOpptjening o = vanlig(1955, 1961);
        Http.Response r = simuler(kropp(o.ident(), ved(o, 67), 100, null, ""));
        assertEquals(200, r.status(), r.body());
        JsonObject b = r.json();
        JsonArray perioder = b.getJsonArray("pensjonsperioder");
        assertEquals(ved(o, 67).toString(), perioder.getJsonObject(0).getString("datoFom"));
        // yearly periods to the year one turns 77
        assertEquals(LocalDate.of(kull(o) + 77, 1, 1).toString(), perioder.getJsonObject(perioder.size() - 1).getString("datoFom"));
        JsonObject data = b.getJsonArray("simuleringsdataliste").getJsonObject(0);
        assertEquals(40, data.getInt("anvendtTrygdetid"));
        assertTrue(data.getJsonNumber("forholdstallUttak").doubleValue() > 0.9);
        assertTrue(data.getJsonNumber("delingstallUttak").doubleValue() > 10);
        JsonObject beholdning = b.getJsonArray("pensjonsbeholdningsperioder").getJsonObject(0);
        assertTrue(beholdning.getJsonNumber("pensjonsbeholdning").doubleValue() > 1_000_000, beholdning.toString());
        assertEquals("HOY", beholdning.getJsonObject("garantipensjonsniva").getString("satsType"));
        JsonArray ap = b.getJsonArray("alderspensjonFraFolketrygden");
        assertEquals(1, ap.size(), "without hentFullAPListe only the withdrawal date");
        JsonObject forste = ap.getJsonObject(0);
        assertEquals(100, forste.getInt("uttaksgrad"));
        List<String> typer = forste.getJsonArray("delytelser").getValuesAs(JsonObject.class).stream().map(d -> d.getString("pensjonstype")).toList();
        // kapittel 19 and 20 side by side, and the § 20-20 garantitillegg of the 1954–1962 cohorts
        assertEquals(List.of("GP", "TP", "PT", "MIN_NIVA_TILL_INDV", "IP", "GAP", "GAT"), typer);
        assertTrue(beholdning.getJsonNumber("garantitilleggsbeholdning").doubleValue() >= 0, beholdning.toString());
        assertEquals(perioder.getJsonObject(0).getInt("arligUtbetaling"), sum(forste));
        assertTrue(sum(forste) > 200_000, "a good earner: " + sum(forste));
        assertEquals(2024, b.getInt("sisteGyldigeOpptjeningsAr"));
    }

    @Test
    void each_cohort_group_gets_its_own_chapters() {
        SyntetiskOpptjening gammel = vanlig(1945, 1953);
        JsonObject b = simuler(kropp(gammel.ident(), ved(gammel, 67), 100, null, "")).json();
        assertEquals(0, b.getJsonArray("pensjonsbeholdningsperioder").size(), "kapittel 19 only: " + b);
        SyntetiskOpptjening ung = vanlig(1963, 1975);
        b = simuler(kropp(ung.ident(), ved(ung, 67), 100, null, "")).json();
        List<String> typer = b.getJsonArray("alderspensjonFraFolketrygden").getJsonObject(0).getJsonArray("delytelser")
                .getValuesAs(JsonObject.class).stream().map(d -> d.getString("pensjonstype")).toList();
        assertEquals(List.of("IP", "GAP"), typer);
    }

    @Test
    void garantitillegg_is_answered_where_the_2009_opptjening_was_worth_more_by_kapittel_19() {
        // a steady good earner born 1955–1962: the best-20-years rule on the years to 2009 beats 18.1 % of them
        SyntetiskOpptjening o = person(x -> kull(x) >= 1955 && kull(x) <= 1962 && snittIG(x) > 5
                && (x.lopendeUttakFom() == null || !x.lopendeUttakFom().isBefore(LocalDate.of(2011, 1, 1))));
        JsonObject b = simuler(kropp(o.ident(), ved(o, 67), 100, null, "")).json();
        JsonObject beholdning = b.getJsonArray("pensjonsbeholdningsperioder").getJsonObject(0);
        JsonObject data = b.getJsonArray("simuleringsdataliste").getJsonObject(0);
        int gat = b.getJsonArray("alderspensjonFraFolketrygden").getJsonObject(0).getJsonArray("delytelser")
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("pensjonstype").equals("GAT"))
                .findFirst().orElseThrow().getInt("belop");
        // GAT = kapittel 20's share x garantitilleggsbeholdning / delingstall
        double andel20 = (kull(o) - 1953) / 10.0;
        assertEquals(Math.round(andel20 * beholdning.getJsonNumber("garantitilleggsbeholdning").doubleValue()
                / data.getJsonNumber("delingstallUttak").doubleValue()), gat, 1, b.toString());
    }

    @Test
    void uforegradVedOmregning_is_the_degree_of_uforetrygd_at_67() {
        SyntetiskOpptjening u = person(o -> kull(o) >= 1954 && kull(o) <= 1962 && o.lopendeUttakFom() == null
                && snittIG(o) > 3.5 && uforegradDagenFoer(o, ved(o, 67)) > 0);
        JsonObject data = simuler(kropp(u.ident(), ved(u, 67), 100, null, "")).json()
                .getJsonArray("simuleringsdataliste").getJsonObject(0);
        assertEquals(uforegradDagenFoer(u, ved(u, 67)), data.getInt("uforegradVedOmregning"));
        SyntetiskOpptjening uten = person(o -> kull(o) >= 1955 && kull(o) <= 1961 && o.lopendeUttakFom() == null
                && snittIG(o) > 3.5 && !ufore.containsKey(o.ident()));
        assertEquals(0, simuler(kropp(uten.ident(), ved(uten, 67), 100, null, "")).json()
                .getJsonArray("simuleringsdataliste").getJsonObject(0).getInt("uforegradVedOmregning"));
    }

    /** The degree of a paid uføretrygd on the day before {@code dato} (0 without one), from the generator's own data. */
    static int uforegradDagenFoer(SyntetiskOpptjening o, LocalDate dato) {
        SyntetiskUforesak sak = ufore.get(o.ident());
        if (sak == null || !Set.of("LOPENDE", "OPPHORT", "EKSPORT").contains(sak.status())) {
            return 0;
        }
        LocalDate dag = dato.minusDays(1);
        return sak.beregningsperioder().stream().filter(p -> !dag.isBefore(p.fom()) && (p.tom() == null || !dag.isAfter(p.tom())))
                .mapToInt(SyntetiskUforesak.Beregningsperiode::uforegrad).findFirst().orElse(0);
    }

    @Test
    void a_later_withdrawal_pays_more_a_year() {
        SyntetiskOpptjening o = vanlig(1955, 1961);
        int ved67 = simuler(kropp(o.ident(), ved(o, 67), 100, null, "")).json().getJsonArray("pensjonsperioder").getJsonObject(0).getInt("arligUtbetaling");
        int ved70 = simuler(kropp(o.ident(), ved(o, 70), 100, null, "")).json().getJsonArray("pensjonsperioder").getJsonObject(0).getInt("arligUtbetaling");
        assertTrue(ved70 > ved67, ved67 + " at 67, " + ved70 + " at 70");
    }

    @Test
    void graded_withdrawal_and_hentFullAPListe() {
        SyntetiskOpptjening o = vanlig(1957, 1961);
        String body = kropp(o.ident(), ved(o, 66), 50, ved(o, 68), ",\"fremtidigInntektListe\":[{\"arligInntekt\":300000,\"fomDato\":\"2025-01-01T00:00:00\"}]");
        JsonObject kort = simuler(body).json();
        assertEquals(2, kort.getJsonArray("simuleringsdataliste").size());
        JsonArray ap = kort.getJsonArray("alderspensjonFraFolketrygden");
        assertEquals(2, ap.size(), kort.toString());
        assertEquals(50, ap.getJsonObject(0).getInt("uttaksgrad"));
        assertEquals(100, ap.getJsonObject(1).getInt("uttaksgrad"));
        assertTrue(sum(ap.getJsonObject(1)) > sum(ap.getJsonObject(0)));
        JsonObject full = simuler(body, "hentFullAPListe", "true").json();
        assertEquals(full.getJsonArray("pensjonsperioder").size(), full.getJsonArray("alderspensjonFraFolketrygden").size());
        assertTrue(full.getJsonArray("alderspensjonFraFolketrygden").size() > 2);
        assertEquals(2, simuler(body, "hentFullAPListe", "false").json().getJsonArray("alderspensjonFraFolketrygden").size());
        assertAvslag(simuler(body, "hentFullAPListe", "ja"), "Annet");
    }

    @Test
    void running_pension_without_forsteUttak() {
        SyntetiskOpptjening o = person(x -> x.lopendeUttakFom() != null && !x.lopendeUttakFom().isBefore(LocalDate.of(2011, 1, 1))
                && kull(x) >= 1943);
        JsonObject b = simuler(kropp(o.ident(), null, 0, null, "")).json();
        assertTrue(b.getBoolean("harUttak"));
        assertEquals(o.lopendeUttakFom().toString(), b.getJsonArray("pensjonsperioder").getJsonObject(0).getString("datoFom"));
        SyntetiskOpptjening uten = person(x -> x.lopendeUttakFom() == null && kull(x) >= 1943 && kull(x) <= 1962);
        assertAvslag(simuler(kropp(uten.ident(), null, 0, null, "")), "IkkelopendeYtelse");
    }

    @Test
    void the_400_variants() {
        SyntetiskOpptjening foer1943 = person(o -> kull(o) < 1943);
        assertAvslag(simuler(kropp(foer1943.ident(), LocalDate.of(2010, 1, 1), 100, null, "")), "FodtFor1943");
        SyntetiskOpptjening gammelt = person(o -> o.lopendeUttakFom() != null && o.lopendeUttakFom().isBefore(LocalDate.of(2011, 1, 1))
                && kull(o) >= 1943);
        assertAvslag(simuler(kropp(gammelt.ident(), null, 0, null, "")), "GammeltRegelverk");
        SyntetiskOpptjening vanlig = vanlig(1955, 1961);
        assertAvslag(simuler(kropp(vanlig.ident(), ved(vanlig, 67), 100, null, ",\"arIUtlandetEtter16\":48")), "KortTrygdetid");
        SyntetiskOpptjening lav = person(o -> kull(o) >= 1958 && kull(o) <= 1975 && snittIG(o) < 1.2
                && (o.lopendeUttakFom() == null || !o.lopendeUttakFom().isBefore(LocalDate.of(2011, 1, 1))));
        assertAvslag(simuler(kropp(lav.ident(), ved(lav, 62), 100, null, "")), "LavtTidligUttak");
        assertAvslag(simuler(kropp(vanlig.ident(), ved(vanlig, 67), 100, null, ",\"simulerMedAfpPrivat\":true")), "Annet");
    }

    @Test
    void a_bad_simulation_basis_is_SimuleringsGrunnlag() {
        SyntetiskOpptjening o = vanlig(1955, 1961);
        assertAvslag(simuler("{not json"), "SimuleringsGrunnlag");
        assertAvslag(simuler("[]"), "SimuleringsGrunnlag");
        assertAvslag(simuler("{\"forsteUttak\":{\"datoFom\":\"2030-01-01\",\"grad\":100}}"), "SimuleringsGrunnlag");
        assertAvslag(simuler(kropp("12345678901", ved(o, 67), 100, null, "")), "SimuleringsGrunnlag");
        assertAvslag(simuler(kropp(o.ident(), ved(o, 67), 30, null, "")), "SimuleringsGrunnlag");
        assertAvslag(simuler(kropp(o.ident(), ved(o, 67).plusDays(1), 100, null, "")), "SimuleringsGrunnlag");
        assertAvslag(simuler(kropp(o.ident(), ved(o, 61), 100, null, "")), "SimuleringsGrunnlag");
        assertAvslag(simuler(kropp(o.ident(), ved(o, 76), 100, null, "")), "SimuleringsGrunnlag");
        assertAvslag(simuler(kropp(o.ident(), ved(o, 66), 40, null, "")), "SimuleringsGrunnlag");
        assertAvslag(simuler(kropp(o.ident(), ved(o, 67), 100, null, ",\"arIUtlandetEtter16\":-1")), "SimuleringsGrunnlag");
        assertAvslag(simuler(kropp(o.ident(), ved(o, 67), 100, null, ",\"fremtidigInntektListe\":[{\"arligInntekt\":-5,\"fomDato\":\"2030-01-01\"}]")),
                "SimuleringsGrunnlag");
        assertAvslag(simuler(kropp(o.ident(), ved(o, 67), 100, null, "").replace("UGIF", "PARTNER")), "SimuleringsGrunnlag");
        // a person the opptjening register does not know (born after 1990)
        assertAvslag(simuler(kropp(utenOpptjening, LocalDate.of(2060, 1, 1), 100, null, "")), "SimuleringsGrunnlag");
    }

    @Test
    void headers_and_access() {
        SyntetiskOpptjening o = vanlig(1955, 1961);
        String body = kropp(o.ident(), ved(o, 67), 100, null, "");
        assertAvslag(post(body, "Authorization", bearer(token)), "Annet");
        assertAvslag(post(body, "Authorization", bearer(token), "tp-nr", "30"), "Annet");
        // another organisation's tp-nr, and one that does not exist: 403 in NAV's format
        NavHelseData.assertNavFeil(post(body, "Authorization", bearer(token), "tp-nr", "3100"), 403);
        NavHelseData.assertNavFeil(post(body, "Authorization", bearer(token), "tp-nr", "9999"), 403);
        // the owner of 3100 may use it
        String annenOrg = tpEier("3100");
        String annenToken = TestTokens.mint(IssuerKind.MASKINPORTEN, TestTokens.maskinporten(SCOPE, annenOrg));
        assertEquals(200, post(body, "Authorization", bearer(annenToken), "tp-nr", "3100").status());
        NavHelseData.assertNavFeil(post(body, "Authorization", bearer(annenToken), "tp-nr", TPNR), 403);
        NavHelseData.assertNavFeil(post(body, "tp-nr", TPNR), 401);
        NavHelseData.assertNavFeil(post(body, "Authorization", bearer(TestTokens.maskinportenToken("nav:helse/v1/trygdehendelser")),
                "tp-nr", TPNR), 403);
        assertEquals(Main.DEV_ORG, tpEier(TPNR));
    }

    /** The owner of a tp-nr in the loaded TP register (the generator's rule: the dev org owns 3010, synthetic ones 3100...). */
    static String tpEier(String tpnr) {
        try (var c = DatadelingServer.server().connectDatabase();
             var ps = c.prepareStatement("select organisasjonsnummer from tp_ordning where tpnr = ?")) {
            ps.setString(1, tpnr);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

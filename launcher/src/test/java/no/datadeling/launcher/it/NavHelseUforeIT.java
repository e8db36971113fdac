package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static no.datadeling.launcher.it.NavHelseData.assertNavFeil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import no.datadeling.domain.populasjon.SyntetiskUforesak;
import no.datadeling.infra.consent.Avvisning;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.launcher.DevTokens;
import no.datadeling.launcher.Main;
import no.datadeling.launcher.it.NavHelseData.PersonMedSak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Helse Uføreopplysninger exactly as NAV's spec: every 403 condition next to the same call with that one condition
 * fixed (which answers 200), every parameter, and one audit row per disclosure and none per refusal.
 */
@Order(50)
@ExtendWith(DatadelingServer.class)
class NavHelseUforeIT {

    static final String SCOPE = "nav:helse/v1/uforeopplysninger";
    static final String PATH = "dsop-ufo/uforeopplysninger";
    static final LocalDate FRA = LocalDate.of(2020, 1, 1);
    static final LocalDate TIL = LocalDate.of(2025, 12, 31);
    static PersonMedSak lopende;
    static String fnr;
    static String tilgang;

    @BeforeAll
    static void setUp() {
        lopende = NavHelseData.sak(s -> "LOPENDE".equals(s.sak().status()) && s.sak().beregningsperioder().size() >= 4
                && s.sak().forsteVirkningstidspunkt().isBefore(LocalDate.of(2021, 1, 1)));
        fnr = lopende.person().foedselsnummer();
        tilgang = NavHelseData.maskinporten(SCOPE);
    }

    /** The consent that works: Altinn 2, 5252_2, to our org, from the person, period 2020-2025, valid for months. */
    static DevTokens.Request samtykke(Consumer<DevTokens.Request> endring) {
        DevTokens.Request r = NavHelseData.altinn2(fnr, "5252_2");
        r.fraOgMed = FRA;
        r.tilOgMed = TIL;
        endring.accept(r);
        return r;
    }

    static String altinn2(Consumer<DevTokens.Request> endring) {
        return NavHelseData.mint(IssuerKind.ALTINN, samtykke(endring));
    }

    /** A Maskinporten token with scope and an Altinn 3 consent from the person, period 2020-2025. */
    static String altinn3(Consumer<DevTokens.Request> endring) {
        DevTokens.Request r = TestTokens.maskinporten(SCOPE, Main.DEV_ORG);
        r.consentFor = fnr;
        r.fraOgMed = FRA;
        r.tilOgMed = TIL;
        endring.accept(r);
        return NavHelseData.mint(IssuerKind.MASKINPORTEN, r);
    }

    static Http.Response hent(String query, String access, String fnrHeader, String samtykke) {
        List<String> h = new ArrayList<>(List.of("Authorization", bearer(access)));
        if (fnrHeader != null) {
            h.addAll(List.of("fnr", fnrHeader));
        }
        if (samtykke != null) {
            h.addAll(List.of("NAV-Samtykke-Token", samtykke));
        }
        return Http.get(PATH + query, h.toArray(String[]::new));
    }

    static long auditRader(Http.Response r) {
        return NavHelseData.tall("select count(*) from audit_logg where korrelasjonsid = ?", r.header("Korrelasjonsid"));
    }

    static void avvist(Http.Response r, Avvisning forventet) {
        assertNavFeil(r, 403);
        assertEquals(forventet.kode(), r.json().getString("kode"), r.body());
        assertEquals(forventet.melding(), r.json().getString("message"));
        assertEquals(0, auditRader(r), "a refusal discloses nothing and logs no disclosure");
    }

    static void ok(Http.Response r) {
        assertEquals(200, r.status(), r.body());
        assertEquals(1, auditRader(r), "one audit row per disclosure");
    }

    static void sammenlign(SyntetiskUforesak sak, LocalDate fom, LocalDate tom, JsonObject body) {
        assertEquals(Set.of("beregningsperioder", "forsteVirkningstidspunkt", "status"), body.keySet());
        assertEquals(sak.status(), body.getString("status"));
        assertEquals(sak.forsteVirkningstidspunkt().toString(), body.getString("forsteVirkningstidspunkt"));
        var forventet = sak.beregningsperioder().stream()
                .filter(b -> !b.fom().isAfter(tom) && (b.tom() == null || !b.tom().isBefore(fom))).toList();
        var perioder = body.getJsonArray("beregningsperioder");
        assertEquals(forventet.size(), perioder.size(), body.toString());
        for (int i = 0; i < forventet.size(); i++) {
            var b = forventet.get(i);
            JsonObject p = perioder.getJsonObject(i);
            assertEquals(b.fom().toString(), p.getString("fom"));
            assertEquals(b.tom() == null ? null : b.tom().toString(), p.containsKey("tom") ? p.getString("tom") : null);
            assertEquals(b.uforegrad(), p.getInt("uforegrad"));
            assertEquals(b.uforetidspunkt().toString(), p.getString("uforetidspunkt"));
            assertEquals(b.ifu(), p.getInt("ifu"));
            assertEquals(b.inntektBruktIAvkortingen(), p.getInt("inntektBruktIAvkortingen"));
            assertEquals(b.ferdiglignetInntekt(), p.getBoolean("ferdiglignetInntekt"));
            assertEquals(b.klagebehandles(), p.getBoolean("klagebehandles"));
        }
    }

    // ---- 200 -----------------------------------------------------------------------------------------------------

    @Test
    void altinn2_consent_gives_the_consent_period_by_default() {
        Http.Response r = hent("", tilgang, fnr, altinn2(c -> { }));
        ok(r);
        sammenlign(lopende.sak(), FRA, TIL, r.json());
        assertEquals("no-store", r.header("Cache-Control"));
    }

    @Test
    void service_code_5252_3_is_accepted_too() {
        ok(hent("", tilgang, fnr, altinn2(c -> c.services.set(0, "5252_3"))));
    }

    @Test
    void altinn3_consent_in_the_maskinporten_token_needs_no_header() {
        Http.Response r = hent("", altinn3(c -> { }), fnr, null);
        ok(r);
        sammenlign(lopende.sak(), FRA, TIL, r.json());
    }

    @Test
    void fom_and_tom_narrow_the_periods_and_a_missing_one_comes_from_the_consent() {
        LocalDate fom = LocalDate.of(2023, 6, 1);
        LocalDate tom = LocalDate.of(2024, 6, 30);
        Http.Response begge = hent("?fomDato=" + fom + "&tomDato=" + tom, tilgang, fnr, altinn2(c -> { }));
        ok(begge);
        sammenlign(lopende.sak(), fom, tom, begge.json());
        Http.Response bareFom = hent("?fomDato=" + fom, tilgang, fnr, altinn2(c -> { }));
        ok(bareFom);
        sammenlign(lopende.sak(), fom, TIL, bareFom.json());
        Http.Response bareTom = hent("?tomDato=" + tom, tilgang, fnr, altinn2(c -> { }));
        ok(bareTom);
        sammenlign(lopende.sak(), FRA, tom, bareTom.json());
        Http.Response kanter = hent("?fomDato=" + FRA + "&tomDato=" + TIL, tilgang, fnr, altinn2(c -> { }));
        ok(kanter);
    }

    @Test
    void a_person_without_a_case_is_ikke_sokt_and_still_logged() {
        String annen = NavHelseData.personUtenNavData().foedselsnummer();
        Http.Response r = hent("", tilgang, annen, NavHelseData.mint(IssuerKind.ALTINN, samtykke(c -> c.offeredBy = annen)));
        ok(r);
        assertEquals("IKKE_SOKT", r.json().getString("status"));
        assertFalse(r.json().containsKey("forsteVirkningstidspunkt"));
        assertEquals(0, r.json().getJsonArray("beregningsperioder").size());
        assertEquals("status", NavHelseData.tekst("select kategorier from audit_logg where korrelasjonsid = ?",
                r.header("Korrelasjonsid")).orElseThrow());
    }

    @Test
    void a_valid_number_nobody_has_is_ikke_sokt() {
        String ukjent = "30108299939";
        Http.Response r = hent("", tilgang, ukjent, NavHelseData.mint(IssuerKind.ALTINN, samtykke(c -> c.offeredBy = ukjent)));
        ok(r);
        assertEquals("IKKE_SOKT", r.json().getString("status"));
    }

    @Test
    void cases_without_decisions_have_no_periods() {
        for (String status : List.of("AVSLAG", "KLAGE_PA_AVSLAG", "REKONSTRUKSJON", "OPPHORT")) {
            PersonMedSak s = NavHelseData.sak(x -> status.equals(x.sak().status()));
            String id = s.person().foedselsnummer();
            Http.Response r = hent("", tilgang, id, NavHelseData.mint(IssuerKind.ALTINN, samtykke(c -> c.offeredBy = id)));
            ok(r);
            assertEquals(status, r.json().getString("status"));
            if (!"OPPHORT".equals(status)) {
                assertEquals(0, r.json().getJsonArray("beregningsperioder").size());
            }
        }
    }

    @Test
    void the_consent_header_may_be_base64_encoded_once_more() {
        String token = altinn2(c -> { });
        ok(hent("", tilgang, fnr, Base64.getEncoder().encodeToString(token.getBytes())));
    }

    @Test
    void an_id_porten_virksomhet_token_works_like_maskinporten() {
        DevTokens.Request r = TestTokens.maskinporten(SCOPE, Main.DEV_ORG);
        ok(hent("", NavHelseData.mint(IssuerKind.IDPORTEN, r), fnr, altinn2(c -> { })));
    }

    // ---- the audit row -------------------------------------------------------------------------------------------

    @Test
    void the_audit_row_names_who_whom_what_why_and_which_request_and_never_the_data() throws Exception {
        DevTokens.Request a = TestTokens.maskinporten(SCOPE, Main.DEV_ORG);
        a.supplier = "974760673";
        a.clientId = "klient-for-revisjon";
        String samtykke = altinn2(c -> { });
        Http.Response r = hent("", NavHelseData.mint(IssuerKind.MASKINPORTEN, a), fnr, samtykke);
        ok(r);
        String korr = r.header("Korrelasjonsid");
        String rad = NavHelseData.tekst("select concat_ws('|', tjeneste, subjekt, konsument, klient_id, leverandoer, kategorier, scope,"
                + " samtykke_id) from audit_logg where korrelasjonsid = ?", korr).orElseThrow();
        String samtykkeId = (String) com.nimbusds.jwt.SignedJWT.parse(samtykke).getJWTClaimsSet().getClaim("AuthorizationCode");
        assertEquals(String.join("|", SCOPE, fnr, Main.DEV_ORG, "klient-for-revisjon", "974760673",
                "status,forsteVirkningstidspunkt,beregningsperioder", SCOPE, samtykkeId), rad);
        assertTrue(NavHelseData.tall("select count(*) from audit_logg where korrelasjonsid = ? and tidspunkt > now() - interval '1 minute'",
                korr) == 1);
    }

    @Test
    void the_altinn3_consent_id_is_audited() throws Exception {
        String token = altinn3(c -> { });
        Http.Response r = hent("", token, fnr, null);
        ok(r);
        var details = (List<?>) com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getClaim("authorization_details");
        String id = (String) ((java.util.Map<?, ?>) details.get(0)).get("id");
        assertEquals(id, NavHelseData.tekst("select samtykke_id from audit_logg where korrelasjonsid = ?", r.header("Korrelasjonsid")).orElseThrow());
    }

    // ---- 403: every condition of the spec ------------------------------------------------------------------------

    @Test
    void missing_scope() {
        Http.Response r = hent("", NavHelseData.maskinporten("nav:helse/v1/medlemskapsunntak"), fnr, altinn2(c -> { }));
        assertNavFeil(r, 403);
        assertEquals(0, auditRader(r));
    }

    @Test
    void missing_consent() {
        avvist(hent("", tilgang, fnr, null), Avvisning.MANGLER);
        avvist(hent("", tilgang, fnr, "   "), Avvisning.MANGLER);
    }

    @Test
    void consent_not_issued_by_altinn() {
        DevTokens.Request fremmed = samtykke(c -> c.extraClaims.put("iss", "https://altinn.evil.example"));
        avvist(hent("", tilgang, fnr, NavHelseData.mint(IssuerKind.ALTINN, fremmed)), Avvisning.IKKE_FRA_ALTINN);
        // a Maskinporten token is no consent token, even with the right claims
        avvist(hent("", tilgang, fnr, NavHelseData.maskinporten(SCOPE)), Avvisning.IKKE_FRA_ALTINN);
        // an Altinn 3 consent only counts inside a Maskinporten token
        DevTokens.Request idporten = TestTokens.maskinporten(SCOPE, Main.DEV_ORG);
        idporten.consentFor = fnr;
        idporten.fraOgMed = FRA;
        idporten.tilOgMed = TIL;
        idporten.extraClaims.put("authorization_details", List.of(DevTokens.altinn3Consent(idporten)));
        avvist(hent("", NavHelseData.mint(IssuerKind.IDPORTEN, idporten), fnr, null), Avvisning.IKKE_FRA_ALTINN);
    }

    @Test
    void consent_token_that_is_forged_expired_or_garbage() throws Exception {
        String ekte = altinn2(c -> { });
        String[] deler = ekte.split("\\.");
        avvist(hent("", tilgang, fnr, deler[0] + "." + deler[1] + "." + deler[2].substring(0, 10) + "AAAA" + deler[2].substring(14)),
                Avvisning.UGYLDIG);
        avvist(hent("", tilgang, fnr, altinn2(c -> c.ttlSeconds = -120)), Avvisning.UGYLDIG);
        avvist(hent("", tilgang, fnr, "ikke-et-token"), Avvisning.UGYLDIG);
    }

    /** A consent is valid to the end of its ValidToDate in Norway: "today" is Oslo's date (23:30 UTC is tomorrow there). */
    @Test
    void expired_valid_to_date() {
        LocalDate iDag = LocalDate.now(ZoneId.of("Europe/Oslo"));
        avvist(hent("", tilgang, fnr, altinn2(c -> c.validTo = iDag.minusDays(1))), Avvisning.UTLOPT);
        ok(hent("", tilgang, fnr, altinn2(c -> c.validTo = iDag)));
        avvist(hent("", altinn3(c -> c.validTo = iDag.minusDays(1)), fnr, null), Avvisning.UTLOPT);
    }

    @Test
    void covered_by_is_not_the_tokens_consumer() {
        avvist(hent("", tilgang, fnr, altinn2(c -> c.coveredBy = "974760673")), Avvisning.FEIL_MOTTAKER);
        avvist(hent("", altinn3(c -> c.coveredBy = "974760673"), fnr, null), Avvisning.FEIL_MOTTAKER);
        // the other organisation with its own token is fine
        ok(hent("", NavHelseData.mint(IssuerKind.MASKINPORTEN, TestTokens.maskinporten(SCOPE, "974760673")), fnr,
                altinn2(c -> c.coveredBy = "974760673")));
    }

    @Test
    void offered_by_is_not_the_person_asked_about() {
        String annen = NavHelseData.personUtenNavData().foedselsnummer();
        avvist(hent("", tilgang, fnr, altinn2(c -> c.offeredBy = annen)), Avvisning.FEIL_PERSON);
        avvist(hent("", tilgang, annen, altinn2(c -> { })), Avvisning.FEIL_PERSON);
        avvist(hent("", altinn3(c -> c.consentFor = annen), fnr, null), Avvisning.FEIL_PERSON);
    }

    @Test
    void requested_period_outside_the_consent() {
        avvist(hent("?fomDato=2019-12-31", tilgang, fnr, altinn2(c -> { })), Avvisning.UTENFOR_PERIODE);
        avvist(hent("?tomDato=2026-01-01", tilgang, fnr, altinn2(c -> { })), Avvisning.UTENFOR_PERIODE);
        avvist(hent("?fomDato=2019-01-01&tomDato=2026-06-30", tilgang, fnr, altinn2(c -> { })), Avvisning.UTENFOR_PERIODE);
        avvist(hent("?fomDato=2026-02-01", tilgang, fnr, altinn2(c -> { })), Avvisning.UTENFOR_PERIODE);
        avvist(hent("?fomDato=2019-12-31", altinn3(c -> { }), fnr, null), Avvisning.UTENFOR_PERIODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5252_1", "5252_4", "4629_2", "5252"})
    void wrong_service_code(String kode) {
        avvist(hent("", tilgang, fnr, altinn2(c -> c.services.set(0, kode))), Avvisning.FEIL_TJENESTE);
    }

    @Test
    void wrong_altinn3_resource() {
        avvist(hent("", altinn3(c -> c.consentResource = "nav_samtykke_annet"), fnr, null), Avvisning.FEIL_TJENESTE);
    }

    @Test
    void consent_without_period_metadata() {
        avvist(hent("", tilgang, fnr, altinn2(c -> c.fraOgMed = null)), Avvisning.MANGLER_PERIODE);
        avvist(hent("", altinn3(c -> c.tilOgMed = null), fnr, null), Avvisning.MANGLER_PERIODE);
    }

    // ---- 400 and 401 -----------------------------------------------------------------------------------------------

    @Test
    void missing_or_invalid_fnr_is_400() {
        String samtykke = altinn2(c -> { });
        for (String f : new String[] {null, "", "12345678901", "0101011234", "abcdefghijk"}) {
            Http.Response r = hent("", tilgang, f, samtykke);
            assertNavFeil(r, 400);
            assertEquals(0, auditRader(r));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"?fomDato=01.01.2024", "?tomDato=2024-02-30", "?fomDato=x", "?fomDato=2025-01-01&tomDato=2024-01-01"})
    void invalid_dates_are_400(String query) {
        assertNavFeil(hent(query, tilgang, fnr, altinn2(c -> { })), 400);
    }

    @Test
    void without_a_valid_access_token_401() {
        assertNavFeil(Http.get(PATH, "fnr", fnr, "NAV-Samtykke-Token", altinn2(c -> { })), 401);
        // the consent token is not an access token
        assertNavFeil(hent("", altinn2(c -> { }), fnr, null), 401);
    }
}

package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static no.datadeling.launcher.it.Populasjonsdata.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import no.datadeling.domain.populasjon.SyntetiskArbeidsforhold;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.launcher.it.Populasjonsdata.Relasjon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Arbeidsforhold i oppdrag, as a client of Skatteetaten's API sees it: answers from real rows, every error code. */
@Order(10)
@ExtendWith(DatadelingServer.class)
class ArbeidsforholdIT {

    static final String SCOPE = "skatteetaten:arbeidsforhold";
    static final String XML_NS = "urn:no:skatteetaten:datasamarbeid:arbeidsforholdioppdrag:v1";
    static String token;

    @BeforeAll
    static void token() {
        token = TestTokens.maskinportenToken(SCOPE);
    }

    static Http.Response hent(String org, String fnr, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = bearer(token);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return Http.get(path(org, fnr), all);
    }

    static void assertFeil(Http.Response r, int status, String kode) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonObject body = r.json();
        assertEquals(kode, body.getString("kode"));
        assertFalse(body.getString("melding").isBlank());
        assertEquals(r.header("Korrelasjonsid"), body.getString("korrelasjonsid"));
    }

    @Test
    void returns_every_period_of_the_relation_as_json() {
        Relasjon rel = Populasjonsdata.relasjon(r -> r.perioder().size() >= 3);
        Http.Response r = hent(rel.oppdragsgiver(), rel.person().foedselsnummer());
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"));
        JsonObject body = r.json();
        assertEquals(rel.aktivIdag() ? "JA" : "NEI", body.getString("aktiv"));
        var perioder = body.getJsonArray("perioder");
        assertEquals(rel.perioder().size(), perioder.size());
        for (int i = 0; i < perioder.size(); i++) {
            SyntetiskArbeidsforhold expected = rel.perioder().get(i);
            JsonObject p = perioder.getJsonObject(i);
            assertEquals(expected.startdato().toString(), p.getString("startdato"));
            if (expected.sluttdato() != null) {
                assertEquals(expected.sluttdato().toString(), p.getString("sluttdato"));
            }
        }
        assertEquals("no-store", r.header("Cache-Control"));
    }

    @Test
    void ongoing_relation_is_aktiv_and_its_open_period_has_no_sluttdato() {
        Relasjon rel = Populasjonsdata.relasjon(r -> r.perioder().size() == 1 && r.perioder().get(0).sluttdato() == null
                && r.aktivIdag());
        JsonObject body = hent(rel.oppdragsgiver(), rel.person().foedselsnummer()).json();
        assertEquals("JA", body.getString("aktiv"));
        JsonObject periode = body.getJsonArray("perioder").getJsonObject(0);
        assertEquals(rel.perioder().get(0).startdato().toString(), periode.getString("startdato"));
        assertFalse(periode.containsKey("sluttdato"), "an ongoing period has no sluttdato: " + periode);
    }

    @Test
    void ended_relation_is_not_aktiv() {
        Relasjon rel = Populasjonsdata.relasjon(r -> !r.aktivIdag() && r.perioder().stream().allMatch(p -> p.sluttdato() != null));
        JsonObject body = hent(rel.oppdragsgiver(), rel.person().foedselsnummer()).json();
        assertEquals("NEI", body.getString("aktiv"));
    }

    @Test
    void answers_in_xml_on_accept_application_xml() throws Exception {
        Relasjon rel = Populasjonsdata.relasjon(r -> r.perioder().size() >= 2);
        Http.Response r = hent(rel.oppdragsgiver(), rel.person().foedselsnummer(), "Accept", "application/xml");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/xml"), r.contentType());
        Document doc = parse(r.body());
        Element root = doc.getDocumentElement();
        assertEquals("arbeidsforhold", root.getLocalName());
        assertEquals(XML_NS, root.getNamespaceURI());
        assertEquals(rel.aktivIdag() ? "JA" : "NEI", root.getElementsByTagNameNS(XML_NS, "aktiv").item(0).getTextContent());
        NodeList starts = root.getElementsByTagNameNS(XML_NS, "startdato");
        assertEquals(rel.perioder().size(), starts.getLength());
        assertEquals(rel.perioder().get(0).startdato().toString(), starts.item(0).getTextContent());
    }

    @Test
    void looks_up_an_arbeidstaker_by_d_nummer() {
        Relasjon rel = Populasjonsdata.relasjon(r -> r.person().erDNummer());
        Http.Response r = hent(rel.oppdragsgiver(), rel.person().foedselsnummer());
        assertEquals(200, r.status(), r.body());
        assertEquals(rel.perioder().size(), r.json().getJsonArray("perioder").size());
    }

    @Test
    void returns_007_when_the_two_have_no_relation() {
        Relasjon rel = Populasjonsdata.relasjoner().get(0);
        var annen = Populasjonsdata.personUtenRelasjonTil(rel.oppdragsgiver()).orElseThrow();
        assertFeil(hent(rel.oppdragsgiver(), annen.foedselsnummer()), 404, "ARBEIDSFORHOLD-007");
    }

    @ParameterizedTest
    @ValueSource(strings = {"30108299939", "30908299902", "55102499947"})
    void accepts_numbers_issued_under_the_2032_rule(String fnr) {
        // valid identity numbers nobody in the population has: not a 400, a 404 "no relation"
        assertFeil(hent(Populasjonsdata.relasjoner().get(0).oppdragsgiver(), fnr), 404, "ARBEIDSFORHOLD-007");
    }

    @ParameterizedTest
    @ValueSource(strings = {"889640783", "88964078", "8896407820", "88964078A", "000000001"})
    void returns_006_for_an_invalid_organisasjonsnummer(String orgnr) {
        assertFeil(hent(orgnr, Populasjonsdata.relasjoner().get(0).person().foedselsnummer()), 400, "ARBEIDSFORHOLD-006");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20036914712", "29020105729", "2003691470", "200369147000", "2003691470X", "00000000000"})
    void returns_006_for_an_invalid_foedselsnummer(String fnr) {
        assertFeil(hent(Populasjonsdata.relasjoner().get(0).oppdragsgiver(), fnr), 400, "ARBEIDSFORHOLD-006");
    }

    @Test
    void returns_004_without_a_token() {
        Relasjon rel = Populasjonsdata.relasjoner().get(0);
        Http.Response r = Http.get(path(rel.oppdragsgiver(), rel.person().foedselsnummer()));
        assertFeil(r, 401, "ARBEIDSFORHOLD-004");
        assertTrue(r.header("WWW-Authenticate").startsWith("Bearer"));
    }

    @Test
    void returns_005_for_a_token_without_the_scope() {
        Relasjon rel = Populasjonsdata.relasjoner().get(0);
        String other = TestTokens.maskinportenToken("skatteetaten:inntekt");
        assertFeil(Http.get(path(rel.oppdragsgiver(), rel.person().foedselsnummer()), "Authorization", bearer(other)),
                403, "ARBEIDSFORHOLD-005");
    }

    @Test
    void returns_005_when_the_organisation_has_no_grant_and_200_once_granted_and_005_again_when_revoked() throws Exception {
        String org = "974760673";
        Relasjon rel = Populasjonsdata.relasjoner().get(0);
        String tokenForOrg = TestTokens.mint(IssuerKind.MASKINPORTEN, TestTokens.maskinporten(SCOPE, org));
        String p = path(rel.oppdragsgiver(), rel.person().foedselsnummer());
        assertFeil(Http.get(p, "Authorization", bearer(tokenForOrg)), 403, "ARBEIDSFORHOLD-005");
        try (Connection c = DatadelingServer.server().connectDatabase()) {
            grant(c, "insert into rettighetspakke_tilgang (organisasjonsnummer, rettighetspakke, kilde) values (?, ?, 'test')", org);
            assertEquals(200, Http.get(p, "Authorization", bearer(tokenForOrg)).status());
            grant(c, "delete from rettighetspakke_tilgang where organisasjonsnummer = ? and rettighetspakke = ?", org);
        }
        assertFeil(Http.get(p, "Authorization", bearer(tokenForOrg)), 403, "ARBEIDSFORHOLD-005");
    }

    private static void grant(Connection c, String sql, String org) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, org);
            ps.setString(2, "arbeidstilsynetHmsKort");
            ps.executeUpdate();
        }
    }

    @Test
    void returns_003_for_an_unknown_url_below_the_base_path() {
        assertFeil(Http.get("arbeidsforholdioppdrag/v1/arbeidstilsynetHmsKort/ukjent", "Authorization", bearer(token)),
                404, "ARBEIDSFORHOLD-003");
        assertFeil(Http.get("arbeidsforholdioppdrag/v2/noe"), 404, "ARBEIDSFORHOLD-003");
    }

    @Test
    void returns_003_for_an_unknown_rettighetspakke() {
        Relasjon rel = Populasjonsdata.relasjoner().get(0);
        assertFeil(Http.get("arbeidsforholdioppdrag/v1/nav/oppdragsgiver/" + rel.oppdragsgiver() + "/arbeidstaker/"
                + rel.person().foedselsnummer(), "Authorization", bearer(token)), 404, "ARBEIDSFORHOLD-003");
    }

    @Test
    void returns_405_with_its_code_for_a_wrong_method() {
        Relasjon rel = Populasjonsdata.relasjoner().get(0);
        Http.Response r = Http.send(HttpRequest.newBuilder(Http.uri(path(rel.oppdragsgiver(), rel.person().foedselsnummer())))
                .DELETE(), "Authorization", bearer(token));
        assertFeil(r, 405, "ARBEIDSFORHOLD-003");
        assertTrue(r.header("Allow").contains("GET"), r.header("Allow"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "application/pdf", "text/plain"})
    void returns_008_for_an_unsupported_accept(String accept) {
        Relasjon rel = Populasjonsdata.relasjoner().get(0);
        assertFeil(hent(rel.oppdragsgiver(), rel.person().foedselsnummer(), "Accept", accept), 406, "ARBEIDSFORHOLD-008");
    }

    @Test
    void error_body_is_xml_when_the_client_asks_for_xml() throws Exception {
        Http.Response r = hent("889640783", Populasjonsdata.relasjoner().get(0).person().foedselsnummer(), "Accept", "application/xml");
        assertEquals(400, r.status());
        assertTrue(r.contentType().startsWith("application/xml"), r.contentType());
        Element feil = parse(r.body()).getDocumentElement();
        String ns = "urn:no:skatteetaten:datasamarbeid:feil:v1";
        assertEquals("feil", feil.getLocalName());
        assertEquals(ns, feil.getNamespaceURI());
        assertEquals("ARBEIDSFORHOLD-006", feil.getElementsByTagNameNS(ns, "kode").item(0).getTextContent());
        assertNotNull(feil.getElementsByTagNameNS(ns, "melding").item(0));
        assertEquals(r.header("Korrelasjonsid"), feil.getElementsByTagNameNS(ns, "korrelasjonsid").item(0).getTextContent());
    }

    @Test
    void each_call_gets_its_own_korrelasjonsid() {
        Relasjon rel = Populasjonsdata.relasjoner().get(0);
        String a = hent(rel.oppdragsgiver(), rel.person().foedselsnummer()).header("Korrelasjonsid");
        String b = hent(rel.oppdragsgiver(), rel.person().foedselsnummer()).header("Korrelasjonsid");
        assertNotNull(a);
        assertFalse(a.equals(b));
    }

    @Test
    void every_relation_of_a_sample_matches_the_generator() {
        List<Relasjon> sample = Populasjonsdata.relasjoner().stream().filter(r -> r.person().nummer() % 97 == 0).limit(40).toList();
        for (Relasjon rel : sample) {
            JsonObject body = hent(rel.oppdragsgiver(), rel.person().foedselsnummer()).json();
            assertEquals(rel.perioder().size(), body.getJsonArray("perioder").size(), rel.toString());
            assertEquals(rel.aktivIdag() ? "JA" : "NEI", body.getString("aktiv"));
        }
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}

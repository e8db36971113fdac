package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Freg.FIN;
import static no.datadeling.launcher.it.Freg.OMH;
import static no.datadeling.launcher.it.Freg.OUH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import no.datadeling.infra.ident.Organisasjonsnummer;
import no.datadeling.infra.security.IssuerKind;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error status of the seed (400, 401, 403, 404, 406; 429 and 500 have their own classes) in FREG's format, and the XSD. */
@Order(45)
@ExtendWith(DatadelingServer.class)
class FolkeregisterFeilIT {

    static String fnr() {
        return Folkeregisterdata.personer().keySet().iterator().next();
    }

    @Test
    void serves_our_xsd_in_every_package() throws Exception {
        byte[] forventet;
        try (InputStream in = getClass().getResourceAsStream("/xsd/folkeregisterperson.xsd")) {
            forventet = in.readAllBytes();
        }
        for (String pakke : Freg.PAKKER) {
            Http.Response r = Freg.get(pakke, "xsd", null);
            Freg.assertOk(r, "application/xml");
            assertArrayEquals(forventet, r.body().getBytes(StandardCharsets.UTF_8));
        }
        Freg.assertFeil(Http.get(Freg.sti(OMH, "xsd")), 401, "FREG-004");
    }

    @Test
    void returns_401_without_or_with_a_bad_token() {
        Http.Response r = Http.get(Freg.sti(OMH, fnr()));
        Freg.assertFeil(r, 401, "FREG-004");
        assertTrue(r.header("WWW-Authenticate").startsWith("Bearer"));
        Freg.assertFeil(Http.get(Freg.sti(OUH, fnr()), "Authorization", "Bearer not.a.token"), 401, "FREG-004");
        Freg.assertFeil(Http.send(HttpRequest.newBuilder(Http.uri(Freg.sti(OMH, "bulkoppslag"))).POST(HttpRequest.BodyPublishers.ofString("{}")),
                "Content-Type", "application/json"), 401, "FREG-004");
    }

    @Test
    void returns_403_for_a_token_without_the_packages_own_scope() {
        Freg.assertFeil(Http.get(Freg.sti(OMH, fnr()), "Authorization", Http.bearer(TestTokens.maskinportenToken("skatteetaten:arbeidsforhold"))),
                403, "FREG-005");
        // a Folkeregisteret scope, but another package's
        Freg.assertFeil(Http.get(Freg.sti(OMH, fnr()), "Authorization", Freg.token(FIN)), 403, "FREG-005");
        Freg.assertFeil(Http.get(Freg.sti(FIN, fnr()), "Authorization", Freg.token(OUH)), 403, "FREG-005");
        Freg.assertFeil(Http.get(Freg.sti(OUH, fnr()), "Authorization",
                Http.bearer(TestTokens.maskinportenToken("folkeregister:deling/offentligmedhjemmel2"))), 403, "FREG-005");
    }

    @Test
    void returns_403_without_a_grant_of_the_package_and_200_once_granted() throws Exception {
        String org = Organisasjonsnummer.withCheckDigit("92468135").orElseThrow();
        String token = Http.bearer(TestTokens.mint(IssuerKind.MASKINPORTEN, TestTokens.maskinporten(Freg.SCOPE.get(FIN), org)));
        Freg.assertFeil(Http.get(Freg.sti(FIN, fnr()), "Authorization", token), 403, "FREG-005");
        // the grant is read with the document: without it, whether the person or version exists is not told either
        Freg.assertFeil(Http.get(Freg.sti(FIN, "20036914700"), "Authorization", token), 403, "FREG-005");
        String versjon = Folkeregisterdata.personer().values().iterator().next().gjeldende().persondokumentidentifikator();
        Freg.assertFeil(Http.get(Freg.sti(FIN, "arkiv/" + versjon), "Authorization", token), 403, "FREG-005");
        Freg.assertFeil(Http.get(Freg.sti(FIN, "arkiv/" + "0".repeat(32)), "Authorization", token), 403, "FREG-005");
        try (Connection c = DatadelingServer.server().connectDatabase()) {
            endre(c, "insert into rettighetspakke_tilgang (organisasjonsnummer, rettighetspakke, kilde) values (?, ?, 'test')", org, FIN);
            assertEquals(200, Http.get(Freg.sti(FIN, fnr()), "Authorization", token).status());
            assertEquals(200, Http.get(Freg.sti(FIN, "arkiv/" + versjon), "Authorization", token).status());
            Freg.assertFeil(Http.get(Freg.sti(FIN, "20036914700"), "Authorization", token), 404, "FREG-007");
            // a grant of another package does not help
            endre(c, "delete from rettighetspakke_tilgang where organisasjonsnummer = ? and rettighetspakke = ?", org, FIN);
            endre(c, "insert into rettighetspakke_tilgang (organisasjonsnummer, rettighetspakke, kilde) values (?, ?, 'test')", org, OUH);
            Freg.assertFeil(Http.get(Freg.sti(FIN, fnr()), "Authorization", token), 403, "FREG-005");
            endre(c, "delete from rettighetspakke_tilgang where organisasjonsnummer = ? and rettighetspakke = ?", org, OUH);
        }
    }

    static void endre(Connection c, String sql, String org, String pakke) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, org);
            ps.setString(2, pakke);
            ps.executeUpdate();
        }
    }

    @Test
    void returns_404_for_unknown_urls_packages_and_persons() {
        Freg.assertFeil(Http.get("folkeregisteret/privat/api/v1/personer/" + fnr(), "Authorization", Freg.token(OMH)), 404, "FREG-003");
        Freg.assertFeil(Http.get("folkeregisteret/offentlig-med-hjemmel/api/v2/personer/" + fnr(), "Authorization", Freg.token(OMH)), 404, "FREG-003");
        Freg.assertFeil(Http.get("folkeregisteret/offentlig-med-hjemmel/api/v1/hendelser/feed"), 404, "FREG-003");
        Freg.assertFeil(Freg.get(OMH, "20036914700", null), 404, "FREG-007");
        Freg.assertFeil(Freg.get(OMH, "30108299939", null), 404, "FREG-007");
    }

    @Test
    void returns_405_for_a_wrong_method() {
        Http.Response r = Http.send(HttpRequest.newBuilder(Http.uri(Freg.sti(OMH, fnr()))).DELETE(), "Authorization", Freg.token(OMH));
        Freg.assertFeil(r, 405, "FREG-003");
        assertTrue(r.header("Allow").contains("GET"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20036914712", "2003691470", "200369147000", "2003691470X", "00000000000"})
    void returns_400_for_a_malformed_identity_number(String nr) {
        for (String pakke : Freg.PAKKER) {
            Freg.assertFeil(Freg.get(pakke, nr, null), 400, "FREG-006");
        }
    }

    @Test
    void returns_400_for_an_unknown_part() {
        Freg.assertFeil(Freg.get(OMH, fnr(), null, "hobby"), 400, "FREG-006");
        Freg.assertFeil(Freg.get(OUH, fnr(), null, "status", "Navn"), 400, "FREG-006");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "application/pdf", "text/xml", "application/json;q=0"})
    void returns_406_for_an_accept_that_is_neither_json_nor_xml(String accept) {
        Freg.assertFeil(Freg.get(OMH, fnr(), accept), 406, "FREG-008");
        Freg.assertFeil(Freg.get(OMH, "xsd", accept), 406, "FREG-008");
    }

    @Test
    void answers_errors_in_xml_valid_against_our_xsd_when_the_client_prefers_xml() throws Exception {
        Http.Response r = Freg.get(OMH, "20036914712", "application/xml");
        assertEquals(400, r.status());
        assertTrue(r.contentType().startsWith("application/xml"));
        Freg.xsd().newValidator().validate(new StreamSource(new StringReader(r.body())));
        assertTrue(r.body().contains("<kode>FREG-006</kode>"), r.body());
        for (String pakke : List.of(OUH, FIN)) {
            assertEquals(404, Freg.get(pakke, "20036914700", "application/xml").status());
        }
    }
}

package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Verktoydata.VEILEDNING;
import static no.datadeling.launcher.it.Verktoydata.assertFeil;
import static no.datadeling.launcher.it.Verktoydata.helseid;
import static no.datadeling.launcher.it.Verktoydata.put;
import static no.datadeling.launcher.it.Verktoydata.tekst;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import no.datadeling.domain.populasjon.SyntetiskVeiledningstjeneste;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Veiledningstjeneste: the owner updates Telefon, Url and Apningstider; the id comes from the URL. */
@Order(44)
@ExtendWith(DatadelingServer.class)
class VerktoyVeiledningstjenesteIT {

    static final String PATH = "verktoy/v1/Veiledningstjeneste/";

    static SyntetiskVeiledningstjeneste tjeneste(int i) {
        return Verktoydata.katalog().veiledningstjenester().get(i);
    }

    static String body(String id, String telefon, String url, String apningstider) {
        return "{\"Id\":\"" + id + "\",\"Telefon\":\"" + telefon + "\",\"Url\":\"" + url + "\",\"Apningstider\":" + apningstider + "}";
    }

    @Test
    void updates_the_service_named_by_the_url_and_ignores_the_bodys_id() throws Exception {
        SyntetiskVeiledningstjeneste t = tjeneste(0);
        String annenId = tjeneste(1).id().toString();
        Http.Response r = put(PATH + t.id(), helseid(VEILEDNING, t.organisasjonsnummer()),
                body(annenId, "+47 22 33 44 55", "https://hjelp.example/ny", "[3,1,1]"));
        assertEquals(200, r.status(), r.body());
        JsonObject o = r.json();
        assertEquals(t.id().toString(), o.getString("Id"));
        assertEquals("+4722334455", o.getString("Telefon"));
        assertEquals("https://hjelp.example/ny", o.getString("Url"));
        assertEquals(List.of(1, 3), o.getJsonArray("Apningstider").getValuesAs(jakarta.json.JsonNumber::intValue));
        assertEquals("+4722334455|https://hjelp.example/ny|{1,3}", tekst("select telefon || '|' || url || '|' || apningstider::text"
                + " from verktoy_veiledningstjeneste where veiledningstjeneste_id = ?", t.id()));
        // the other service, named only in the body, is untouched
        assertEquals(tjeneste(1).telefon(), tekst("select telefon from verktoy_veiledningstjeneste where veiledningstjeneste_id = ?",
                tjeneste(1).id()));
    }

    @Test
    void validation_errors() {
        SyntetiskVeiledningstjeneste t = tjeneste(2);
        String tok = helseid(VEILEDNING, t.organisasjonsnummer());
        String path = PATH + t.id();
        assertFeil(put(path, tok, "null"), 400, "VER-000202");
        assertFeil(put(path, tok, "ikke json"), 400, "VER-000202");
        assertFeil(put(path, tok, body("x", "123", "https://hjelp.example", "[1]")), 400, "HTTP-400");
        assertFeil(put(path, tok, body("x", "22334455", "ftp://hjelp.example", "[1]")), 400, "HTTP-400");
        assertFeil(put(path, tok, body("x", "22334455", "https://hjelp.example", "[]")), 400, "HTTP-400");
        assertFeil(put(path, tok, body("x", "22334455", "https://hjelp.example", "[1,6]")), 400, "VER-000204");
        assertFeil(put(PATH + "ikke-guid", tok, body("x", "22334455", "https://hjelp.example", "[1]")), 400, "VER-000209");
        assertFeil(put(PATH + UUID.randomUUID(), tok, body("x", "22334455", "https://hjelp.example", "[1]")), 404, "HTTP-404");
    }

    @Test
    void only_the_owner_with_the_admin_scope_may_update() throws Exception {
        SyntetiskVeiledningstjeneste t = tjeneste(3);
        String b = body("x", "22334455", "https://hjelp.example/annen", "[5]");
        assertFeil(put(PATH + t.id(), helseid(VEILEDNING, tjeneste(4).organisasjonsnummer()), b), 403, "HTTP-403");
        assertFeil(put(PATH + t.id(), helseid(Verktoydata.KATALOG, t.organisasjonsnummer()), b), 403, "HTTP-403");
        assertEquals(t.url(), tekst("select url from verktoy_veiledningstjeneste where veiledningstjeneste_id = ?", t.id()));
    }
}

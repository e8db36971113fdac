package no.datadeling.verktoy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import no.datadeling.infra.error.ApiException;
import org.junit.jupiter.api.Test;

class VeiledningstjenesteValideringTest {

    static String kode(String body) {
        ApiException e = assertThrows(ApiException.class, () -> VeiledningstjenesteService.valider(JsonKropp.les(body)));
        return e.code().orElse("HTTP-" + e.status());
    }

    @Test
    void norwegian_phone_numbers_are_normalised() {
        assertEquals(Optional.of("22334455"), VeiledningstjenesteService.telefon("22 33 44 55"));
        assertEquals(Optional.of("+4791234567"), VeiledningstjenesteService.telefon("+47 912 34 567"));
        assertEquals(Optional.of("+4791234567"), VeiledningstjenesteService.telefon("0047-91234567"));
        assertTrue(VeiledningstjenesteService.telefon("12345678").isEmpty());
        assertTrue(VeiledningstjenesteService.telefon("9123456").isEmpty());
        assertTrue(VeiledningstjenesteService.telefon("+46 91234567").isEmpty());
        assertTrue(VeiledningstjenesteService.telefon("ring oss").isEmpty());
    }

    @Test
    void urls_must_be_absolute_http_or_https() {
        assertTrue(VeiledningstjenesteService.gyldigUrl("https://hjelp.example/verktoy?x=1"));
        assertTrue(VeiledningstjenesteService.gyldigUrl("http://hjelp.example"));
        assertFalse(VeiledningstjenesteService.gyldigUrl("javascript:alert(1)"));
        assertFalse(VeiledningstjenesteService.gyldigUrl("ftp://hjelp.example"));
        assertFalse(VeiledningstjenesteService.gyldigUrl("/relativ"));
        assertFalse(VeiledningstjenesteService.gyldigUrl("https://bruker:pass@hjelp.example"));
        assertFalse(VeiledningstjenesteService.gyldigUrl("https://" + "a".repeat(500) + ".example"));
    }

    @Test
    void body_validation_codes() {
        String ok = "{\"Id\":\"ignoreres\",\"Telefon\":\"22334455\",\"Url\":\"https://hjelp.example\",\"Apningstider\":[2,1,2]}";
        assertEquals(List.of(2, 1, 2), VeiledningstjenesteService.valider(JsonKropp.les(ok)).apningstider());
        assertEquals("VER-000202", kode("null"));
        assertEquals("HTTP-400", kode("{\"Telefon\":\"1\",\"Url\":\"https://hjelp.example\",\"Apningstider\":[1]}"));
        assertEquals("HTTP-400", kode("{\"Telefon\":\"22334455\",\"Url\":\"hjelp\",\"Apningstider\":[1]}"));
        assertEquals("HTTP-400", kode("{\"Telefon\":\"22334455\",\"Url\":\"https://hjelp.example\",\"Apningstider\":[]}"));
        assertEquals("HTTP-400", kode("{\"Telefon\":\"22334455\",\"Url\":\"https://hjelp.example\"}"));
        assertEquals("VER-000204", kode("{\"Telefon\":\"22334455\",\"Url\":\"https://hjelp.example\",\"Apningstider\":[6]}"));
    }
}

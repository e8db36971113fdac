package no.datadeling.helserefusjon.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class KuhrHendelseValideringTest {

    static final String FNR = "03851598730";

    static JsonObject json(String s) {
        try (var r = Json.createReader(new StringReader(s))) {
            return r.readObject();
        }
    }

    static KuhrHendelseValidering.Resultat valider(String s) {
        return KuhrHendelseValidering.valider(json(s), 2026);
    }

    @Test
    void a_valid_event_is_normalised_in_fixed_field_order() {
        var r = valider("{\"aar\":2025,\"gyldigFraOgMed\":\"2025-03-04\",\"personident\":\"" + FNR
                + "\",\"hendelsestype\":\"FRIKORT_INNVILGET\",\"hendelseId\":\"a-1\"}");
        assertTrue(r.gyldig(), r.aarsak());
        assertEquals("{\"hendelseId\":\"a-1\",\"hendelsestype\":\"FRIKORT_INNVILGET\",\"personident\":\"" + FNR
                + "\",\"aar\":2025,\"gyldigFraOgMed\":\"2025-03-04\"}", r.normalisert());
    }

    @Test
    void the_same_event_written_differently_normalises_to_the_same_text() {
        var a = valider("{\"hendelseId\":\"r\",\"hendelsestype\":\"EGENANDEL_REFUSJON\",\"personident\":\"" + FNR + "\",\"aar\":2025,\"beloep\":134.5}");
        var b = valider("{\"beloep\":134.50,\"aar\":2025,\"personident\":\"" + FNR + "\",\"hendelsestype\":\"EGENANDEL_REFUSJON\",\"hendelseId\":\"r\"}");
        assertEquals(a.normalisert(), b.normalisert());
        assertEquals(KuhrHendelseService.sha256(a.normalisert()), KuhrHendelseService.sha256(b.normalisert()));
    }

    @Test
    void each_rule_rejects_with_a_reason_that_does_not_repeat_the_identity_number() {
        String[] ugyldige = {
            "{\"hendelsestype\":\"FRIKORT_ANNULLERT\",\"personident\":\"" + FNR + "\",\"aar\":2025}",
            "{\"hendelseId\":\"mellom rom\",\"hendelsestype\":\"FRIKORT_ANNULLERT\",\"personident\":\"" + FNR + "\",\"aar\":2025}",
            "{\"hendelseId\":\"x\",\"hendelsestype\":\"ANNET\",\"personident\":\"" + FNR + "\",\"aar\":2025}",
            "{\"hendelseId\":\"x\",\"hendelsestype\":\"FRIKORT_ANNULLERT\",\"personident\":\"03851598731\",\"aar\":2025}",
            "{\"hendelseId\":\"x\",\"hendelsestype\":\"FRIKORT_ANNULLERT\",\"personident\":\"" + FNR + "\",\"aar\":2028}",
            "{\"hendelseId\":\"x\",\"hendelsestype\":\"FRIKORT_ANNULLERT\",\"personident\":\"" + FNR + "\",\"aar\":2025.5}",
            "{\"hendelseId\":\"x\",\"hendelsestype\":\"FRIKORT_INNVILGET\",\"personident\":\"" + FNR + "\",\"aar\":2025}",
            "{\"hendelseId\":\"x\",\"hendelsestype\":\"FRIKORT_INNVILGET\",\"personident\":\"" + FNR + "\",\"aar\":2025,\"gyldigFraOgMed\":\"2024-05-01\"}",
            "{\"hendelseId\":\"x\",\"hendelsestype\":\"EGENANDEL_REFUSJON\",\"personident\":\"" + FNR + "\",\"aar\":2025,\"beloep\":-1}",
            "{\"hendelseId\":\"x\",\"hendelsestype\":\"EGENANDEL_REFUSJON\",\"personident\":\"" + FNR + "\",\"aar\":2025,\"beloep\":1.234}",
            "{\"hendelseId\":\"x\",\"hendelsestype\":\"FRIKORT_ANNULLERT\",\"personident\":\"" + FNR + "\",\"aar\":2025,\"beloep\":5}",
            "{\"hendelseId\":\"x\",\"hendelsestype\":\"FRIKORT_ANNULLERT\",\"personident\":\"" + FNR + "\",\"aar\":2025,\"opprettet\":\"i går\"}",
            "{\"hendelseId\":\"x\",\"hendelsestype\":\"FRIKORT_ANNULLERT\",\"personident\":\"" + FNR + "\",\"aar\":2025,\"ekstra\":true}",
        };
        for (String u : ugyldige) {
            var r = valider(u);
            assertFalse(r.gyldig(), u);
            assertFalse(r.aarsak().contains(FNR) || r.aarsak().contains("03851598731"), r.aarsak());
        }
        assertNull(valider(ugyldige[0]).hendelseId());
        assertFalse(KuhrHendelseValidering.valider(Json.createValue("tekst"), 2026).gyldig());
    }
}

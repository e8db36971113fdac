package no.datadeling.verktoy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.datadeling.infra.error.ApiException;
import org.junit.jupiter.api.Test;

class JsonKroppTest {

    static String kode(Runnable r) {
        return assertThrows(ApiException.class, r::run).code().orElse("HTTP-400");
    }

    @Test
    void a_body_that_cannot_be_bound_is_a_null_request() {
        for (String body : new String[] {null, "", "  ", "null", "[]", "\"tekst\"", "{", "{\"a\":}", "42"}) {
            assertEquals("VER-000202", kode(() -> JsonKropp.les(body)), String.valueOf(body));
        }
        assertEquals("VER-000202", kode(() -> JsonKropp.les("{\"Melding\": 5}").tekst("Melding")));
    }

    @Test
    void property_names_match_in_any_case_and_null_is_absent() {
        JsonKropp k = JsonKropp.les("{\"verktoyid\":\"x\",\"MELDING\":null,\"ukjent\":1}");
        assertEquals("x", k.tekst("VerktoyId").orElseThrow());
        assertTrue(k.tekst("Melding").isEmpty());
        assertTrue(k.tekst("FristDato").isEmpty());
    }

    @Test
    void integer_lists_take_numbers_and_numeric_strings() {
        JsonKropp k = JsonKropp.les("{\"Apningstider\":[1,\"3\",5]}");
        assertEquals(List.of(1, 3, 5), k.heltallsliste("Apningstider").orElseThrow());
        assertEquals("VER-000204", kode(() -> JsonKropp.les("{\"A\":[1.5]}").heltallsliste("A")));
        assertEquals("VER-000204", kode(() -> JsonKropp.les("{\"A\":[\"lordag\"]}").heltallsliste("A")));
        assertEquals("VER-000204", kode(() -> JsonKropp.les("{\"A\":[99999999999]}").heltallsliste("A")));
        assertEquals("VER-000202", kode(() -> JsonKropp.les("{\"A\":1}").heltallsliste("A")));
    }
}
